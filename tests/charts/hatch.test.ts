import { expect, test } from "vitest";
import { ageingHatch, hatchPattern, noDataHatch } from "../../src/charts/hatch.ts";

test("hatching is drawn in an upright tile: no patternTransform, which makes librsvg's PNGs three times slower", () => {
  for (const pattern of [noDataHatch("n"), ageingHatch("a", "#b30000", "#fff", 0.6)]) {
    expect(pattern).not.toContain("patternTransform");
    expect(pattern).toMatch(/^<pattern id="[an]" width="(\d+)" height="\1" patternUnits="userSpaceOnUse">/);
  }
});

test("the lines run corner to corner, with the corner pieces the neighbouring tiles leave", () => {
  const rising = hatchPattern({ id: "r", tile: 8, slope: "/", stroke: "#b3b3b3", strokeWidth: 1.5 });
  expect([...rising.matchAll(/<line x1="(-?\d+)" y1="(-?\d+)" x2="(-?\d+)" y2="(-?\d+)"/g)].map((m) => m.slice(1).map(Number))).toEqual([
    [0, 8, 8, 0],
    [-1, 1, 1, -1],
    [7, 9, 9, 7],
  ]);
  const falling = hatchPattern({ id: "f", tile: 6, slope: "\\", stroke: "#fff", strokeWidth: 2 });
  expect(falling).toContain('<line x1="0" y1="0" x2="6" y2="6"');
});

test("colours and ids are escaped like any other text", () => {
  const pattern = hatchPattern({ id: 'x"><script>', tile: 6, slope: "/", background: '"/><script>', stroke: "#fff", strokeWidth: 1 });
  expect(pattern).not.toContain("<script>");
});
