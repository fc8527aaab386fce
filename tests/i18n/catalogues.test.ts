import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { checkCatalogues, placeholdersOf, readSourceTexts } from "../../src/i18n/check-catalogues.ts";
import { catalogues, INTL_LOCALE, useI18n } from "../../src/i18n/index.ts";

const srcDir = fileURLToPath(new URL("../../src", import.meta.url));

test("the project's catalogues have every key, placeholder and plural category, and every key is used", () => {
  expect(Object.keys(catalogues).sort()).toEqual(["ar", "en", "es", "fr", "ru", "zh"].filter((lang) => lang in catalogues));
  expect(checkCatalogues({ catalogues, locales: INTL_LOCALE, sources: readSourceTexts(srcDir) })).toEqual([]);
});

test("every message of every language formats with numbers in its placeholders", () => {
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    const { t } = useI18n(lang as keyof typeof catalogues);
    for (const [key, message] of Object.entries(catalogue)) {
      const vars = Object.fromEntries(placeholdersOf(message).map((name) => [name, 3]));
      expect(() => t(key as never, vars), `${lang} ${key}`).not.toThrow();
    }
  }
});

test("plural forms follow each language's rules", () => {
  const title = (lang: "ar" | "ru" | "fr", count: number) => useI18n(lang).t("map.list.title", { count });
  expect([1, 2, 5, 21].map((n) => title("ru", n))).toEqual(["Ранжированный список (1 страна)", "Ранжированный список (2 страны)", "Ранжированный список (5 стран)", "Ранжированный список (21 страна)"]);
  expect([0, 1, 2, 3, 11, 100].map((n) => title("ar", n).replace("القائمة المرتبة ", ""))).toEqual(["(0 بلد)", "(بلد واحد)", "(بلدان)", "(3 بلدان)", "(11 بلدًا)", "(100 بلد)"]);
  expect(useI18n("ar").t("layer.judgement.ageYears", { years: 1200 })).toBe("منذ 1,200 سنة");
  expect(title("fr", 1_000_000)).toBe("Liste classée (1\u202f000\u202f000 pays)");
});

const en = {
  "a.count": "{count, plural, one {# country} other {# countries}}",
  "a.name": "Hello {name}",
  "layer.forecast.unit": "Rank",
};
const locales = { en: "en-GB", ru: "ru", ar: "ar-u-nu-latn", zh: "zh", fr: "fr" };

test("a missing or extra key is named with its language", () => {
  const ru = { "a.count": "{count, plural, one {# страна} few {# страны} many {# стран} other {# страны}}", "a.other": "x", "layer.forecast.unit": "Ранг" };
  expect(checkCatalogues({ catalogues: { en, ru }, locales })).toEqual(["i18n ru a.name: missing key", "i18n ru a.other: extra key (not in en.ts)"]);
});

test("placeholders must be the English ones", () => {
  const fr = { "a.count": "{count, plural, one {# pays} many {# de pays} other {# pays}}", "a.name": "Bonjour {nom}", "layer.forecast.unit": "Rang" };
  expect(checkCatalogues({ catalogues: { en, fr }, locales })).toEqual(["i18n fr a.name: placeholders {nom} differ from English {name}"]);
});

test("plural messages cover every category Intl.PluralRules lists for the language", () => {
  const ar = { "a.count": "{count, plural, one {بلد واحد} other {# بلدان}}", "a.name": "مرحبا {name}", "layer.forecast.unit": "الترتيب" };
  const ru = { "a.count": "{count} стран", "a.name": "Привет, {name}", "layer.forecast.unit": "Ранг" };
  const zh = { "a.count": "{count} 个国家", "a.name": "你好{name}", "layer.forecast.unit": "排名" };
  expect(checkCatalogues({ catalogues: { en, ar, ru, zh }, locales })).toEqual([
    "i18n ar a.count: plural {count} lacks categories zero, two, few, many (ar-u-nu-latn needs zero, one, two, few, many, other)",
    "i18n ru a.count: {count} is a plural in English but not here",
  ]);
});

test("a message left in English is reported unless listed as a proper name", () => {
  const zh = { "a.count": "{count} 个国家", "a.name": "Hello {name}", "layer.forecast.unit": "Rank" };
  expect(checkCatalogues({ catalogues: { en, zh }, locales, sameAsEnglish: { zh: ["layer.forecast.unit"] } })).toEqual(["i18n zh a.name: same as English (untranslated?)"]);
});

test("a message that does not parse is reported", () => {
  const fr = { ...en, "a.name": "Bonjour {name" };
  const problems = checkCatalogues({ catalogues: { en, fr }, locales }).filter((line) => line.includes("a.name"));
  expect(problems).toEqual([expect.stringMatching(/^i18n fr a\.name: cannot parse/)]);
});

test("unused keys are reported unless a listed dynamic pattern covers them; stale patterns too", () => {
  const sources = ['t("a.count", { count })'];
  expect(checkCatalogues({ catalogues: { en }, locales, sources, dynamicKeys: ["layer.*.unit", "gone.*"] })).toEqual([
    "i18n dynamic key pattern gone.*: matches no key in en.ts",
    "i18n en a.name: unused (no reference in src/ and no listed dynamic pattern)",
  ]);
});

test("Arabic formats numbers with Western digits, as UN Arabic pages do", () => {
  expect(INTL_LOCALE.ar).toBe("ar-u-nu-latn");
  expect(useI18n("ar").formatNumber(1234)).toMatch(/^1.?234$/);
});
