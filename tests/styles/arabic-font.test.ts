/** The self-hosted Arabic font: its @font-face rules and the family handed to Astro's Fonts API. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { ARABIC_FONT, arabicFontFamily, fontFaceCss } from "../../src/styles/arabic-font.ts";
import { arabicFontCharacters, arabicTextSources } from "../../src/styles/arabic-font-subset.ts";

describe("the Arabic font", () => {
  test("every configured file is in the installed @fontsource package (no CDN is asked)", () => {
    const require = createRequire(import.meta.url);
    for (const file of Object.values(ARABIC_FONT.files)) expect(existsSync(require.resolve(file)), file).toBe(true);
    const family = arabicFontFamily("local");
    expect(family.options.variants.map((v) => [v.weight, v.src[0]])).toEqual([
      [400, ARABIC_FONT.files[400]],
      [700, ARABIC_FONT.files[700]],
    ]);
  });

  test("one @font-face per built face, under the family the Arabic stack names, Arabic script only", () => {
    const css = fontFaceCss("Noto Sans Arabic", [
      { src: [{ url: "/monitor/_astro/fonts/a.woff2", format: "woff2" }], weight: "400", style: "normal" },
      { src: [{ url: "/monitor/_astro/fonts/b.woff2" }], weight: "700" },
    ], ["U+0600-06FF", "U+FB50-FDFF"]);
    expect(css).toBe(
      '@font-face { font-family: "Noto Sans Arabic"; font-style: normal; font-weight: 400; font-display: swap; src: url("/monitor/_astro/fonts/a.woff2") format("woff2"); unicode-range: U+0600-06FF, U+FB50-FDFF; }\n' +
        '@font-face { font-family: "Noto Sans Arabic"; font-style: normal; font-weight: 700; font-display: swap; src: url("/monitor/_astro/fonts/b.woff2"); unicode-range: U+0600-06FF, U+FB50-FDFF; }\n',
    );
  });

  test("no faces built is an error, not an empty stylesheet", () => {
    expect(() => fontFaceCss("Noto Sans Arabic", [], ["U+0600-06FF"])).toThrow(/no files/);
  });

  test("the subset keeps Arabic's alphabet, vowel marks, digits and punctuation, and what the texts add", () => {
    const root = resolve(import.meta.dirname, "../..");
    const sources = arabicTextSources(root, join(root, "data"));
    expect(sources.map((f) => f.replace(`${root}/`, ""))).toEqual(expect.arrayContaining(["src/i18n/messages/ar.ts", "data/sources/un-country-names/un-country-names.csv"]));
    const kept = arabicFontCharacters(sources);
    for (const c of "ابتثجحخدذرزسشصضطظعغفقكلمنهوي،؛؟ءآأؤإئةىـ٠١٩٪٫٬\u064E\u0652") expect(kept, c).toContain(c);
    // Not the rest of the block (Quranic annotation signs, number signs): no Arabic text here uses them.
    for (const c of "\u0600\u0610\u06D6") expect(kept, `U+${c.codePointAt(0)!.toString(16)}`).not.toContain(c);
    expect(kept).toContain("\u200C");
    // Sorted and without repeats, so the same texts always give the same font bytes.
    expect([...kept]).toEqual([...new Set(kept)].sort());
  });
});
