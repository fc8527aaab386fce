import { csvFormat } from "d3";
import { getModel } from "../../model/model.ts";
import { ATTRIBUTION_COLUMNS, RECOMMENDATION_COLUMNS } from "../../model/derive-downloads.ts";

export function GET() {
  const rows = getModel().downloads.recommendations;
  return new Response(csvFormat(rows, [...RECOMMENDATION_COLUMNS, ...ATTRIBUTION_COLUMNS].map((c) => c.name)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
