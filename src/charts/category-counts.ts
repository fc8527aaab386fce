/** Countries per GCR2P category in each dated copy, as stacked bars. Pure: counts in, SVG out. */
import * as Plot from "@observablehq/plot";
import { renderPlot } from "./render-plot.ts";

export function renderCategoryCounts(
  copies: readonly { date: string; counts: Record<string, number> }[],
  { id, title, description, categories, width = 800, height = 300 }: { id: string; title: string; description: string; categories: { id: string; label: string; colour: string }[]; width?: number; height?: number },
): string {
  const rows = copies.flatMap((c) => categories.map((cat) => ({ date: c.date, category: cat.label, count: c.counts[cat.id] ?? 0 })));
  return renderPlot(
    {
      width,
      height,
      marginBottom: 70,
      style: { fontSize: "11px", fontFamily: "inherit" },
      x: { type: "band", domain: copies.map((c) => c.date), label: null, tickRotate: -60 },
      y: { label: "Countries", grid: true },
      color: { domain: categories.map((c) => c.label), range: categories.map((c) => c.colour) },
      marks: [Plot.barY(rows, { x: "date", y: "count", fill: "category", order: categories.map((c) => c.label), stroke: "#0006", strokeWidth: 0.5 }), Plot.ruleY([0])],
    },
    { id, title, description },
  );
}
