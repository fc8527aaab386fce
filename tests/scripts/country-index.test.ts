/** The countries index's filter box and its URL state (issue 8). */
import { describe, expect, test } from "vitest";
import { compareCountryRows, formatCountryQuery, matchesCountry, parseCountryQuery } from "../../src/scripts/country-index.ts";

describe("country filter", () => {
  test("matches names without accents or case, every word, and exact ISO codes", () => {
    expect(matchesCountry({ name: "Côte d’Ivoire", iso3: "CIV" }, "cote")).toBe(true);
    expect(matchesCountry({ name: "Türkiye", iso3: "TUR" }, "TURKI")).toBe(true);
    expect(matchesCountry({ name: "South Sudan", iso3: "SSD" }, "sudan south")).toBe(true);
    expect(matchesCountry({ name: "Sudan", iso3: "SDN" }, "sdn")).toBe(true);
    expect(matchesCountry({ name: "Sudan", iso3: "SDN" }, "south")).toBe(false);
    expect(matchesCountry({ name: "Sudan", iso3: "SDN" }, "  ")).toBe(true);
  });

  test("the filter text survives the URL round trip", () => {
    const state = parseCountryQuery("?sort=observed&order=desc&region=Africa&q=sud");
    expect(state).toEqual({ sort: "observed", descending: true, region: "Africa", query: "sud" });
    expect(parseCountryQuery(formatCountryQuery(state))).toEqual(state);
    expect(formatCountryQuery({ ...state, query: " " })).not.toContain("q=");
  });
});

test("names sort by the page's language, not the browser's", () => {
  const rows = [{ name: "Zambia" }, { name: "Österreich" }, { name: "Oman" }];
  const sorted = (locale: string) => [...rows].sort(compareCountryRows(parseCountryQuery(""), locale)).map((r) => r.name);
  expect(sorted("de")).toEqual(["Oman", "Österreich", "Zambia"]);
  expect(sorted("sv")).toEqual(["Oman", "Zambia", "Österreich"]);
});
