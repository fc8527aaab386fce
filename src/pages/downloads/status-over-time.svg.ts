import { standaloneSvg } from "../../charts/standalone-svg.ts";
import { buildStatusChart } from "../../components/status-chart.ts";
import { useI18n } from "../../i18n/index.ts";
import { getModel } from "../../model/model.ts";
import chartStyles from "../../styles/charts.css?raw";

export function GET() {
  const { svg } = buildStatusChart(getModel(), useI18n());
  return new Response(standaloneSvg(svg, chartStyles), { headers: { "Content-Type": "image/svg+xml" } });
}
