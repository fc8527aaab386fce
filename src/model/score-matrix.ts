/**
 * The scoring rule of the simple early-warning matrix (data/indicators.yaml → scoring): indicator
 * scores in, a level of data/risk-scale.yaml out. Pure and free of imports that carry code, so the
 * very same function runs in the build, in Vitest and in the browser on /tool/ (issue 5).
 */
import type { IndicatorsFile } from "./schemas/indicators.ts";
import type { RiskScale } from "./schemas/site.ts";

export type MatrixScore = 0 | 1 | 2 | 3;
/** Indicator id → score; a missing or undefined entry is "not assessed", never 0. */
export type MatrixScores = Readonly<Record<string, MatrixScore | undefined>>;
export type Scoring = IndicatorsFile["scoring"];
/** What the rule needs of data/risk-scale.yaml: the levels' order (lowest first) and the "insufficient" id. */
export interface LevelOrder {
  levels: readonly Pick<RiskScale["levels"][number], "id">[];
  not_assessed: Pick<RiskScale["not_assessed"], "id">;
}

export interface MatrixDriver {
  indicator: string;
  score: MatrixScore;
  weight: number;
  /** "floor": this score alone set the level; "high-score": among the heaviest scores of 2 or 3. */
  reason: "floor" | "high-score";
}

export interface MatrixResult {
  /** A level id of the risk scale, or riskScale.not_assessed.id when too few were assessed. */
  level: string;
  /** Weighted mean of the assessed scores (0–3); undefined when nothing was assessed. */
  weightedMean: number | undefined;
  assessed: number;
  /** scoring.min_assessed, so a reader can see how many more are needed. */
  required: number;
  /** The level the mean alone reaches, before floors; undefined when insufficient. */
  meanLevel: string | undefined;
  /** Why the level is what it is: the floors that set it, or the heaviest high scores. */
  drivers: MatrixDriver[];
}

/** How many high scores to name when the mean, not a floor, sets the level. */
const MAX_DRIVERS = 3;
/**
 * Weighted means such as 0.75 are sums of binary fractions divided by a sum of weights; allow for
 * rounding so a mean that is exactly on a threshold in decimal reaches it.
 */
const EPSILON = 1e-9;

/**
 * Applies the scoring rule.
 * @example scoreMatrix({ "violence-against-civilians": 3 }, scoring, riskScale).level // "insufficient-information" (1 of 4 assessed)
 */
export function scoreMatrix(scores: MatrixScores, scoring: Scoring, riskScale: LevelOrder): MatrixResult {
  const weightOf = (id: string) => scoring.weights[id] ?? 1;
  const assessed = Object.entries(scores)
    .filter((entry): entry is [string, MatrixScore] => entry[1] !== undefined && entry[1] !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const totalWeight = assessed.reduce((sum, [id]) => sum + weightOf(id), 0);
  const weightedMean = assessed.length === 0 ? undefined : assessed.reduce((sum, [id, score]) => sum + weightOf(id) * score, 0) / totalWeight;
  const base = { weightedMean, assessed: assessed.length, required: scoring.min_assessed };

  // Too little information is its own answer, never "low" (data/risk-scale.yaml).
  if (assessed.length < scoring.min_assessed || weightedMean === undefined) {
    return { ...base, level: riskScale.not_assessed.id, meanLevel: undefined, drivers: [] };
  }

  const rank = (level: string) => riskScale.levels.findIndex((l) => l.id === level);
  const reached = scoring.thresholds.filter((t) => weightedMean + EPSILON >= t.min_mean).at(-1) ?? scoring.thresholds[0];
  const meanLevel = reached.level;

  // Floors apply to "the given score or more": a 3 is at least as alarming as the 2 a floor names.
  const applied = scoring.floors.filter((f) => {
    const score = scores[f.indicator];
    return score !== undefined && score !== null && score >= f.score;
  });
  const floorLevel = applied.reduce((top, f) => (rank(f.at_least) > rank(top) ? f.at_least : top), meanLevel);

  if (rank(floorLevel) > rank(meanLevel)) {
    // Name every floor that alone gives the final level; one indicator is named once.
    const drivers: MatrixDriver[] = [];
    for (const f of applied.filter((f) => f.at_least === floorLevel)) {
      if (drivers.some((d) => d.indicator === f.indicator)) continue;
      drivers.push({ indicator: f.indicator, score: scores[f.indicator]!, weight: weightOf(f.indicator), reason: "floor" });
    }
    return { ...base, level: floorLevel, meanLevel, drivers };
  }

  const drivers = assessed
    .filter(([, score]) => score >= 2)
    .map(([indicator, score]): MatrixDriver => ({ indicator, score, weight: weightOf(indicator), reason: "high-score" }))
    .sort((a, b) => b.weight * b.score - a.weight * a.score || (a.indicator < b.indicator ? -1 : 1))
    .slice(0, MAX_DRIVERS);
  return { ...base, level: meanLevel, meanLevel, drivers };
}
