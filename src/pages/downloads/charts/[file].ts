// SVG, PNG and CSV of every chart and map view whose sources allow redistribution (list and files in
// src/downloads/chart-exports.ts). CSVs already published elsewhere (a country's rows, the world
// series) are linked there, not copied here.
import type { APIRoute, GetStaticPaths } from "astro";
import { chartExportSvg, chartFileKinds, chartFilePath, getChartExports, type ChartExport, type ChartFileKind } from "../../../downloads/chart-exports.ts";
import { chartPng, startChartPng } from "../../../downloads/chart-png.ts";
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
const composed = new Map<string, string>();
const exportSvg = (chart: ChartExport) => composed.get(chart.id) ?? composed.set(chart.id, chartExportSvg(getModel(), chart, useI18n(), chartStyles)).get(chart.id)!;

export const GET: APIRoute = async ({ props }) => {
  const { id, kind } = props as { id: string; kind: ChartFileKind };
  const charts = getChartExports();
  const chart = charts.find((c) => c.id === id)!;
  const type = { "Content-Type": TYPES[kind] };
  if (kind === "csv") return new Response(chart.csv!.body!(), { headers: type });
  const svg = exportSvg(chart);
  if (kind === "svg") return new Response(svg, { headers: type });
  // The .png comes after the .svg (chartFileKinds), so its SVG is no longer needed after this.
  composed.delete(chart.id);
  const next = charts.slice(charts.indexOf(chart) + 1).find((c) => chartFileKinds(c).includes("png"));
  if (next) startChartPng(exportSvg(next), next.id);
  return new Response(new Uint8Array(await chartPng(svg, chart.id)), { headers: type });
};
