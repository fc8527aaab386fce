/**
 * The Arabic font is a subset (src/styles/arabic-font-subset.ts): every Arabic-script character any
 * built Arabic page holds must be in it, or a reader would see that letter in a fallback font.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import { arabicFontCharacters, arabicTextSources } from "../../src/styles/arabic-font-subset.ts";
import { builtPagePaths, DIST } from "../helpers/site-pages.ts";

const root = resolve(import.meta.dirname, "../..");

test("every Arabic-script character on every Arabic page is in the subset font", () => {
  const kept = new Set(arabicFontCharacters(arabicTextSources(root, join(root, "data"))));
  const pages = builtPagePaths().filter((p) => p.startsWith("ar/"));
  expect(pages.length).toBeGreaterThan(300);
  const missing = new Map<string, string>();
  for (const path of pages) {
    const html = readFileSync(join(DIST, path.endsWith(".html") ? path : `${path}index.html`), "utf8");
    for (const [c] of html.matchAll(/[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/gu)) {
      if (!kept.has(c) && !missing.has(c)) missing.set(c, path);
    }
  }
  expect([...missing].map(([c, path]) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()} on ${path}`)).toEqual([]);
  // The subset is the point: far fewer characters than the ~1,000 of the package's Arabic file.
  expect(kept.size).toBeLessThan(100);
});
