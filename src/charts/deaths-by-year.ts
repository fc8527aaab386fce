/**
 * Deaths per year as bars (best estimate) with a thin rule for the low–high range. Used for a
 * country's civilian deaths and for the world total. Pure: series in, SVG string out.
 */
import * as Plot from "@observablehq/plot";
import { renderPlot } from "./render-plot.ts";

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
}

export function renderDeathsByYear(series: readonly DeathsYear[], { id, title, description, yLabel, width = 800, height = 280, log = false }: DeathsChartOptions): string {
  const data = series.map((d) => ({ ...d, date: new Date(Date.UTC(d.year, 0, 1)) }));
  const shown = log ? data.filter((d) => d.best > 0) : data;
  // The low–high range as a 1.5 px bar centred in each year's band (a rule needs a point scale).
  const inset = Math.max(0, (width - 80) / Math.max(series.length, 1) / 2 - 0.75);
  return renderPlot(
    {
      width,
      height,
      marginLeft: 60,
      style: { fontSize: "12px", fontFamily: "inherit" },
      x: { type: "band", label: null, tickFormat: (d: number) => (d % 5 === 0 ? String(d) : "") },
      y: log ? { type: "log", label: yLabel, grid: true, tickFormat: "~s" } : { label: yLabel, grid: true, tickFormat: "~s" },
      marks: [
        Plot.barY(shown, { x: "year", y1: "low", y2: "high", fill: "#555", insetLeft: inset, insetRight: inset }),
        Plot.barY(shown, { x: "year", y1: log ? 1 : 0, y2: "best", fill: "#d7301f", insetLeft: 1, insetRight: 1 }),
        Plot.ruleY([log ? 1 : 0]),
      ],
    },
    { id, title, description },
  );
}
