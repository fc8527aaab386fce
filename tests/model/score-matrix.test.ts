/**
 * The scoring rule of the simple matrix against hand-worked cases on the real rule in
 * data/indicators.yaml (read here with the yaml package, not through src/model). Weights there:
 * violence-against-civilians 2, past-atrocities 1.5, every other indicator 1. Thresholds: low 0,
 * moderate 0.75, high 1.5, very-high 2.25. Floors: violence ≥3 → very-high, violence ≥2 → high,
 * hate speech ≥3 → high. At least 4 indicators must be assessed.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { scoreMatrix, type MatrixScores } from "../../src/model/score-matrix.ts";
import type { IndicatorsFile } from "../../src/model/schemas/indicators.ts";
import type { RiskScale } from "../../src/model/schemas/site.ts";
import { readRawYaml } from "../helpers/raw-data.ts";

const raw = readRawYaml<IndicatorsFile>("indicators.yaml");
// Raw YAML, so the schema defaults are not applied; this rule file states weights and floors itself.
const scoring = raw.scoring;
const riskScale = readRawYaml<RiskScale>("risk-scale.yaml");

// Short names for the eight indicators.
const V = "violence-against-civilians";
const H = "hate-speech";
const E = "exclusionary-ideology";
const A = "armed-conflict";
const P = "past-atrocities";
const C = "capacity";
const T = "triggers";
const W = "weak-restraints";
const INSUFFICIENT = "insufficient-information";

test("the rule under test is the one these cases were worked out for", () => {
  expect(scoring.min_assessed).toBe(4);
  expect(scoring.weights).toEqual({ [V]: 2, [P]: 1.5 });
  expect(scoring.thresholds).toEqual([
    { level: "low", min_mean: 0 },
    { level: "moderate", min_mean: 0.75 },
    { level: "high", min_mean: 1.5 },
    { level: "very-high", min_mean: 2.25 },
  ]);
  expect(scoring.floors).toEqual([
    { indicator: V, score: 3, at_least: "very-high" },
    { indicator: V, score: 2, at_least: "high" },
    { indicator: H, score: 3, at_least: "high" },
  ]);
  expect(riskScale.not_assessed.id).toBe(INSUFFICIENT);
});

interface Case {
  name: string;
  scores: MatrixScores;
  level: string;
  mean: number | undefined;
  assessed: number;
  /** Level from the mean alone, before floors. */
  meanLevel?: string;
  drivers?: [string, "floor" | "high-score"][];
}

const cases: Case[] = [
  // Not assessed and insufficient information
  { name: "nothing assessed", scores: {}, level: INSUFFICIENT, mean: undefined, assessed: 0, drivers: [] },
  { name: "undefined entries are not assessed", scores: { [H]: undefined, [E]: undefined, [A]: undefined, [C]: undefined }, level: INSUFFICIENT, mean: undefined, assessed: 0 },
  { name: "3 of 4 needed", scores: { [H]: 1, [E]: 1, [A]: 1 }, level: INSUFFICIENT, mean: 1, assessed: 3, drivers: [] },
  { name: "too few assessed wins even over a floor", scores: { [V]: 3, [H]: 3, [E]: 3 }, level: INSUFFICIENT, mean: 3, assessed: 3, drivers: [] },
  { name: "exactly min_assessed, all 0, is low (not insufficient)", scores: { [H]: 0, [E]: 0, [A]: 0, [C]: 0 }, level: "low", mean: 0, assessed: 4, drivers: [] },
  { name: "all eight at 0", scores: { [V]: 0, [H]: 0, [E]: 0, [A]: 0, [P]: 0, [C]: 0, [T]: 0, [W]: 0 }, level: "low", mean: 0, assessed: 8, drivers: [] },
  { name: "not assessed is not 0: 2,2,2,3 is very high", scores: { [H]: 2, [E]: 2, [A]: 2, [C]: 3, [T]: undefined }, level: "very-high", mean: 2.25, assessed: 4 },
  { name: "…while the same answers with a 0 added are high", scores: { [H]: 2, [E]: 2, [A]: 2, [C]: 3, [T]: 0 }, level: "high", mean: 1.8, assessed: 5 },

  // Threshold edges (unweighted indicators, so the mean is a plain average)
  { name: "mean 0.6 is below moderate", scores: { [H]: 0, [E]: 0, [A]: 1, [C]: 1, [T]: 1 }, level: "low", mean: 0.6, assessed: 5 },
  { name: "mean exactly 0.75 is moderate", scores: { [H]: 0, [E]: 1, [A]: 1, [C]: 1 }, level: "moderate", mean: 0.75, assessed: 4, drivers: [] },
  { name: "mean 1.4 is below high", scores: { [H]: 1, [E]: 2, [A]: 1, [C]: 1, [T]: 2 }, level: "moderate", mean: 1.4, assessed: 5, drivers: [[E, "high-score"], [T, "high-score"]] },
  { name: "mean exactly 1.5 is high", scores: { [H]: 1, [E]: 2, [A]: 1, [C]: 2 }, level: "high", mean: 1.5, assessed: 4, drivers: [[C, "high-score"], [E, "high-score"]] },
  { name: "mean 2.0 is below very high", scores: { [H]: 2, [E]: 2, [A]: 2, [C]: 2 }, level: "high", mean: 2, assessed: 4 },
  { name: "mean exactly 2.25 is very high", scores: { [H]: 2, [E]: 2, [A]: 2, [C]: 3 }, level: "very-high", mean: 2.25, assessed: 4, drivers: [[C, "high-score"], [A, "high-score"], [E, "high-score"]] },
  { name: "all eight at 3", scores: { [V]: 3, [H]: 3, [E]: 3, [A]: 3, [P]: 3, [C]: 3, [T]: 3, [W]: 3 }, level: "very-high", mean: 3, assessed: 8 },

  // Weights
  { name: "violence weighs 2: 0,1,1,1 is (0+3)/5 = 0.6, low (unweighted it would be 0.75)", scores: { [V]: 0, [H]: 1, [E]: 1, [A]: 1 }, level: "low", mean: 0.6, assessed: 4 },
  { name: "past atrocities weigh 1.5: 0,1,1,1 is 3/4.5, low", scores: { [P]: 0, [H]: 1, [E]: 1, [A]: 1 }, level: "low", mean: 3 / 4.5, assessed: 4 },
  { name: "past atrocities weigh 1.5: 3,1,1,1 is 7.5/4.5, high", scores: { [P]: 3, [H]: 1, [E]: 1, [A]: 1 }, level: "high", mean: 7.5 / 4.5, assessed: 4, drivers: [[P, "high-score"]] },
  { name: "both weights: 1,1,1,1,1 is 1, moderate", scores: { [V]: 1, [P]: 1, [H]: 1, [E]: 1, [A]: 1 }, level: "moderate", mean: 1, assessed: 5, drivers: [] },
  // Mean 19/7.5 ≈ 2.53 is very high by itself, so the floor adds nothing; weight × score: V 6, then
  // A, E and P tie at 3 (alphabetical order breaks the tie), H and C 2.
  { name: "the heaviest high scores drive the result, at most three", scores: { [V]: 3, [P]: 2, [H]: 2, [E]: 3, [A]: 3, [C]: 2 }, level: "very-high", meanLevel: "very-high", mean: 19 / 7.5, assessed: 6, drivers: [[V, "high-score"], [A, "high-score"], [E, "high-score"]] },

  // Floors
  { name: "violence 3 lifts a moderate mean to very high", scores: { [V]: 3, [H]: 0, [E]: 0, [A]: 0 }, level: "very-high", meanLevel: "moderate", mean: 1.2, assessed: 4, drivers: [[V, "floor"]] },
  { name: "violence 2 lifts a moderate mean to high", scores: { [V]: 2, [H]: 0, [E]: 0, [A]: 0 }, level: "high", meanLevel: "moderate", mean: 0.8, assessed: 4, drivers: [[V, "floor"]] },
  { name: "violence 2 lifts a low mean to high", scores: { [V]: 2, [H]: 0, [E]: 0, [A]: 0, [C]: 0, [T]: 0, [W]: 0 }, level: "high", meanLevel: "low", mean: 4 / 8, assessed: 7, drivers: [[V, "floor"]] },
  { name: "hate speech 3 lifts a moderate mean to high", scores: { [H]: 3, [E]: 0, [A]: 0, [C]: 0 }, level: "high", meanLevel: "moderate", mean: 0.75, assessed: 4, drivers: [[H, "floor"]] },
  { name: "hate speech 2 is no floor", scores: { [H]: 2, [E]: 0, [A]: 0, [C]: 0 }, level: "low", meanLevel: "low", mean: 0.5, assessed: 4, drivers: [[H, "high-score"]] },
  { name: "violence 1 is no floor", scores: { [V]: 1, [H]: 0, [E]: 0, [A]: 0 }, level: "low", meanLevel: "low", mean: 0.4, assessed: 4, drivers: [] },
  { name: "two floors to the same level are both named", scores: { [V]: 2, [H]: 3, [E]: 0, [A]: 0 }, level: "high", meanLevel: "moderate", mean: 1.4, assessed: 4, drivers: [[V, "floor"], [H, "floor"]] },
  { name: "violence 3 names only the very-high floor, not hate speech's high one", scores: { [V]: 3, [H]: 3, [E]: 0, [A]: 0 }, level: "very-high", meanLevel: "high", mean: 1.8, assessed: 4, drivers: [[V, "floor"]] },
  {
    name: "a floor never lowers: a very-high mean stays very high, driven by its high scores",
    scores: { [V]: 2, [H]: 3, [E]: 3, [A]: 3 },
    level: "very-high",
    meanLevel: "very-high",
    mean: 13 / 5,
    assessed: 4,
    drivers: [[V, "high-score"], [A, "high-score"], [E, "high-score"]],
  },
  { name: "a floor at the level the mean already gives adds nothing", scores: { [V]: 2, [H]: 2, [E]: 2, [A]: 2 }, level: "high", meanLevel: "high", mean: 2, assessed: 4, drivers: [[V, "high-score"], [A, "high-score"], [E, "high-score"]] },
];

describe.each(cases)("$name", (c) => {
  const result = scoreMatrix(c.scores, scoring, riskScale);
  test(`level ${c.level}`, () => {
    expect(result.level).toBe(c.level);
    expect(result.assessed).toBe(c.assessed);
    expect(result.required).toBe(4);
    if (c.mean === undefined) expect(result.weightedMean).toBeUndefined();
    else expect(result.weightedMean).toBeCloseTo(c.mean, 10);
    if (c.meanLevel) expect(result.meanLevel).toBe(c.meanLevel);
    if (c.level === INSUFFICIENT) expect(result.meanLevel).toBeUndefined();
    if (c.drivers) expect(result.drivers.map((d) => [d.indicator, d.reason])).toEqual(c.drivers);
  });
});

describe("rule edges that do not depend on the real data", () => {
  const synthetic = {
    min_assessed: 1,
    weights: {},
    thresholds: [
      { level: "low", min_mean: 0 },
      { level: "high", min_mean: 0.1 + 0.2 },
    ],
    floors: [],
  };
  test("a mean that is on a threshold in decimal reaches it despite binary rounding (0.1 + 0.2)", () => {
    // (0.1 + 0.2) is 0.30000000000000004 in binary; a mean of exactly 0.3 must still count as reaching it.
    expect(scoreMatrix({ a: 0, b: 0, c: 0, d: 0, e: 0, f: 0, g: 1, h: 1, i: 1, j: 0 }, { ...synthetic, thresholds: [{ level: "low", min_mean: 0 }, { level: "high", min_mean: 0.3 }] }, { levels: [{ id: "low" }, { id: "high" }], not_assessed: { id: "na" } }).level).toBe("high");
  });
  test("scores for indicators the rule does not weigh count once", () => {
    const r = scoreMatrix({ x: 3 }, synthetic, { levels: [{ id: "low" }, { id: "high" }], not_assessed: { id: "na" } });
    expect(r).toMatchObject({ level: "high", weightedMean: 3, assessed: 1, drivers: [{ indicator: "x", weight: 1, reason: "high-score" }] });
  });
});

test("score-matrix.ts imports types only, so the browser bundle of /tool/ carries no model code", () => {
  const source = readFileSync(resolve(import.meta.dirname, "../../src/model/score-matrix.ts"), "utf8");
  const imports = source.split("\n").filter((line) => /^import\b/.test(line));
  expect(imports.length).toBeGreaterThan(0);
  for (const line of imports) expect(line).toMatch(/^import type /);
});
