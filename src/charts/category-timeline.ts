/**
 * Dated expert categories as dots on a time axis, one row per category: each dot is one dated copy,
 * so gaps stay visible and nothing is carried forward between dates.
 */
import * as Plot from "@observablehq/plot";
import { renderPlot } from "./render-plot.ts";

export function renderCategoryTimeline(
  points: readonly { date: string; category: string }[],
  { id, title, description, categories, from, to, width = 800, height = 160 }: {
    id: string;
    title: string;
    description: string;
    categories: { id: string; label: string; colour: string }[];
    /** Time axis extent (YYYY-MM-DD): the whole series' span, so countries compare at a glance. */
    from: string;
    to: string;
    width?: number;
    height?: number;
  },
): string {
  const labelOf = new Map(categories.map((c) => [c.id, c.label]));
  const data = points.map((p) => ({ date: new Date(`${p.date}T00:00:00Z`), category: labelOf.get(p.category) ?? p.category }));
  return renderPlot(
    {
      width,
      height,
      marginLeft: 120,
      style: { fontSize: "12px", fontFamily: "inherit" },
      x: { type: "utc", label: null, domain: [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)] },
      y: { domain: categories.map((c) => c.label), label: null },
      color: { domain: categories.map((c) => c.label), range: categories.map((c) => c.colour) },
      marks: [Plot.dot(data, { x: "date", y: "category", fill: "category", stroke: "#000", strokeWidth: 0.5, r: 5 })],
    },
    { id, title, description },
  );
}
