/**
 * Translation and formatting per language. Pages and components read the page's I18n from
 * `Astro.locals.i18n` (set by src/middleware.ts from the route) and never hard-code UI text,
 * so adding the other UN languages (and right-to-left Arabic) means adding catalogues, not
 * rewriting pages.
 */
import { IntlMessageFormat } from "intl-messageformat";
import type { UN_LANGUAGES } from "../model/schemas/site.ts";
import { countryName, countryNameIsEnglish, regionName } from "./country-names.ts";
import { ar } from "./messages/ar.ts";
import { en, type Catalogue, type MessageKey } from "./messages/en.ts";
import { es } from "./messages/es.ts";
import { fr } from "./messages/fr.ts";
import { ru } from "./messages/ru.ts";
import { zh } from "./messages/zh.ts";

/** The six UN languages, as data/site.yaml may list them. */
export type Lang = (typeof UN_LANGUAGES)[number];

/** Each language's name in itself, as the language switcher shows it whatever the page's language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { ar: "العربية", zh: "中文", en: "English", fr: "Français", ru: "Русский", es: "Español" };

/** A route segment or attribute value that names one of the six languages. */
export function isLang(value: string): value is Lang {
  return Object.hasOwn(INTL_LOCALE, value);
}

/** Catalogues that exist; a missing key falls back to English (the type forces full catalogues). */
export const catalogues: Partial<Record<Lang, Catalogue>> = { en, fr, es, ru, zh, ar };

const RTL: ReadonlySet<Lang> = new Set(["ar"]);

/**
 * Locale for Intl formatting: UN English writes dates day-first ("8 December 2025"). Arabic uses
 * Western digits (`nu-latn`) as UN Arabic pages do; plain `ar` gives Arabic-Indic digits in some
 * runtimes and Western in others, so the build and the browser would disagree.
 */
export const INTL_LOCALE: Record<Lang, string> = { en: "en-GB", fr: "fr", es: "es", ar: "ar-u-nu-latn", zh: "zh", ru: "ru" };

export interface I18n {
  lang: Lang;
  dir: "ltr" | "rtl";
  /** The Intl locale the formatters use (e.g. "en-GB"), for code that formats on its own, such as chart axes. */
  locale: string;
  /**
   * t("footer.edition", { edition: "2026-11", date: "…" }). Messages are ICU MessageFormat, so
   * plurals follow each language's rules: "{count, plural, one {# country} other {# countries}}".
   * A missing variable throws, so a broken message fails the build instead of shipping "{date}".
   */
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** The raw message with its {placeholders}, for a client script that fills them in itself. */
  template: (key: MessageKey) => string;
  formatNumber: (value: number) => string;
  /** "a, b and c" in the page's language. */
  formatList: (items: string[]) => string;
  formatPercent: (value: number, digits?: number) => string;
  /**
   * Formats YYYY-MM-DD (as UTC, so output never depends on the build machine's time zone); "day-short"
   * abbreviates the month ("14 Nov 2025") for narrow table columns.
   */
  formatDate: (isoDate: string, precision?: DatePrecision) => string;
  /** The country's name in this language: UNTERM short name, else UNSD M49, else CLDR (src/i18n/country-names.ts). */
  countryName: (iso3: string) => string;
  /** True on a non-English page when that name is only the English one from data/site.yaml (mark it lang="en"). */
  countryNameIsEnglish: (iso3: string) => boolean;
  /** A UN M49 region's name in this language, e.g. regionName("002") → "Afrique" on a French page. */
  regionName: (m49: string) => string;
}

/**
 * One I18n per language for the whole build: Intl formatters are costly to construct (a new
 * DateTimeFormat per call took 100× longer than a cached one and dominated the build profile), so
 * every formatter and compiled message is made once and reused.
 */
const instances = new Map<Lang, I18n>();

export function useI18n(lang: Lang = "en"): I18n {
  let i18n = instances.get(lang);
  if (!i18n) instances.set(lang, (i18n = createI18n(lang)));
  return i18n;
}

type DatePrecision = "day" | "day-short" | "month" | "year";

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
  "day-short": { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

function createI18n(lang: Lang): I18n {
  const catalogue = catalogues[lang] ?? en;
  const locale = INTL_LOCALE[lang];
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const numbers = new Intl.NumberFormat(locale);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const percents = new Map<number, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  return {
    lang,
    dir: RTL.has(lang) ? "rtl" : "ltr",
    locale,
    countryName: (iso3) => countryName(iso3, lang),
    countryNameIsEnglish: (iso3) => countryNameIsEnglish(iso3, lang),
    regionName: (m49) => regionName(m49, lang),
    t(key, vars = {}) {
      if (!compiled.has(key)) compiled.set(key, new IntlMessageFormat(catalogue[key] ?? en[key], locale));
      return String(compiled.get(key)!.format(vars));
    },
    template: (key) => catalogue[key] ?? en[key],
    formatNumber: (value) => numbers.format(value),
    formatList: (items) => list.format(items),
    formatPercent(value, digits = 1) {
      if (!percents.has(digits)) percents.set(digits, new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }));
      return percents.get(digits)!.format(value);
    },
    formatDate(isoDate, precision = "day") {
      if (!dates.has(precision)) dates.set(precision, new Intl.DateTimeFormat(locale, DATE_OPTIONS[precision]));
      return dates.get(precision)!.format(new Date(`${isoDate}T00:00:00Z`));
    },
  };
}
