/**
 * Country reference data from the maintained i18n-iso-countries package: valid ISO 3166-1 alpha-3
 * codes and names in the six UN languages. Codes that datasets use outside ISO (Kosovo, withdrawn
 * states) are declared in data/site.yaml and passed in.
 */
import { continents, getCountryDataList } from "countries-list";
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import es from "i18n-iso-countries/langs/es.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };
import zh from "i18n-iso-countries/langs/zh.json" with { type: "json" };

for (const locale of [en, fr, es, ar, zh, ru]) countries.registerLocale(locale);

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

/** Country name in a UN language, e.g. formatCountryName("SYR", "en") → "Syrian Arab Republic". */
export function formatCountryName(code: string, lang: string, extra: readonly ExtraCountry[] = []): string {
  const declared = extra.find((e) => e.code === code);
  if (declared) return declared.name;
  return countries.getName(code, lang, { select: "official" }) ?? countries.getName(code, "en", { select: "official" }) ?? code;
}

const continentByIso3 = new Map(getCountryDataList().map((c) => [c.iso3, continents[c.continent]]));

/** Continent of a country (from the countries-list package), e.g. "Africa"; undefined for historical states. */
export function regionOf(code: string): string | undefined {
  return continentByIso3.get(code);
}
