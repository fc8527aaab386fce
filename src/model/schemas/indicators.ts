import { z } from "zod";
import { shortText } from "./text.ts";
import { nonEmpty, slug } from "./common.ts";

const factorNumber = z.int().min(1, "risk factors are numbered 1 to 14").max(14, "risk factors are numbered 1 to 14");
const matrixScore = z.int({ error: "expected a whole number from 0 to 3" }).min(0, "scores run from 0 to 3").max(3, "scores run from 0 to 3");

/**
 * "A value of at least `min` gives `score`". Bands are listed lowest first; the highest band the
 * value reaches wins, and a value below the first band gets no score (never an invented 0).
 */
const band = z.strictObject({
  min: z.number({ error: "expected a number" }).min(0, "a band's min cannot be negative"),
  score: matrixScore,
});
const bands = z
  .array(band)
  .min(1, "give at least one band")
  .superRefine((list, ctx) => {
    list.forEach((b, i) => {
      const previous = list[i - 1];
      if (!previous) return;
      if (b.min <= previous.min) ctx.addIssue({ code: "custom", path: [i, "min"], message: `bands must increase: ${b.min} is not above ${previous.min}` });
      if (b.score <= previous.score) ctx.addIssue({ code: "custom", path: [i, "score"], message: `band scores must increase: ${b.score} is not above ${previous.score}` });
    });
  });

/** What every derived rule names: the dataset, the table and the numeric column it reads. */
const ruleBase = {
  /** The editors' plain-words statement of the rule, shown next to every derived score. */
  summary: nonEmpty,
  /** Folder id under data/sources/ that provides the table. */
  source: slug,
  /** Table name from src/model/schemas/tables.ts; it must have year and iso3 columns. */
  table: slug,
  /** Numeric column of the table that the bands apply to. */
  column: z.string({ error: "expected a column name" }).regex(/^[a-z][a-z0-9_]*$/, "expected a column name such as deaths_best"),
  bands,
};

/**
 * Score from one year's value, e.g. civilians killed in that year. `rise` raises the score when the
 * value jumps on the year before; `no_row_score` scores a country-year that `universe` lists but the
 * table does not (the armed-conflict table has rows only for countries at war).
 */
const yearlyRule = z.strictObject({
  method: z.literal("yearly"),
  ...ruleBase,
  rise: z
    .strictObject({
      /** This year's value must be at least this multiple of last year's… */
      min_ratio: z.number({ error: "expected a number" }).gt(1, "a rise needs a ratio above 1"),
      /** …and at least this much higher in absolute terms, so 1 → 2 deaths is not a "rise". */
      min_increase: z.number({ error: "expected a number" }).positive("min_increase must be positive"),
      /** The score a rise gives at least. */
      at_least: matrixScore,
    })
    .optional(),
  no_row_score: matrixScore.optional(),
  /** Table whose rows list the country-years the dataset covers (needed with no_row_score). */
  universe: slug.optional(),
});

/** Score from the highest yearly value in the `years` years before the scored year (a complete window only). */
const windowRule = z.strictObject({
  method: z.literal("window"),
  ...ruleBase,
  years: z.int({ error: "expected a whole number of years" }).min(1, "a window needs at least 1 year").max(50, "a window of more than 50 years is not a recent past"),
});

/** How public data scores an indicator automatically; always labelled "derived", never an analyst's judgement. */
export const derivedRuleSchema = z.discriminatedUnion("method", [yearlyRule, windowRule], {
  error: "expected method: yearly or method: window",
});
export type DerivedRule = z.output<typeof derivedRuleSchema>;

/** One indicator of the simple early-warning matrix (recommendation 12). */
export const indicatorSchema = z.strictObject({
  id: slug,
  label: shortText,
  /** The plain-language question a staff member answers. */
  question: nonEmpty,
  /** Exactly four anchors, for scores 0, 1, 2 and 3. */
  anchors: z.tuple([nonEmpty, nonEmpty, nonEmpty, nonEmpty], { error: "give exactly four anchors, for scores 0 to 3" }),
  /** Kinds of evidence that bear on the answer. */
  evidence_examples: z.array(nonEmpty).min(1),
  /** Framework of Analysis (2014) risk factors this indicator covers. */
  framework_factors: z.array(factorNumber).min(1, "map the indicator to at least one risk factor"),
  /** Optional rule scoring this indicator from a public dataset for every country and year. */
  derived: derivedRuleSchema.optional(),
});

/** Turns indicator scores into a level of data/risk-scale.yaml. */
export const scoringSchema = z.strictObject({
  /** Below this many assessed indicators the result is "insufficient information". */
  min_assessed: z.int().min(1),
  /** Weight per indicator id; indicators not listed weigh 1. */
  weights: z.record(slug, z.number({ error: "expected a number (a weight such as 2 or 1.5)" }).positive("weights must be positive")).default({}),
  /** Weighted mean score (0–3) at or above which each level applies; lowest first, increasing. */
  thresholds: z.array(z.strictObject({ level: slug, min_mean: z.number().min(0).max(3) })).min(1),
  /** "A score of N (or more) on X alone means at least level Y". */
  floors: z.array(z.strictObject({ indicator: slug, score: matrixScore, at_least: slug })).default([]),
});

/** data/indicators.yaml */
export const indicatorsFileSchema = z.strictObject({
  /** The 14 risk factors of the UN Framework of Analysis for Atrocity Crimes (2014). */
  framework_factors: z.array(z.strictObject({ number: factorNumber, name: shortText })).length(14, "list all 14 risk factors"),
  indicators: z.array(indicatorSchema).min(1),
  scoring: scoringSchema,
});
export type IndicatorsFile = z.output<typeof indicatorsFileSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
