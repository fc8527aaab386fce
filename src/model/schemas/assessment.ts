import { z } from "zod";
import { countryCode, isoDate, nonEmpty, slug, sourceReference } from "./common.ts";

/** An analyst's score on one indicator of the simple matrix (data/indicators.yaml). */
export const indicatorScore = z.strictObject({
  /** 0–3 on the indicator's anchored scale. */
  score: z.int({ error: "expected a whole number from 0 to 3" }).min(0, "scores run from 0 to 3").max(3, "scores run from 0 to 3"),
  /** What the score rests on. */
  evidence: nonEmpty,
});

/** One dated assessment of a country by the site's editors. */
export const assessmentEntry = z.strictObject({
  date: isoDate,
  /** Level id from data/risk-scale.yaml. */
  level: slug,
  /** Who is at risk; a count only where a source states it. */
  population: z
    .strictObject({ note: nonEmpty, count: z.int().positive().optional() })
    .optional(),
  /** The editors' short summary, in their own words. */
  summary: nonEmpty,
  /** Indicator id → score; indicators left out are "not assessed", never zero. */
  indicators: z.record(slug, indicatorScore).default({}),
  sources: z.array(sourceReference).min(1, "every assessment needs at least one source"),
});

/** data/assessments/<ISO3>.yaml: the editors' assessments of one country, oldest first. */
export const assessmentFileSchema = z.strictObject({
  country: countryCode,
  entries: z.array(assessmentEntry).min(1, "an assessment file needs at least one entry"),
});
export type AssessmentFile = z.output<typeof assessmentFileSchema>;
export type AssessmentEntry = z.output<typeof assessmentEntry>;
