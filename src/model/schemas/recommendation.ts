import { z } from "zod";
import { shortText } from "./text.ts";
import { citedSource, datePrecision, isoDate, nonEmpty, slug } from "./common.ts";

/**
 * One dated entry in a recommendation's history. An entry either records an event (what happened,
 * with its sources) or, when it carries a `status`, is also the editors' assessment as of that date.
 */
export const historyEntry = z
  .strictObject({
    /** When it happened (or, for an assessment, the date the status holds as of). */
    date: isoDate,
    date_precision: datePrecision,
    /** What happened, in the project's own words. */
    what: nonEmpty,
    /**
     * The editors' reading of whether this event is a step towards what the recommendation asks
     * (true) or shows it was not taken (false). Left out when not judged. Decides "evidence of
     * action" for the first-100-days view.
     */
    action: z.boolean({ error: "expected true or false" }).optional(),
    /** Status from data/statuses.yaml, if this entry (re)assesses the recommendation. */
    status: slug.optional(),
    /** How sure the editors are of that status (data/statuses.yaml confidence ids). */
    confidence: slug.optional(),
    /** Why the editors chose that status. */
    rationale: nonEmpty.optional(),
    /** At least one public source for what happened. */
    sources: z.array(citedSource).min(1, "every history entry needs at least one source"),
  })
  .superRefine((entry, ctx) => {
    if (entry.status && !entry.confidence) {
      ctx.addIssue({ code: "custom", path: ["confidence"], message: "a status needs a confidence (high, medium or low)" });
    }
    if (!entry.status && (entry.confidence || entry.rationale)) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "confidence and rationale belong to an entry with a status" });
    }
  });
export type HistoryEntry = z.output<typeof historyEntry>;

/** data/recommendations/NN.yaml: one of the report's 27 recommendations. */
export const recommendationSchema = z.strictObject({
  /** The report's number, 1–27. */
  number: z.int({ error: "expected a whole number" }).min(1, "recommendations are numbered 1 to 27").max(27, "recommendations are numbered 1 to 27"),
  /** The report's own wording, from "Key Recommendations at a Glance". */
  title: shortText,
  /** Phase id from data/report.yaml. */
  phase: slug,
  /** Group id from data/report.yaml. */
  group: slug,
  /** Who the report asks to act (from its section 3). */
  actors: z.array(nonEmpty).min(1, "name at least one responsible actor"),
  /** The project's own one- or two-sentence summary; never the report's paragraphs. */
  summary: nonEmpty,
  /** Dated events and assessments, oldest first. The latest entry with a status is current. */
  history: z.array(historyEntry).default([]),
});
export type RecommendationFile = z.output<typeof recommendationSchema>;
