import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { composeExportSvg, svgSize, wrapText } from "../../src/charts/export-svg.ts";
import { renderDeathsByYear } from "../../src/charts/deaths-by-year.ts";

const PAYLOAD = `</title><script>alert(1)</script><svg onload=alert(2)>"'&`;
const chart = renderDeathsByYear([{ year: 2023, best: 10, low: 5, high: 20 }, { year: 2024, best: 30, low: 25, high: 40 }], { id: "c", title: "T", description: "D", yLabel: "Count" });

describe("wrapText", () => {
  test("breaks at spaces so no line is longer than the width allows, and keeps every word", () => {
    const text = "Source: UCDP Country-Year Dataset on Organized Violence within Country Borders, 25.1. Edition 2026.11.";
    const lines = wrapText(text, 10, 200); // 200 / (10 × 0.56) → 35 characters
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(35);
    expect(lines.join(" ")).toBe(text);
  });
});

describe("composeExportSvg", () => {
  const frame = { title: "Deaths per year", takeaway: "30 deaths in 2024.", unit: "Deaths", legend: [{ label: "Best", swatch: { colour: "#fc8d59" } }, { label: "No data", swatch: { pattern: "no-data" as const } }], footer: ["Source: UCDP 25.1. Edition 2026.11.", "Data licence: CC BY 4.0."] };

  test("draws title, takeaway, legend and footer around the chart, inside one sized SVG with its styles", () => {
    const svg = composeExportSvg(chart, frame, ".plot-text-10{font-size:10px}");
    expect(svg.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<svg`)).toBe(true);
    const { document } = parseHTML(svg.replace(/^<\?xml[^>]*>\n/, ""));
    const root = document.querySelector("svg")!;
    const texts = [...root.querySelectorAll(":scope > text")].map((t) => t.textContent);
    expect(texts).toEqual(["Deaths per year", "30 deaths in 2024.", "Deaths", "Best", "No data", "Source: UCDP 25.1. Edition 2026.11.", "Data licence: CC BY 4.0."]);
    expect(root.querySelector(":scope > style")!.textContent).toContain(".plot-text-10{font-size:10px}");
    // The chart keeps its own size, placed below the legend and above the footer.
    const inner = root.querySelector(":scope > svg")!;
    const { width, height } = svgSize(chart);
    expect([inner.getAttribute("width"), inner.getAttribute("height")]).toEqual([String(width), String(height)]);
    const y = (el: Element) => Number(el.getAttribute("y"));
    const [legendText, footerText] = [root.querySelectorAll(":scope > text")[4]!, root.querySelectorAll(":scope > text")[5]!];
    expect(y(inner)).toBeGreaterThan(y(legendText));
    expect(y(footerText)).toBeGreaterThan(y(inner) + height);
    expect(Number(root.getAttribute("height"))).toBeGreaterThan(y(footerText));
  });

  test("hostile text stays text", () => {
    const svg = composeExportSvg(chart, { ...frame, title: PAYLOAD, footer: [PAYLOAD], legend: [{ label: PAYLOAD, swatch: { colour: "#000" } }] }, "");
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<svg onload");
    expect(svg.split("&lt;/title&gt;&lt;script&gt;").length - 1).toBe(5); // <title>, drawn title, <desc>, legend, footer
  });

  test("refuses a stylesheet that would close its own element", () => {
    expect(() => composeExportSvg(chart, frame, "</style><script>")).toThrow(/must not close/);
  });
});
