import { formatCsv } from "../../model/csv-cells.ts";
import { getModel } from "../../model/model.ts";
import { RECOMMENDATION_COLUMNS } from "../../model/derive-downloads.ts";

export function GET() {
  const rows = getModel().downloads.recommendations;
  return new Response(formatCsv(rows, RECOMMENDATION_COLUMNS.map((c) => c.name)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
