import { z } from "zod";
import { MAX_LONG_TEXT, optionalText, shortText } from "./text.ts";
import { httpUrl, isoDate, nonEmpty, slug } from "./common.ts";

/**
 * What kind of evidence a dataset is: the map never blends kinds. "reference" is no evidence at
 * all: names and codes that label the evidence (the UN country names).
 */
export const evidenceKind = z.enum(["statistical-forecast", "observed-count", "expert-judgement", "research-notes", "reference"]);
export type EvidenceKind = z.output<typeof evidenceKind>;

/** data/sources/<id>/source.yaml: provenance of an imported public dataset. */
export const sourceFileSchema = z.strictObject({
  /** Must equal the folder name. */
  id: slug,
  kind: evidenceKind,
  title: shortText,
  producer: shortText,
  version: nonEmpty,
  coverage: nonEmpty.optional(),
  url: httpUrl.optional(),
  licence: z.strictObject({ name: shortText, url: httpUrl.optional(), note: nonEmpty.optional() }),
  /** Whether the site may offer the rows for download; downloads honour it. */
  redistribution: z.enum(["allowed", "not-stated", "forbidden"]),
  citation: nonEmpty,
  /** When the files were taken; never after the edition date. */
  retrieved: isoDate,
  caveats: z.array(nonEmpty).default([]),
  files: z
    .array(
      z.strictObject({
        /** File name inside the folder. */
        path: z
          .string()
          .regex(/^[\w.-]+(\/[\w.-]+)*$/, "expected a relative file path")
          .refine((path) => !path.split("/").some((part) => part === ".." || part === "."), "must stay inside the dataset's folder (no . or .. parts)"),
        /** Table schema the rows are checked against (see src/model/schemas/tables.ts). */
        table: slug.optional(),
        description: nonEmpty,
      }),
    )
    .min(1, "list the files of the dataset"),
  /**
   * Rows that break a row rule in the producer's own file and are kept as published, each with
   * the reason: a figure is never changed to please a rule (see src/model/check-tables.ts).
   */
  kept_as_published: z
    .array(
      z.strictObject({
        table: slug,
        /** The row's key as a problem names it, e.g. "COL 2020". */
        row: shortText,
        rule: z.enum(["low-above-best", "best-above-high"]),
        reason: nonEmpty,
      }),
    )
    .default([]),
  /** Where the copies came from (public repositories and commits). */
  obtained_from: z.array(z.record(z.string(), optionalText(MAX_LONG_TEXT))).default([]),
});
export type SourceFile = z.output<typeof sourceFileSchema>;
