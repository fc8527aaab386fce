/**
 * Row schemas for the CSV tables of imported datasets. A source.yaml names the table of each file;
 * every cell arrives as text, so the cell helpers below parse and check it. Columns not named here
 * are kept in the raw file but not read. An empty cell means "not available", never zero.
 */
import { z } from "zod";
import { MAX_LONG_TEXT, optionalText, shortText } from "./text.ts";
import { countryCode, httpUrl, isoDate, nonEmpty } from "./common.ts";

const wholeNumber = z
  .string()
  .regex(/^-?\d+$/, "expected a whole number")
  .transform(Number);
const nonNegativeCount = z
  .string()
  .regex(/^\d+$/, "expected a count (a whole number, 0 or more)")
  .transform(Number);
const year = z
  .string()
  .regex(/^(19|20)\d{2}$/, "expected a year like 2024")
  .transform(Number);
const probability = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?|\d(\.\d+)?e-\d+)$/i, "expected a probability between 0 and 1")
  .transform(Number)
  // Exponent form passes the pattern above even when large ("9e-0" is 9).
  .refine((p) => p >= 0 && p <= 1, "expected a probability between 0 and 1");
const empty = z.literal("").transform(() => null);
const optional = <T extends z.ZodType>(cell: T) => z.union([empty, cell], { error: "expected a value or an empty cell" });
/** M49 codes are written without leading zeros in some files ("4" for Afghanistan); kept as the three-digit code. */
const m49Code = z
  .string()
  .regex(/^\d{1,3}$/, "expected a UN M49 code such as 729")
  .transform((code) => code.padStart(3, "0"));
/** The five UN M49 regions, by their English names as M49 writes them. */
export const M49_REGION_NAMES = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;

export const tableSchemas = {
  /** UCDP one-sided violence, country-year (data/sources/ucdp-organized-violence-cy). */
  "ucdp-one-sided-country-year": z.object({
    year,
    iso3: countryCode,
    country_name: shortText,
    deaths_best: nonNegativeCount,
    deaths_low: nonNegativeCount,
    deaths_high: nonNegativeCount,
    govt_deaths_best: nonNegativeCount,
    nonstate_deaths_best: nonNegativeCount,
  }),
  /** Gleditsch–Ward → ISO crosswalk used by scripts/import-ucdp.ts; its codes are checked like any other. */
  "gw-iso3-crosswalk": z.object({
    gwno: wholeNumber,
    iso3: countryCode,
    country_name: shortText,
  }),
  /** UCDP/PRIO armed conflicts per country-year; iso3 blank for states with no ISO code. */
  "ucdp-armed-conflict-country-year": z.object({
    year,
    iso3: optional(countryCode),
    country_name: shortText,
    conflict_count: nonNegativeCount,
    war_count: nonNegativeCount,
    max_intensity: z.enum(["1", "2"], { error: "expected intensity 1 (minor) or 2 (war)" }).transform(Number),
  }),
  /** Early Warning Project forecasts, one row per country and edition. */
  "ewp-risk-forecasts": z.object({
    edition: year,
    run_type: z.enum(["published", "retrospective"]),
    forecast_window: z.string().regex(/^\d{4}(-\d{4})?$/, "expected a window like 2025-2026"),
    horizon_years: z.enum(["1", "2"]).transform(Number),
    iso3: countryCode,
    country_name: shortText,
    risk: probability,
    risk_1yr: optional(probability),
    risk_2yr: optional(probability),
    rank: wholeNumber,
    /** "ewp": rank as EWP published it (2023+); "computed": ranked here by risk, since EWP published only probabilities. */
    rank_source: z.enum(["ewp", "computed"]),
    n_countries: wholeNumber,
  }),
  /** GCR2P R2P Monitor categories; iso3 blank for a regional situation. */
  "gcr2p-categories": z.object({
    edition_date: isoDate,
    edition_title: shortText,
    source_url: httpUrl,
    country_name: shortText,
    iso3: optional(countryCode),
    population_note: optionalText(MAX_LONG_TEXT),
    category: z.enum(["current-crisis", "imminent-risk", "serious-concern"], {
      error: "expected current-crisis, imminent-risk or serious-concern",
    }),
  }),
  /**
   * UNTERM short names and UNSD M49 names in the six UN languages, and the M49 region
   * (data/sources/un-country-names). Empty where UNTERM has no entry (territories, Taiwan, and a
   * few gaps of the compilation such as Türkiye). Formal names are kept in the file, not read.
   */
  "un-country-names": z.object({
    iso3: countryCode,
    m49: m49Code,
    unterm_short_en: optional(shortText),
    unterm_short_fr: optional(shortText),
    unterm_short_es: optional(shortText),
    unterm_short_ru: optional(shortText),
    unterm_short_zh: optional(shortText),
    unterm_short_ar: optional(shortText),
    unsd_name_en: optional(shortText),
    unsd_name_fr: optional(shortText),
    unsd_name_es: optional(shortText),
    unsd_name_ru: optional(shortText),
    unsd_name_zh: optional(shortText),
    unsd_name_ar: optional(shortText),
    region: optional(z.enum(M49_REGION_NAMES, { error: `expected a UN M49 region: ${M49_REGION_NAMES.join(", ")}` })),
  }),
} as const;

export type TableName = keyof typeof tableSchemas;
export type TableRow<T extends TableName> = z.output<(typeof tableSchemas)[T]>;
export const isTableName = (name: string): name is TableName => Object.hasOwn(tableSchemas, name);
