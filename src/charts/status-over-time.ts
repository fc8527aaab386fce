/**
 * Stacked step chart: how many of the 27 recommendations were in each status at the end of each
 * month, the last point at the edition date. Pure: series and scale in, SVG string out.
 */
import * as Plot from "@observablehq/plot";
import { chartSize } from "./chart-size.ts";
import { renderPlot } from "./render-plot.ts";
import { formatTimeTick } from "./tick-format.ts";

export interface StatusSeriesInput {
  /** YYYY-MM → counts per status id, as of `asOf` (YYYY-MM-DD; the series ends there, at the edition date). */
  months: { month: string; asOf: string; counts: Record<string, number> }[];
  /** Stack order, bottom first, with colours and labels (include the "not yet assessed" bucket). */
  statuses: { id: string; label: string; colour: string }[];
}

export interface StatusChartOptions {
  id?: string;
  title: string;
  description: string;
  /** The y-axis label, in the page's language (e.g. "Recommendations"). */
  yLabel: string;
  /** Intl locale for the time axis (month names); English (UN style) when omitted. */
  locale?: string;
  width?: number;
  height?: number;
  /** The phone variant (see chart-size.ts). */
  narrow?: boolean;
}

export function renderStatusOverTime(
  { months, statuses }: StatusSeriesInput,
  { id = "status-over-time", title, description, yLabel, locale, width, height = 320, narrow }: StatusChartOptions,
): string {
  // Each count is drawn at the date it holds at and back to the previous one (step-before), so the
  // series ends at the edition date, never at the end of a month after it.
  const rows = months.flatMap(({ asOf, counts }) => {
    const date = new Date(`${asOf}T00:00:00Z`);
    return statuses.map((s) => ({ date, status: s.label, count: counts[s.id] ?? 0 }));
  });
  const size = chartSize(narrow, width);
  return renderPlot(
    {
      width: size.width,
      height,
      marginLeft: 40,
      marginRight: 16,
      style: { fontSize: `${size.fontSize}px`, fontFamily: "inherit" },
      x: { type: "utc", label: null, ticks: size.xTicks, tickFormat: formatTimeTick(locale) },
      y: { label: yLabel, domain: [0, 27], ticks: narrow ? [0, 5, 10, 15, 20, 27] : [0, 5, 10, 15, 20, 25, 27] },
      color: { domain: statuses.map((s) => s.label), range: statuses.map((s) => s.colour), legend: false },
      marks: [
        Plot.areaY(rows, { x: "date", y: "count", fill: "status", order: statuses.map((s) => s.label), curve: "step-before", stroke: "#0006", strokeWidth: 0.5 }),
        Plot.ruleY([0]),
      ],
    },
    { id, title, description },
  );
}
