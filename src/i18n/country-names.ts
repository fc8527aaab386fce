/**
 * Country and region names at render time, in the page's language. The model keeps codes (and
 * one English name for downloads); every view names a country through countryName(), so a page
 * in French shows "Soudan" and one in Chinese "苏丹", from the UN's own terminology:
 * UNTERM short name → UNSD M49 name → CLDR name (i18n-iso-countries) → name declared in site.yaml.
 * Server side only: the lookup reads data/ once per build through the model's loader.
 */
import { countryNameAliases, type CountryNames, type CountryNameSource } from "../model/countries.ts";
import { deriveCountryNames, getModel, getParsedData } from "../model/model.ts";
import { UN_LANGUAGES } from "../model/schemas/site.ts";
import type { Lang } from "./index.ts";

let names: CountryNames | undefined;
const lookup = () => (names ??= deriveCountryNames(getParsedData()));

/** @example countryName("SDN", "fr") // "Soudan"; countryName("CIV", "fr") // "Côte d'Ivoire" */
export function countryName(iso3: string, lang: Lang): string {
  return lookup().resolve(iso3, lang).name;
}

/**
 * Whether the name shown is the English one declared in data/site.yaml (a former state such as
 * "Czechoslovakia", which no UN table names in other languages): views mark it lang="en".
 */
export function countryNameIsEnglish(iso3: string, lang: Lang): boolean {
  return lang !== "en" && lookup().resolve(iso3, lang).source === "declared";
}

export interface CountryNameFallback {
  iso3: string;
  /** Where the name shown comes from instead of UNTERM. */
  source: Exclude<CountryNameSource, "unterm">;
  name: string;
}

/**
 * Per language, the countries whose name is not a UNTERM short name, in code order: by default
 * among the countries the site shows. A test pins the list, so a new country without a UN name,
 * or a data update that drops one, is noticed.
 */
export function countryNameFallbacks(codes: readonly string[] = getModel().countries.map((c) => c.iso3)): Record<Lang, CountryNameFallback[]> {
  const sorted = [...codes].sort();
  return Object.fromEntries(
    UN_LANGUAGES.map((lang) => [
      lang,
      sorted.flatMap((iso3) => {
        const { name, source } = lookup().resolve(iso3, lang);
        return source === "unterm" ? [] : [{ iso3, source, name }];
      }),
    ]),
  ) as Record<Lang, CountryNameFallback[]>;
}

const regionNames = new Map<Lang, Intl.DisplayNames>();

/**
 * Name of a UN M49 region code ("002", "019", "142", "150", "009") in a UN language. CLDR names
 * these codes in every language through Intl, so no catalogue has to translate them.
 * @example regionName("002", "fr") // "Afrique"
 */
export function regionName(code: string, lang: Lang): string {
  if (!regionNames.has(lang)) regionNames.set(lang, new Intl.DisplayNames([lang], { type: "region", fallback: "code" }));
  return regionNames.get(lang)!.of(code) ?? code;
}

const collators = new Map<Lang, Intl.Collator>();

/**
 * Items sorted by the name each country has in `lang` (the model sorts by English name only):
 * "Allemagne" comes before "Soudan" on a French page although "Germany" follows "Sudan" in English.
 */
export function sortByCountryName<T extends { iso3: string }>(items: readonly T[], lang: Lang): T[] {
  if (!collators.has(lang)) collators.set(lang, new Intl.Collator(lang));
  const collator = collators.get(lang)!;
  return items
    .map((item) => ({ item, name: countryName(item.iso3, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ item }) => item);
}

/**
 * Items in their order, except that each run of items with the same key (a tie: same value, same
 * date) is sorted by the countries' names in `lang`: the model breaks ties by English name, so a
 * Russian list of equal values would otherwise run in English alphabetical order.
 */
export function sortTiesByCountryName<T extends { iso3: string }>(items: readonly T[], keyOf: (item: T) => string, lang: Lang): T[] {
  const sorted: T[] = [];
  for (let start = 0; start < items.length; ) {
    const key = keyOf(items[start]!);
    let end = start + 1;
    while (end < items.length && keyOf(items[end]!) === key) end++;
    sorted.push(...sortByCountryName(items.slice(start, end), lang));
    start = end;
  }
  return sorted;
}

/**
 * Names a visitor may type to find a country on a page in `lang`: CLDR's names in that language
 * and in English, other than the UN name shown ("Turkey" finds Türkiye, "Vietnam" Viet Nam).
 */
export function countrySearchAliases(iso3: string, lang: Lang): string[] {
  const shown = countryName(iso3, lang);
  return [...new Set([...countryNameAliases(iso3, lang), ...countryNameAliases(iso3, "en")])].filter((alias) => alias !== shown);
}
