/**
 * Dated expert categories as dots on a time axis, one row per category: each dot is one dated copy,
 * so gaps stay visible and nothing is carried forward between dates.
 */
import * as Plot from "@observablehq/plot";
import { chartSize } from "./chart-size.ts";
import { renderPlot } from "./render-plot.ts";
import { formatTimeTick } from "./tick-format.ts";

export function renderCategoryTimeline(
  points: readonly { date: string; category: string }[],
  { id, title, description, categories, from, to, locale, width, height = 160, narrow }: {
    id: string;
    title: string;
    description: string;
    categories: { id: string; label: string; colour: string }[];
    /** Time axis extent (YYYY-MM-DD): the whole series' span, so countries compare at a glance. */
    from: string;
    to: string;
    /** Intl locale for the time axis (month names); English (UN style) when omitted. */
    locale?: string;
    width?: number;
    height?: number;
    narrow?: boolean;
  },
): string {
  const labelOf = new Map(categories.map((c) => [c.id, c.label]));
  const data = points.map((p) => ({ date: new Date(`${p.date}T00:00:00Z`), category: labelOf.get(p.category) ?? p.category }));
  const size = chartSize(narrow, width);
  return renderPlot(
    {
      width: size.width,
      height,
      marginLeft: narrow ? 72 : 120,
      marginRight: 16,
      style: { fontSize: `${size.fontSize}px`, fontFamily: "inherit" },
      x: { type: "utc", label: null, domain: [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)], ticks: size.xTicks, tickFormat: formatTimeTick(locale) },
      // Labels wrap on phones ("Current / crisis") rather than shrink.
      y: { domain: categories.map((c) => c.label), label: null },
      color: { domain: categories.map((c) => c.label), range: categories.map((c) => c.colour) },
      marks: [
        ...(narrow ? [Plot.axisY({ lineWidth: 5, textOverflow: null, tickSize: 0 })] : []),
        Plot.dot(data, { x: "date", y: "category", fill: "category", stroke: "#000", strokeWidth: 0.5, r: 5 }),
      ],
    },
    { id, title, description },
  );
}
