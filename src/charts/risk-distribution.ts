/**
 * How the Early Warning Project's estimated probabilities are spread in each edition: one dot per
 * country on a log axis, with the edition's median marked. Pure: distributions in, SVG out.
 */
import * as Plot from "@observablehq/plot";
import { renderPlot } from "./render-plot.ts";

export function renderRiskDistribution(
  editions: readonly { edition: number; median: number; risks: number[] }[],
  { id, title, description, yLabel, width = 800, height = 320 }: { id: string; title: string; description: string; yLabel: string; width?: number; height?: number },
): string {
  const dots = editions.flatMap((e) => e.risks.map((risk) => ({ edition: String(e.edition), risk: Math.max(risk, 1e-5) })));
  const medians = editions.map((e) => ({ edition: String(e.edition), risk: e.median }));
  return renderPlot(
    {
      width,
      height,
      marginLeft: 60,
      style: { fontSize: "12px", fontFamily: "inherit" },
      x: { type: "band", domain: editions.map((e) => String(e.edition)), label: null, padding: 0.2 },
      y: { type: "log", label: yLabel, grid: true, tickFormat: "~%", domain: [1e-5, 0.5] },
      marks: [
        Plot.dot(dots, { x: "edition", y: "risk", r: 2, fill: "#3182bd", fillOpacity: 0.35, dx: 0 }),
        Plot.tickY(medians, { x: "edition", y: "risk", stroke: "#000", strokeWidth: 2 }),
      ],
    },
    { id, title, description },
  );
}
