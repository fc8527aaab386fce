// SVG, PNG and CSV of every chart and map view whose sources allow redistribution (list and files in
// src/downloads/chart-exports.ts). CSVs already published elsewhere (a country's rows, the world
// series) are linked there, not copied here.
import type { APIRoute, GetStaticPaths } from "astro";
import { chartExportSvg, chartFileKinds, chartFilePath, getChartExports, type ChartExport, type ChartFileKind } from "../../../downloads/chart-exports.ts";
import { renderChartPng } from "../../../downloads/chart-png.ts";
import { useI18n } from "../../../i18n/index.ts";
import { getModel } from "../../../model/model.ts";
import chartStyles from "../../../styles/charts.css?raw";

const PREFIX = "downloads/charts/";
const TYPES: Record<ChartFileKind, string> = { svg: "image/svg+xml", png: "image/png", csv: "text/csv; charset=utf-8" };

export const getStaticPaths = (() =>
  getChartExports().flatMap((chart) =>
    chartFileKinds(chart)
      .map((kind) => ({ kind, path: chartFilePath(chart, kind) }))
      .filter(({ path }) => path.startsWith(PREFIX))
      .map(({ kind, path }) => ({ params: { file: path.slice(PREFIX.length) }, props: { id: chart.id, kind } })),
  )) satisfies GetStaticPaths;

/** Each file's SVG is composed once for its .svg, its .png and the previous chart's look-ahead. */
const composed = new Map<string, Promise<string>>();
const exportSvg = (chart: ChartExport) => composed.get(chart.id) ?? composed.set(chart.id, chartExportSvg(getModel(), chart, useI18n(), chartStyles)).get(chart.id)!;
/** PNGs started before their endpoint asks for them: sharp draws on libuv's threads, two at once. */
const pngs = new Map<string, Promise<Buffer>>();
const pngOf = (chart: ChartExport) => pngs.get(chart.id) ?? pngs.set(chart.id, exportSvg(chart).then((svg) => renderChartPng(svg, chart.id))).get(chart.id)!;

export const GET: APIRoute = async ({ props }) => {
  const { id, kind } = props as { id: string; kind: ChartFileKind };
  const charts = getChartExports();
  const chart = charts.find((c) => c.id === id)!;
  const type = { "Content-Type": TYPES[kind] };
  if (kind === "csv") return new Response(chart.csv!.body!(), { headers: type });
  if (kind === "svg") return new Response(await exportSvg(chart), { headers: type });
  // The .png comes after the .svg (chartFileKinds), so neither is needed after this.
  const png = pngOf(chart);
  pngs.delete(chart.id);
  composed.delete(chart.id);
  const next = charts.slice(charts.indexOf(chart) + 1).find((c) => chartFileKinds(c).includes("png"));
  // Its failure is reported to the endpoint that awaits it, not as an unhandled rejection now.
  if (next) pngOf(next).catch(() => undefined);
  return new Response(new Uint8Array(await png), { headers: type });
};
