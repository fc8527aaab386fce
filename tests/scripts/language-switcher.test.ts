/** The language switcher keeps the visitor's view: path without its language, query and fragment. */
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { initLanguageSwitcher, switchedHref } from "../../src/scripts/language-switcher.ts";

const languages = ["en", "ar", "zh", "fr", "ru", "es"] as const;

describe("switchedHref", () => {
  test.each([
    [{ pathname: "/fr/countries/civ/", search: "", hash: "" }, "en", "/", "/countries/civ/"],
    [{ pathname: "/countries/civ/", search: "", hash: "" }, "fr", "/", "/fr/countries/civ/"],
    [{ pathname: "/zh/countries/", search: "?sort=observed&region=Africa", hash: "" }, "ar", "/", "/ar/countries/?sort=observed&region=Africa"],
    [{ pathname: "/monitor/ru/map/observed/2024/", search: "", hash: "#world-map" }, "es", "/monitor/", "/monitor/es/map/observed/2024/#world-map"],
    [{ pathname: "/monitor/", search: "", hash: "" }, "zh", "/monitor/", "/monitor/zh/"],
  ] as const)("%j in %s under %s is %s", (location, target, base, expected) => {
    expect(switchedHref(location, target, languages, base)).toBe(expected);
  });
});

test("a click rewrites the switcher's links from the address the page has now", () => {
  const { document } = parseHTML(`<html><body><nav data-lang-switcher data-base="/" data-languages="en fr zh">
    <a hreflang="en" href="/map/">English</a><a hreflang="fr" href="/fr/map/">Français</a><a hreflang="zh" href="/zh/map/">中文</a></nav></body></html>`);
  // The map changed layer and period without a reload: the built links still say /map/.
  Object.defineProperty(document, "location", { value: { pathname: "/map/judgement/2026-03-16/", search: "?x=1", hash: "" } });
  initLanguageSwitcher(document as unknown as Document);
  document.querySelector("nav")!.dispatchEvent(new document.defaultView!.Event("click", { bubbles: true }));
  const hrefs = [...document.querySelectorAll("a")].map((a) => a.getAttribute("href"));
  expect(hrefs).toEqual(["/map/judgement/2026-03-16/?x=1", "/fr/map/judgement/2026-03-16/?x=1", "/zh/map/judgement/2026-03-16/?x=1"]);
});
