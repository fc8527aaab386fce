import { z } from "zod";
import { nonEmpty, slug } from "./common.ts";

const factorNumber = z.int().min(1, "risk factors are numbered 1 to 14").max(14, "risk factors are numbered 1 to 14");

/** One indicator of the simple early-warning matrix (recommendation 12). */
export const indicatorSchema = z.strictObject({
  id: slug,
  label: nonEmpty,
  /** The plain-language question a staff member answers. */
  question: nonEmpty,
  /** Exactly four anchors, for scores 0, 1, 2 and 3. */
  anchors: z.tuple([nonEmpty, nonEmpty, nonEmpty, nonEmpty], { error: "give exactly four anchors, for scores 0 to 3" }),
  /** Kinds of evidence that bear on the answer. */
  evidence_examples: z.array(nonEmpty).min(1),
  /** Framework of Analysis (2014) risk factors this indicator covers. */
  framework_factors: z.array(factorNumber).min(1, "map the indicator to at least one risk factor"),
});

/** Turns indicator scores into a level of data/risk-scale.yaml. */
export const scoringSchema = z.strictObject({
  /** Below this many assessed indicators the result is "insufficient information". */
  min_assessed: z.int().min(1),
  /** Weight per indicator id; indicators not listed weigh 1. */
  weights: z.record(slug, z.number({ error: "expected a number" }).positive("weights must be positive")).default({}),
  /** Weighted mean score (0–3) at or above which each level applies; lowest first, increasing. */
  thresholds: z.array(z.strictObject({ level: slug, min_mean: z.number().min(0).max(3) })).min(1),
  /** "A score of N on X alone means at least level Y". */
  floors: z.array(z.strictObject({ indicator: slug, score: z.int().min(0).max(3), at_least: slug })).default([]),
});

/** data/indicators.yaml */
export const indicatorsFileSchema = z.strictObject({
  /** The 14 risk factors of the UN Framework of Analysis for Atrocity Crimes (2014). */
  framework_factors: z.array(z.strictObject({ number: factorNumber, name: nonEmpty })).length(14, "list all 14 risk factors"),
  indicators: z.array(indicatorSchema).min(1),
  scoring: scoringSchema,
});
export type IndicatorsFile = z.output<typeof indicatorsFileSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
