/**
 * The `<iframe>` code offered under each chart. Its address is absolute (the code is pasted into
 * other sites) and points at `/embed/<id>/`, the only pages the security headers let other sites
 * frame (`frame-ancestors`, src/lib/security-policy.ts).
 */
import { svgSize } from "../charts/export-svg.ts";
import type { Model } from "../model/model.ts";
import type { ChartExport } from "./chart-exports.ts";

/** Address of a chart's embed page, absolute. */
export function embedUrl(model: Model, chartId: string): string {
  return new URL(`embed/${chartId}/`, model.site.address.url).href;
}

/** Room for the title, takeaway, legend and source lines around the drawing, in CSS px. */
const TEXT_ROOM = 300;

/** Fits a wide chart in a ~800 px column (it scales down with the frame's width). */
export async function embedHeight(chart: ChartExport): Promise<number> {
  const { width, height } = svgSize((await chart.svg!()).wide);
  return Math.round((height * Math.min(1, 800 / width)) + TEXT_ROOM);
}

const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The HTML to paste: the frame is lazy, has an accessible title and sends no referrer. */
export async function embedSnippet(model: Model, chart: ChartExport): Promise<string> {
  return `<iframe src="${attr(embedUrl(model, chart.id))}" title="${attr(chart.title)}" width="100%" height="${await embedHeight(chart)}" loading="lazy" referrerpolicy="no-referrer" style="border:0"></iframe>`;
}
