/**
 * A country's rank in each Early Warning Project edition (1 = highest risk), as connected dots on a
 * reversed axis, with a gap where editions are missing. Ranks, not probabilities: levels are not
 * comparable across the project's model generations.
 */
import * as Plot from "@observablehq/plot";
import { chartSize } from "./chart-size.ts";
import { renderPlot } from "./render-plot.ts";

export interface RankPoint {
  edition: number;
  rank: number;
  of: number;
}

export function renderForecastRanks(points: readonly RankPoint[], { id, title, description, yLabel, width, height = 240, narrow }: { id: string; title: string; description: string; yLabel: string; width?: number; height?: number; narrow?: boolean }): string {
  const editions = points.map((p) => p.edition);
  const years = editions.length ? Array.from({ length: Math.max(...editions) - Math.min(...editions) + 1 }, (_, i) => Math.min(...editions) + i) : [];
  // A null between non-consecutive editions breaks the line instead of implying a value.
  const line = years.map((year) => points.find((p) => p.edition === year) ?? { edition: year, rank: null, of: null });
  const maxOf = Math.max(...points.map((p) => p.of), 1);
  const size = chartSize(narrow, width);
  const step = Math.max(1, Math.ceil(years.length / size.xTicks));
  return renderPlot(
    {
      width: size.width,
      height,
      marginLeft: narrow ? 40 : 50,
      marginRight: 16,
      style: { fontSize: `${size.fontSize}px`, fontFamily: "inherit" },
      // Editions are yearly, so a linear year axis spaces them by time and leaves missing years as gaps.
      x: { type: "linear", domain: [years[0] - 0.5, years.at(-1)! + 0.5], label: null, ticks: years.filter((_, i) => i % step === 0), tickFormat: "d" },
      y: { reverse: true, domain: [1, maxOf], label: yLabel, grid: true },
      marks: [
        Plot.lineY(line, { x: "edition", y: "rank", stroke: "#3182bd" }),
        Plot.dot(points, { x: "edition", y: "rank", fill: "#08519c", r: 4 }),
        ...(narrow ? [] : [Plot.text(points, { x: "edition", y: "rank", text: "rank", dy: -10, fontSize: size.fontSize })]),
      ],
    },
    { id, title, description },
  );
}
