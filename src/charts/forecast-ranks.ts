/**
 * A country's rank in each Early Warning Project edition (1 = highest risk), as connected dots on a
 * reversed axis, with a gap where editions are missing. Ranks, not probabilities: levels are not
 * comparable across the project's model generations.
 */
import * as Plot from "@observablehq/plot";
import { renderPlot } from "./render-plot.ts";

export interface RankPoint {
  edition: number;
  rank: number;
  of: number;
}

export function renderForecastRanks(points: readonly RankPoint[], { id, title, description, yLabel, width = 800, height = 240 }: { id: string; title: string; description: string; yLabel: string; width?: number; height?: number }): string {
  const editions = points.map((p) => p.edition);
  const years = editions.length ? Array.from({ length: Math.max(...editions) - Math.min(...editions) + 1 }, (_, i) => Math.min(...editions) + i) : [];
  // A null between non-consecutive editions breaks the line instead of implying a value.
  const line = years.map((year) => points.find((p) => p.edition === year) ?? { edition: year, rank: null, of: null });
  const maxOf = Math.max(...points.map((p) => p.of), 1);
  return renderPlot(
    {
      width,
      height,
      marginLeft: 50,
      style: { fontSize: "12px", fontFamily: "inherit" },
      x: { type: "point", domain: years, label: null, tickFormat: (d: number) => String(d) },
      y: { reverse: true, domain: [1, maxOf], label: yLabel, grid: true },
      marks: [
        Plot.lineY(line, { x: "edition", y: "rank", stroke: "#3182bd" }),
        Plot.dot(points, { x: "edition", y: "rank", fill: "#08519c", r: 4 }),
        Plot.text(points, { x: "edition", y: "rank", text: "rank", dy: -10, fontSize: 11 }),
      ],
    },
    { id, title, description },
  );
}
