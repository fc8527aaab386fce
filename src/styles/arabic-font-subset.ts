/**
 * Noto Sans Arabic cut down to what Arabic pages can show: the @fontsource Arabic files carry every
 * letter of Persian, Urdu and other Arabic-script languages (49 KB per weight as woff2), which put
 * each Arabic page over its weight budget. Kept: the Arabic alphabet, its vowel marks, digits and
 * punctuation (what a reader may also type into the search box or the tool's notes), plus every
 * Arabic-script character our Arabic texts use: about 10 KB per weight. The whole block U+0600–U+066F
 * (Quranic annotation signs, number signs, extended marks besides) took 14 (issue 12: with both
 * weights, /ar/map/ was 63.6 KB on a first visit, 56.6 now, against 60). harfbuzz keeps the joining
 * forms and ligatures those characters need. A character on an Arabic page but not in the subset
 * fails tests/e2e/arabic-font.test.ts.
 * The files are made when astro.config.mjs loads, cached in .cache/fonts/ under a hash of their
 * inputs, and the same inputs give the same bytes (byte-identical builds).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import subsetFont from "subset-font";

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)).join("");
/**
 * Always kept, whatever the texts say today: the letters (with tatweel), the vowel marks, the
 * Arabic-Indic digits with the percent, decimal and thousands signs, and the comma, semicolon and
 * question mark.
 */
const ARABIC_BASE = `${range(0x621, 0x652)}${range(0x660, 0x66d)}\u060C\u061B\u061F`;
/** Joiners and direction marks, which shaping looks at. */
const CONTROLS = "\u200C\u200D\u200E\u200F";
/** The Arabic-script ranges the @font-face rule claims (ARABIC_FONT.unicodeRange). */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/gu;

/** The texts Arabic pages draw Arabic script from: the catalogue, UN country names, translated titles, CLDR names. */
export function arabicTextSources(root: string, dataDir: string): string[] {
  const require = createRequire(join(root, "package.json"));
  return [
    join(root, "src/i18n/messages/ar.ts"),
    join(dataDir, "sources/un-country-names/un-country-names.csv"),
    join(dataDir, "recommendation-titles.yaml"),
    require.resolve("i18n-iso-countries/langs/ar.json"),
  ].filter((file) => existsSync(file));
}

/** Every character the subset keeps, sorted (so the same texts always give the same font). */
export function arabicFontCharacters(sources: string[]): string {
  const found = sources.flatMap((file) => readFileSync(file, "utf8").match(ARABIC_SCRIPT) ?? []);
  return [...new Set([...ARABIC_BASE, ...CONTROLS, ...found])].sort().join("");
}

/**
 * Writes (or reuses) one subset woff2 per weight and returns their paths, in the shape
 * ARABIC_FONT.files has: `{ 400: path, 700: path }`.
 */
export async function subsetArabicFonts<W extends string | number>(root: string, dataDir: string, files: Record<W, string>): Promise<Record<W, string>> {
  const require = createRequire(join(root, "package.json"));
  const characters = arabicFontCharacters(arabicTextSources(root, dataDir));
  const version = (require("subset-font/package.json") as { version: string }).version;
  const folder = join(root, ".cache/fonts");
  mkdirSync(folder, { recursive: true });
  const out = {} as Record<W, string>;
  for (const [weight, specifier] of Object.entries(files) as [W, string][]) {
    const source = readFileSync(require.resolve(specifier));
    const hash = createHash("sha256").update(version).update(source).update(characters).digest("hex").slice(0, 16);
    const file = join(folder, `noto-sans-arabic-${weight}-${hash}.woff2`);
    if (!existsSync(file)) {
      const subset = await subsetFont(source, characters, { targetFormat: "woff2" });
      // Written aside and renamed: a build stopped mid-write never leaves a truncated font to reuse.
      const scratch = `${file}.${process.pid}.tmp`;
      writeFileSync(scratch, subset);
      renameSync(scratch, file);
    }
    out[weight] = file;
  }
  return out;
}
