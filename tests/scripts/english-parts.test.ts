/** English-only data text inside translated messages: split out so it can be marked lang="en". */
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { useI18n } from "../../src/i18n/index.ts";
import { appendParts, englishParts, markEnglish, splitEnglish } from "../../src/scripts/english-parts.ts";

describe("englishParts", () => {
  test("splits a filled message around each English variable, keeping the page's words and punctuation", () => {
    const { t } = useI18n("zh");
    const parts = englishParts((english) => t("method.derivedSource", { title: english("UCDP One-sided Violence Dataset") }));
    expect(parts.filter((p) => p.english)).toEqual([{ text: "UCDP One-sided Violence Dataset", english: true }]);
    expect(parts.map((p) => p.text).join("")).toBe(t("method.derivedSource", { title: "UCDP One-sided Violence Dataset" }));
    expect(parts.some((p) => !p.english && /\p{Script=Han}/u.test(p.text))).toBe(true);
  });

  test("several English parts, nested messages and a message without any", () => {
    const parts = englishParts((english) => `${english("A")} and ${english("B")}.`);
    expect(parts).toEqual([{ text: "A", english: true }, { text: " and ", english: false }, { text: "B", english: true }, { text: ".", english: false }]);
    expect(englishParts(() => "plain")).toEqual([{ text: "plain", english: false }]);
  });
});

describe("splitEnglish", () => {
  test("a string without markers is one plain part, so unmarked callers (exports) are unchanged", () => {
    expect(splitEnglish("Source: UCDP, 25.1.")).toEqual([{ text: "Source: UCDP, 25.1.", english: false }]);
  });
  test("a marker character inside data text cannot split the text it marks", () => {
    expect(splitEnglish(`Source : ${markEnglish("odd\uE001 title\uE000")}.`)).toEqual([{ text: "Source : ", english: false }, { text: "odd title", english: true }, { text: ".", english: false }]);
  });
});

describe("appendParts", () => {
  const render = (lang: string, dir: string) => {
    const { document } = parseHTML(`<html lang="${lang}" dir="${dir}"><body><li></li></body></html>`);
    const li = document.querySelector("li")!;
    appendParts(li, [{ text: "Hate speech", english: true }, { text: " : score 3", english: false }]);
    return li.outerHTML;
  };
  test("marks English parts lang=en, and dir=ltr on a right-to-left page", () => {
    expect(render("fr", "ltr")).toBe('<li><span lang="en">Hate speech</span> : score 3</li>');
    expect(render("ar", "rtl")).toBe('<li><span dir="ltr" lang="en">Hate speech</span> : score 3</li>');
  });
  test("leaves English pages unmarked", () => {
    expect(render("en", "ltr")).toBe("<li>Hate speech : score 3</li>");
  });
});
