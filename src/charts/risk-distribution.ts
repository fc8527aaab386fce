/**
 * How the Early Warning Project's estimated probabilities are spread in each edition: one dot per
 * country on a log axis, with the edition's median marked. Pure: distributions in, SVG out.
 */
import * as Plot from "@observablehq/plot";
import { chartSize } from "./chart-size.ts";
import { renderPlot } from "./render-plot.ts";
import { formatPercentTick } from "./tick-format.ts";

/**
 * The newest editions the chart draws. Every edition adds a dot per country (about 160), so a long
 * history would make /trends/ grow without bound (issue 12: 124 KB gzip of dots at 10× data); the
 * page's table lists every edition and says how many the chart shows.
 */
export const RISK_CHART_EDITIONS = 12;

/** The editions the chart draws: the newest RISK_CHART_EDITIONS, oldest first. */
export function drawnRiskEditions<T>(editions: readonly T[]): readonly T[] {
  return editions.slice(-RISK_CHART_EDITIONS);
}

export function renderRiskDistribution(
  allEditions: readonly { edition: number; median: number; risks: number[] }[],
  { id, title, description, yLabel, width, height = 320, narrow, locale }: { id: string; title: string; description: string; yLabel: string; width?: number; height?: number; narrow?: boolean; locale?: string },
): string {
  const editions = drawnRiskEditions(allEditions);
  const dots = editions.flatMap((e) => e.risks.map((risk) => ({ edition: String(e.edition), risk: Math.max(risk, 1e-5) })));
  const medians = editions.map((e) => ({ edition: String(e.edition), risk: e.median }));
  const size = chartSize(narrow, width);
  const names = editions.map((e) => String(e.edition));
  const step = Math.max(1, Math.ceil(names.length / (narrow ? 5 : names.length)));
  return renderPlot(
    {
      width: size.width,
      height,
      marginLeft: narrow ? 48 : 60,
      marginRight: 12,
      style: { fontSize: `${size.fontSize}px`, fontFamily: "inherit" },
      x: { type: "band", domain: names, label: null, padding: 0.2, tickFormat: (d: string) => (names.indexOf(d) % step === 0 ? (narrow ? `’${d.slice(2)}` : d) : "") },
      y: { type: "log", label: yLabel, grid: true, tickFormat: formatPercentTick(locale), domain: [1e-5, 0.5] },
      marks: [
        Plot.dot(dots, { x: "edition", y: "risk", r: 2, fill: "#3182bd", fillOpacity: 0.35, dx: 0 }),
        Plot.tickY(medians, { x: "edition", y: "risk", stroke: "#000", strokeWidth: 2 }),
      ],
    },
    { id, title, description },
  );
}
