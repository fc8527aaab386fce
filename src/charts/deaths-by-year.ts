/**
 * Deaths per year: the best estimate and, for every year, a rule from UCDP's low to its high
 * estimate. The y-axis ends at the largest value drawn (the highest "high"), rounded up to a tick.
 * On a linear axis the best estimate is a bar; on a log axis a bar has no honest baseline, so it
 * is a dot. Years are spaced by time. Pure: series in, SVG string out.
 */
import * as Plot from "@observablehq/plot";
import { scaleLinear, scaleLog } from "d3";
import { chartSize } from "./chart-size.ts";
import { renderPlot } from "./render-plot.ts";
import { formatCompactTick } from "./tick-format.ts";

export interface DeathsYear {
  year: number;
  best: number;
  low: number;
  high: number;
}

export interface DeathsChartOptions {
  id: string;
  title: string;
  description: string;
  yLabel: string;
  width?: number;
  height?: number;
  /** Plot a logarithmic axis: one genocide year (Rwanda 1994) would flatten every other year. */
  log?: boolean;
  /** The phone variant (see chart-size.ts). */
  narrow?: boolean;
  /** Intl locale of the y-axis numbers; English (UN style) when omitted. */
  locale?: string;
}

/** Ticks on the y-axis; the domain is made nice with the same count, so its end is a tick. */
export const DEATHS_Y_TICKS = 5;

/** The y-domain: 0 (on a log axis the smallest drawn value rounded down to a power of ten) to the largest drawn value rounded up to a nice tick. */
export function deathsDomain(series: readonly DeathsYear[], log: boolean): [number, number] {
  const max = Math.max(1, ...series.map((d) => Math.max(d.high, d.best)));
  if (log) {
    const min = Math.min(max, ...series.flatMap((d) => (d.best > 0 ? [Math.max(1, d.low)] : [])));
    return scaleLog().domain([min, max]).nice().domain() as [number, number];
  }
  return scaleLinear().domain([0, max]).nice(DEATHS_Y_TICKS).domain() as [number, number];
}

export function renderDeathsByYear(series: readonly DeathsYear[], { id, title, description, yLabel, width, height = 280, log = false, narrow, locale }: DeathsChartOptions): string {
  const size = chartSize(narrow, width);
  // A log axis cannot place zero: years with no deaths have no mark there (the data table lists them).
  const shown = log ? series.filter((d) => d.best > 0) : series;
  const range = log ? shown.map((d) => ({ ...d, low: Math.max(d.low, 1) })) : shown;
  const years = series.map((d) => d.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const step = Math.max(1, Math.ceil((last - first + 1) / size.xTicks / 5) * 5);
  const xTicks = years.filter((y) => y % step === 0);
  const domain = deathsDomain(series, log);
  const barHalf = 0.35;
  return renderPlot(
    {
      width: size.width,
      height,
      marginLeft: narrow ? 44 : 60,
      marginRight: 12,
      style: { fontSize: `${size.fontSize}px`, fontFamily: "inherit" },
      x: { type: "linear", domain: [first - 0.5, last + 0.5], label: null, ticks: xTicks, tickFormat: "d" },
      y: log ? { type: "log", domain, nice: false } : { type: "linear", domain, nice: false },
      marks: [
        // Explicit axis marks with class names, so tests can read the axis the reader sees.
        Plot.gridY({ ...(log ? {} : { ticks: DEATHS_Y_TICKS }) }),
        Plot.axisY({ className: "y-axis", label: yLabel, tickFormat: formatCompactTick(locale), ...(log ? {} : { ticks: DEATHS_Y_TICKS }) }),
        log
          ? Plot.dot(shown, { x: "year", y: "best", r: narrow ? 2.5 : 3, fill: "#d7301f", className: "deaths-best" })
          : Plot.rectY(shown, { x1: (d: DeathsYear) => d.year - barHalf, x2: (d: DeathsYear) => d.year + barHalf, y1: 0, y2: "best", fill: "#f4a582", className: "deaths-best" }),
        Plot.ruleX(range, { x: "year", y1: "low", y2: "high", stroke: "#1b1b1f", strokeWidth: narrow ? 1.5 : 2, className: "deaths-range" }),
        ...(log ? [] : [Plot.ruleY([0])]),
      ],
    },
    { id, title, description },
  );
}
