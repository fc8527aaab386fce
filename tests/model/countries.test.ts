import { expect, test } from "vitest";
import { formatCountryName, isKnownCountryCode } from "../../src/model/countries.ts";

const extra = [{ code: "XKX", name: "Kosovo" }];

test("ISO 3166-1 alpha-3 codes are known; alpha-2, lower case and made-up codes are not", () => {
  expect(["SDN", "SSD", "MMR", "PSE"].map((c) => isKnownCountryCode(c))).toEqual([true, true, true, true]);
  expect(["SD", "sdn", "ZZZ", "XKX"].map((c) => isKnownCountryCode(c))).toEqual([false, false, false, false]);
  expect(isKnownCountryCode("XKX", extra)).toBe(true);
});

test("names come from the package in each UN language, declared extras by name", () => {
  expect(formatCountryName("SSD", "en")).toBe("South Sudan");
  expect(formatCountryName("SSD", "fr")).toBe("Soudan du Sud");
  expect(formatCountryName("COD", "en")).toBe("Democratic Republic of the Congo");
  expect(formatCountryName("XKX", "en", extra)).toBe("Kosovo");
});
