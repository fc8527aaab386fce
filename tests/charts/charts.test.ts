/**
 * One SVG snapshot per chart variant (wide and phone), on small fixed inputs so a data edit never
 * changes a snapshot: only a change to how a chart is drawn does.
 */
import { describe, test } from "vitest";
import { renderCategoryTimeline } from "../../src/charts/category-timeline.ts";
import { renderDeathsByYear } from "../../src/charts/deaths-by-year.ts";
import { renderForecastRanks } from "../../src/charts/forecast-ranks.ts";
import { renderJudgementCoverage } from "../../src/charts/judgement-coverage.ts";
import { renderRiskDistribution } from "../../src/charts/risk-distribution.ts";
import { renderStatusOverTime } from "../../src/charts/status-over-time.ts";
import { renderWorldMap } from "../../src/charts/world-map.ts";
import { expectSvgSnapshot } from "./snapshot.ts";

const text = { title: "Chart title", description: "What the chart shows." };
const deaths = [
  { year: 2015, best: 120, low: 100, high: 400 },
  { year: 2016, best: 0, low: 0, high: 0 },
  { year: 2017, best: 2500, low: 2000, high: 31000 },
  { year: 2018, best: 900, low: 900, high: 900 },
  { year: 2019, best: 40, low: 12, high: 55 },
];
const categories = [
  { id: "current-crisis", label: "Current crisis", colour: "#b30000" },
  { id: "imminent-risk", label: "Imminent risk", colour: "#e34a33" },
  { id: "serious-concern", label: "Serious concern", colour: "#fdbb84" },
];
const dated = [
  { date: "2020-01-15", category: "serious-concern" },
  { date: "2022-06-01", category: "imminent-risk" },
  { date: "2025-07-15", category: "current-crisis" },
];

const variants = [
  ["", false],
  ["-narrow", true],
] as const;

describe.each(variants)("charts%s", (suffix, narrow) => {
  test("deaths by year, linear: bars and a low–high rule per year", () =>
    expectSvgSnapshot(`deaths-linear${suffix}`, renderDeathsByYear(deaths, { id: "deaths", ...text, yLabel: "Count", narrow })));
  test("deaths by year, log: dots, never bars; no zero", () =>
    expectSvgSnapshot(`deaths-log${suffix}`, renderDeathsByYear(deaths, { id: "deaths", ...text, yLabel: "Count", log: true, narrow })));
  test("forecast ranks with a missing edition", () =>
    expectSvgSnapshot(`forecast-ranks${suffix}`, renderForecastRanks([{ edition: 2014, rank: 3, of: 160 }, { edition: 2015, rank: 5, of: 162 }, { edition: 2018, rank: 1, of: 162 }], { id: "ranks", ...text, yLabel: "Rank", narrow })));
  test("category timeline", () =>
    expectSvgSnapshot(`category-timeline${suffix}`, renderCategoryTimeline(dated, { id: "cats", ...text, categories, from: "2019-01-01", to: "2026-11-25", narrow })));
  test("judgement coverage", () =>
    expectSvgSnapshot(`judgement-coverage${suffix}`, renderJudgementCoverage([{ name: "Democratic Republic of the Congo", points: dated }, { name: "Mali", points: dated.slice(1) }], { id: "coverage", ...text, categories, from: "2012-01-10", to: "2026-11-25", narrow })));
  test("risk distribution", () =>
    expectSvgSnapshot(`risk-distribution${suffix}`, renderRiskDistribution([{ edition: 2024, median: 0.004, risks: [0.001, 0.004, 0.2] }, { edition: 2025, median: 0.005, risks: [0.0005, 0.005, 0.1] }], { id: "risk", ...text, yLabel: "Probability", narrow })));
  test("status over time", () =>
    expectSvgSnapshot(`status-over-time${suffix}`, renderStatusOverTime(
      { months: [{ month: "2017-01", asOf: "2017-01-31", counts: { none: 27 } }, { month: "2018-06", asOf: "2018-06-30", counts: { done: 2, none: 25 } }, { month: "2026-11", asOf: "2026-11-25", counts: { done: 5, none: 22 } }], statuses: [{ id: "done", label: "Implemented", colour: "#1a9850" }, { id: "none", label: "Not yet assessed", colour: "#f4f4f4" }] },
      { id: "status", ...text, yLabel: "Recommendations", narrow },
    )));
});

test("world map: bins, no-data hatch and age bands", () => {
  const square = (x: number) => `M${x},10h20v20h-20Z`;
  const geometry = {
    width: 100, height: 50, sphere: "M0,0h100v50h-100Z",
    shapes: [
      { id: "AAA", iso3: "AAA", atlasName: "A", d: square(5), area: 400 },
      { id: "BBB", iso3: "BBB", atlasName: "B", d: square(30), area: 400 },
      { id: "CCC", iso3: "CCC", atlasName: "C", d: square(55), area: 400 },
      { id: "x-No code", iso3: undefined, atlasName: "No code", d: square(75), area: 400 },
    ],
  };
  const countries = new Map([
    ["AAA", { bin: "current-crisis", label: "A: Current crisis as of 1 March 2026 (8 months old)", href: "/countries/aaa/", age: "recent" }],
    ["BBB", { bin: "imminent-risk", label: "B: Imminent risk as of 1 June 2024 (2 years old)", href: "/countries/bbb/", age: "aging" }],
    ["CCC", { bin: "current-crisis", label: "C: <Current> crisis & more (13 years old, old)", href: "/countries/ccc/", age: "old" }],
  ]);
  expectSvgSnapshot("world-map", renderWorldMap({ id: "world-map", ...text, geometry, geometryHref: "/geo/world.test.svg", bins: categories, countries }));
});
