import { formatCsv } from "../../model/csv-cells.ts";
import { buildStatusChart } from "../../components/status-chart.ts";
import { useI18n } from "../../i18n/index.ts";
import { getModel } from "../../model/model.ts";

export function GET() {
  const { rows } = buildStatusChart(getModel(), useI18n());
  return new Response(formatCsv(rows), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
