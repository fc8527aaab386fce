import { z } from "zod";
import { shortText } from "./text.ts";
import { countryCode, hexColour, httpUrl, isoDate, nonEmpty, slug } from "./common.ts";

/** The six UN languages; a site language must be one of them. */
export const UN_LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru"] as const;
export const language = z.enum(UN_LANGUAGES);

/** data/site.yaml */
export const siteSchema = z.strictObject({
  /** Site name in the header, titles and citations. */
  title: shortText,
  /** One or two sentences for search engines and link previews. */
  description: nonEmpty,
  /** Who publishes the site; `contact` (an e-mail address or a web page) is how readers reach the editors. */
  publisher: z.strictObject({
    name: shortText,
    url: httpUrl,
    contact: z.union([z.email("expected an e-mail address or an http(s) address"), httpUrl]).optional(),
  }),
  /**
   * The data edition every page, download and citation states. Written 2026.11 (year.month):
   * "2026-11" reads like a truncated date in citations. 2026-11 is still accepted and normalised.
   */
  edition: z.strictObject({
    id: z
      .string()
      .regex(/^\d{4}[.-]\d{2}$/, "expected an edition id like 2026.11")
      .transform((id) => id.replace("-", ".")),
    date: isoDate,
    /** Date of the previous edition: /changes/ lists what is dated after it. Absent for the first. */
    previous_date: isoDate.optional(),
  }),
  licence: z.strictObject({ name: shortText, url: httpUrl, note: nonEmpty.optional() }),
  /** Published languages; the first is the default, served at the root. */
  languages: z.array(language).min(1, "list at least one language"),
  /** Canonical address of the deployed site (SITE_URL overrides). */
  url: httpUrl,
  /** Sub-path the site is served under, "/" or like "/monitor/" (BASE_PATH overrides). */
  base_path: z
    .string()
    .regex(/^\/([\w.-]+\/)*$/, "expected a path that starts and ends with /")
    .refine((path) => !path.split("/").some((part) => part === ".." || part === "."), "must not contain . or .. parts"),
  /** Codes outside ISO 3166-1 alpha-3 that datasets use on purpose (Kosovo, withdrawn states). */
  extra_country_codes: z
    .array(z.strictObject({ code: countryCode, name: shortText, note: nonEmpty.optional() }))
    .default([]),
});
export type Site = z.output<typeof siteSchema>;

/** data/statuses.yaml: the tracker's status scale, in display order. */
export const statusesSchema = z.strictObject({
  statuses: z
    .array(
      z.strictObject({
        id: slug,
        label: shortText,
        colour: hexColour,
        description: nonEmpty,
      }),
    )
    .min(2, "a status scale needs at least two statuses"),
  confidence: z.array(z.strictObject({ id: slug, label: shortText, description: nonEmpty })).min(1),
});
export type Statuses = z.output<typeof statusesSchema>;
export type StatusDefinition = Statuses["statuses"][number];

const riskLevel = z.strictObject({ id: slug, label: shortText, colour: hexColour, description: nonEmpty });

/** data/risk-scale.yaml: the project's own risk levels, lowest first. */
export const riskScaleSchema = z.strictObject({
  levels: z.array(riskLevel).min(2, "a risk scale needs at least two levels"),
  /** What the matrix gives when too few indicators were assessed; never shown as a level. */
  not_assessed: riskLevel,
});
export type RiskScale = z.output<typeof riskScaleSchema>;
export type RiskLevel = RiskScale["levels"][number];

/** data/report.yaml: the tracked report and its structure. */
export const reportSchema = z.strictObject({
  title: shortText,
  authors: z.array(nonEmpty).min(1),
  publisher: shortText,
  date: isoDate,
  date_precision: z.enum(["day", "month", "year"]).default("day"),
  url: httpUrl,
  /** First day of the Secretary-General's term; "first 100 days" counts from here. */
  term_start: isoDate,
  phases: z.array(z.strictObject({ id: slug, label: shortText })).min(1),
  groups: z.array(z.strictObject({ id: slug, phase: slug, title: shortText })).min(1),
});
export type Report = z.output<typeof reportSchema>;
