import { describe, expect, test } from "vitest";
import { deriveSiteAddress, placeholderAddressWarning } from "../../src/model/site-config.ts";
import { countryHref, localeHref, pagePath, withBase } from "../../src/lib/links.ts";

const site = { url: "https://example.org/", base_path: "/" };

describe("deriveSiteAddress", () => {
  test.each([
    [{}, "https://example.org/", "/"],
    [{ BASE_PATH: "monitor" }, "https://example.org/monitor/", "/monitor/"],
    [{ BASE_PATH: "/monitor/" }, "https://example.org/monitor/", "/monitor/"],
    [{ SITE_URL: "https://un.example/apm/" }, "https://un.example/apm/", "/apm/"],
    [{ SITE_URL: "https://un.example/apm/", BASE_PATH: "/x/y/" }, "https://un.example/x/y/", "/x/y/"],
    [{ SITE_URL: "https://un.example" }, "https://un.example/", "/"],
  ])("env %j gives %s", (env, url, base) => {
    expect(deriveSiteAddress(site, env)).toEqual({ url, base });
  });
});

describe("withBase", () => {
  test.each([
    ["/", "/", "/"],
    ["/countries/", "/", "/countries/"],
    ["/countries/", "/monitor/", "/monitor/countries/"],
    ["countries/sdn/", "/monitor", "/monitor/countries/sdn/"],
  ])("%s under %s is %s", (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe("placeholderAddressWarning", () => {
  test.each([
    ["https://example.org/", true],
    ["https://www.example.com/monitor/", true],
    ["http://hostile.test/", true],
    ["https://atrocityprevention.org/", false],
    ["https://un.org/", false],
  ])("%s is a placeholder: %s", (url, warned) => {
    const warning = placeholderAddressWarning({ url, base: "/" });
    expect(warning !== undefined).toBe(warned);
    if (warned) expect(warning).toContain(url);
  });
});

test("country addresses are lowercase, in the page's language", () => {
  expect(countryHref("SDN", "en", "/monitor/")).toBe("/monitor/countries/sdn/");
  expect(countryHref("SDN", "zh", "/monitor/")).toBe("/monitor/zh/countries/sdn/");
});

describe("localeHref and pagePath", () => {
  const languages = ["en", "ar", "zh", "fr", "ru", "es"] as const;
  test.each([
    ["en", "/", "/", "/"],
    ["fr", "/", "/", "/fr/"],
    ["fr", "/countries/civ/", "/monitor/", "/monitor/fr/countries/civ/"],
    ["en", "/map/forecast/2025/", "/monitor/", "/monitor/map/forecast/2025/"],
    ["ar", "data/#ucdp", "/", "/ar/data/#ucdp"],
  ] as const)("%s %s under %s is %s, and pagePath takes it back", (lang, path, base, expected) => {
    expect(localeHref(lang, path, base)).toBe(expected);
    expect(pagePath(expected.replace(/#.*/, ""), languages, base)).toBe(`/${path.replace(/^\//, "").replace(/#.*/, "")}`);
  });
  test("a page whose first segment only looks like a language is not stripped", () => {
    expect(pagePath("/en/", languages, "/")).toBe("/en/");
    expect(pagePath("/es/", ["en"], "/")).toBe("/es/");
  });
});

test.each(["/monitor/../", "..", "/a/./b/"])("BASE_PATH %s with . or .. parts is refused with a clear message", (BASE_PATH) => {
  expect(() => deriveSiteAddress({ url: "https://example.org/", base_path: "/" }, { BASE_PATH })).toThrow(/BASE_PATH .* must not contain \. or \.\. parts/);
});

test("a SITE_URL with .. is resolved by URL parsing and stays inside the origin", () => {
  expect(deriveSiteAddress({ url: "https://example.org/", base_path: "/" }, { SITE_URL: "https://example.org/monitor/../x/" })).toEqual({ url: "https://example.org/x/", base: "/x/" });
});
