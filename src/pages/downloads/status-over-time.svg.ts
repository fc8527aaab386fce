import { buildStatusChart } from "../../components/status-chart.ts";
import { useI18n } from "../../i18n/index.ts";
import { getModel } from "../../model/model.ts";

export function GET() {
  const { svg } = buildStatusChart(getModel(), useI18n());
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { "Content-Type": "image/svg+xml" } });
}
