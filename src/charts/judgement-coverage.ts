/**
 * Coverage timeline of the expert layer: one row per country, one dot per dated copy found,
 * coloured by category. It shows which countries have a dated category when, and leaves gaps as
 * gaps: no count per date, whose shape would come from how many copies happened to be found.
 */
import * as Plot from "@observablehq/plot";
import { chartSize } from "./chart-size.ts";
import { renderPlot } from "./render-plot.ts";
import { formatTimeTick } from "./tick-format.ts";

export interface CoverageRow {
  name: string;
  points: readonly { date: string; category: string }[];
}

export function renderJudgementCoverage(
  rows: readonly CoverageRow[],
  { id, title, description, categories, from, to, locale, width, narrow }: {
    id: string;
    title: string;
    description: string;
    categories: { id: string; label: string; colour: string }[];
    /** Time axis extent (YYYY-MM-DD): the first dated copy to the edition date. */
    from: string;
    to: string;
    /** Intl locale for the time axis (month names); English (UN style) when omitted. */
    locale?: string;
    width?: number;
    narrow?: boolean;
  },
): string {
  const size = chartSize(narrow, width);
  const labelOf = new Map(categories.map((c) => [c.id, c.label]));
  const data = rows.flatMap((r) => r.points.map((p) => ({ name: r.name, date: new Date(`${p.date}T00:00:00Z`), category: labelOf.get(p.category) ?? p.category })));
  // Long names wrap onto two lines on phones, so rows are taller there.
  const rowHeight = narrow ? 30 : 20;
  return renderPlot(
    {
      width: size.width,
      height: rows.length * rowHeight + 50,
      marginLeft: narrow ? 100 : 210,
      marginRight: 16,
      style: { fontSize: `${size.fontSize}px`, fontFamily: "inherit" },
      x: { type: "utc", label: null, domain: [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)], ticks: size.xTicks, grid: true, tickFormat: formatTimeTick(locale) },
      y: { domain: rows.map((r) => r.name), label: null },
      color: { domain: categories.map((c) => c.label), range: categories.map((c) => c.colour) },
      marks: [
        Plot.axisY({ lineWidth: narrow ? 8 : 30, textOverflow: null, tickSize: 0 }),
        Plot.axisX({ anchor: "top", ticks: size.xTicks, tickFormat: formatTimeTick(locale) }),
        Plot.axisX({ anchor: "bottom", ticks: size.xTicks, tickFormat: formatTimeTick(locale) }),
        Plot.dot(data, { x: "date", y: "name", fill: "category", stroke: "#000", strokeWidth: 0.5, r: narrow ? 3.5 : 4.5 }),
      ],
    },
    { id, title, description },
  );
}
