/**
 * Country names on every page come from the UN (data/sources/un-country-names). These tests pin
 * the names the acceptance lists and, per language, exactly which shown countries do not
 * have a UNTERM short name, so a data update that adds or removes one is reviewed.
 */
import { expect, test } from "vitest";
import { countryName, countryNameFallbacks, countrySearchAliases, regionName, sortByCountryName, sortTiesByCountryName } from "../../src/i18n/country-names.ts";
import { useI18n } from "../../src/i18n/index.ts";
import { UN_LANGUAGES } from "../../src/model/schemas/site.ts";
import { getModel } from "../../src/model/model.ts";

test("names are the UN's, in each language, without UNTERM's article or asterisk", () => {
  expect(countryName("CIV", "fr")).toBe("Côte d'Ivoire");
  expect(countryName("SDN", "zh")).toBe("苏丹");
  expect(countryName("SDN", "ar")).toBe("السودان");
  expect(countryName("SDN", "en")).toBe("Sudan");
  expect(countryName("SDN", "fr")).toBe("Soudan");
  expect(countryName("SDN", "es")).toBe("Sudán");
  expect(countryName("GBR", "en")).toBe("United Kingdom of Great Britain and Northern Ireland");
  expect(countryName("RUS", "ru")).toBe("Российская Федерация");
  expect(countryName("RUS", "en")).toBe("Russian Federation");
  expect(countryName("PSE", "en")).toBe("State of Palestine");
  expect(countryName("PSE", "fr")).toBe("État de Palestine");
  expect(countryName("COD", "fr")).toBe("République démocratique du Congo");
  expect(countryName("TUR", "en")).toBe("Türkiye");
});

test("the model's English country names are the UN's", () => {
  const byIso3 = new Map(getModel().countries.map((c) => [c.iso3, c]));
  expect(byIso3.get("SYR")?.name).toBe("Syrian Arab Republic");
  expect(byIso3.get("SDN")?.name).toBe("Sudan");
  expect(byIso3.get("PSE")?.name).toBe("State of Palestine");
  expect(byIso3.get("SDN")?.region).toBe("002");
  for (const country of getModel().countries) expect(country.name).toBe(countryName(country.iso3, "en"));
});

test("exactly these shown countries have no UNTERM short name, in every language", () => {
  const fallbacks = countryNameFallbacks();
  const expected = [
    { iso3: "CIV", source: "unsd" },
    { iso3: "CSK", source: "declared" },
    { iso3: "DDR", source: "declared" },
    { iso3: "TUR", source: "unsd" },
    { iso3: "TWN", source: "unsd" },
    { iso3: "XKX", source: "declared" },
    { iso3: "YMD", source: "declared" },
  ];
  for (const lang of UN_LANGUAGES) expect(fallbacks[lang].map(({ iso3, source }) => ({ iso3, source })), lang).toEqual(expected);
  // No shown country needs the CLDR names of i18n-iso-countries today.
  expect(Object.values(fallbacks).flat().filter((f) => f.source === "cldr")).toEqual([]);
  // UNSD's English M49 name, not the compilation's "Ivory Coast" (see the source's caveats).
  expect(fallbacks.en.find((f) => f.iso3 === "CIV")?.name).toBe("Côte d'Ivoire");
  expect(fallbacks.en.find((f) => f.iso3 === "TWN")?.name).toBe("Taiwan");
});

test("regions are named per language from their M49 code", () => {
  expect(UN_LANGUAGES.map((lang) => regionName("002", lang))).toEqual(["Africa", "Afrique", "África", "أفريقيا", "非洲", "Африка"]);
  expect(regionName("019", "en")).toBe("Americas");
});

test("lists sort by the name shown in the page's language", () => {
  const items = [{ iso3: "DEU" }, { iso3: "SDN" }, { iso3: "EGY" }];
  expect(sortByCountryName(items, "en").map((c) => c.iso3)).toEqual(["EGY", "DEU", "SDN"]);
  expect(sortByCountryName(items, "fr").map((c) => c.iso3)).toEqual(["DEU", "EGY", "SDN"]);
});

test("ties keep their place in the order and sort among themselves by the name shown", () => {
  // Two ties: Sudan and Germany on one value, Egypt and Austria on a lower one.
  const items = [{ iso3: "SDN", value: 2 }, { iso3: "DEU", value: 2 }, { iso3: "EGY", value: 1 }, { iso3: "AUT", value: 1 }];
  const order = (lang: "en" | "fr") => sortTiesByCountryName(items, (i) => String(i.value), lang).map((c) => c.iso3);
  expect(order("fr")).toEqual(["DEU", "SDN", "AUT", "EGY"]); // Allemagne, Soudan; Autriche, Égypte
  expect(order("en")).toEqual(["DEU", "SDN", "AUT", "EGY"]);
  // Where the languages disagree: Egypt before Germany in English, Allemagne before Égypte in French.
  const tie = [{ iso3: "EGY" }, { iso3: "DEU" }];
  expect(sortTiesByCountryName(tie, () => "", "en").map((c) => c.iso3)).toEqual(["EGY", "DEU"]);
  expect(sortTiesByCountryName(tie, () => "", "fr").map((c) => c.iso3)).toEqual(["DEU", "EGY"]);
  expect(sortTiesByCountryName([{ iso3: "SDN" }, { iso3: "DEU" }], (i) => i.iso3, "fr").map((c) => c.iso3)).toEqual(["SDN", "DEU"]);
});

test("the page's I18n names countries and regions in its language", () => {
  const fr = useI18n("fr");
  expect(fr.countryName("CIV")).toBe("Côte d'Ivoire");
  expect(fr.regionName("002")).toBe("Afrique");
  expect(useI18n("zh").countryName("SDN")).toBe("苏丹");
  expect(useI18n("ar").countryName("SDN")).toBe("السودان");
});

test("a visitor finds a country by its other names, never the one shown", () => {
  expect(countrySearchAliases("TUR", "en")).toEqual(["Turkey"]);
  expect(countrySearchAliases("TUR", "fr")).toEqual(["Turquie", "Turkey"]);
  expect(countrySearchAliases("CIV", "en")).toContain("Ivory Coast");
  expect(countrySearchAliases("XKX", "en")).toEqual([]);
});
