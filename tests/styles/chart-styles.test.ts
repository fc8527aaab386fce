/**
 * Plot's inline styles become classes (src/charts/render-plot.ts) that src/styles/charts.css defines,
 * and a downloaded SVG carries those rules itself (src/charts/standalone-svg.ts).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as Plot from "@observablehq/plot";
import { describe, expect, test } from "vitest";
import { PLOT_STYLE_CLASSES, renderPlot } from "../../src/charts/render-plot.ts";
import { standaloneSvg } from "../../src/charts/standalone-svg.ts";

const chartsCss = readFileSync(resolve(import.meta.dirname, "../../src/styles/charts.css"), "utf8");
const render = (style: Record<string, string>) =>
  renderPlot(
    { style, marks: [Plot.barY([{ x: "a", y: 1200.5 }, { x: "b", y: 3 }], { x: "x", y: "y" })] },
    { id: "test-chart", title: "A title", description: "A description" },
  );

describe("chart styles", () => {
  test("no style element, style attribute or font-variant attribute is left; classes replace them", () => {
    const svg = render({ fontSize: "12px", fontFamily: "inherit" });
    expect(svg).not.toMatch(/<style|\sstyle=|font-variant=/);
    expect(svg).toMatch(/^<svg [^>]*class="test-chart plot-chart plot-text-12 plot-font-inherit"/);
    expect(svg).toContain('class="tabular-nums"'); // Plot's y axis, which it marks font-variant="tabular-nums"
  });

  test("every class render-plot emits is defined in charts.css", () => {
    for (const name of ["plot-chart", ...Object.values(PLOT_STYLE_CLASSES)]) expect(chartsCss, name).toContain(`.${name}`);
  });

  test("a style with no class stops the build instead of being dropped", () => {
    expect(() => render({ fontSize: "13.5px" })).toThrow(/no class in src\/styles\/charts.css for Plot's inline style "font-size:13.5px"/);
  });

  test("a standalone SVG carries the chart rules after its description, as a file of its own", () => {
    const file = standaloneSvg(render({ fontSize: "11px" }), chartsCss);
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(file).toMatch(/<\/desc><style>[^<]*\.plot-text-11 \{ font-size: 11px; \}[^<]*<\/style>/);
    expect(file).not.toContain("/*");
    expect(() => standaloneSvg("<svg></svg>", "a{}</style><script>")).toThrow(/must not close/);
    expect(() => standaloneSvg("<div></div>", "a{}")).toThrow(/<svg/);
  });
});
