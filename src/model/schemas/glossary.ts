import { z } from "zod";
import { shortText } from "./text.ts";
import { citedSource, nonEmpty, slug } from "./common.ts";

/** One UN mechanism or term the 2016 report discusses, defined in the project's own words. */
export const glossaryTermSchema = z.strictObject({
  /** Anchor on the methodology page, e.g. #human-rights-up-front. */
  id: slug,
  /** The name as the UN writes it. */
  term: shortText,
  /** Short form used in the report and the tracker, e.g. HRuF. */
  abbreviation: nonEmpty.optional(),
  /** Two or three sentences in our own words; never a source's sentences. */
  definition: nonEmpty,
  /** A UN or otherwise authoritative page where a reader can learn more. */
  source: citedSource,
});

/** data/glossary.yaml */
export const glossaryFileSchema = z.strictObject({
  terms: z.array(glossaryTermSchema).min(1, "list at least one term"),
});
export type GlossaryFile = z.output<typeof glossaryFileSchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
