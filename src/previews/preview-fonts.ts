/**
 * Fonts for the preview images, chosen per card by the characters it holds: @fontsource ships each
 * Noto family as WOFF subsets with their Unicode ranges. Each subset is registered with skia as its
 * own family ("Noto Sans latin-ext"), and a card's font list names exactly the subsets it needs, in
 * fallback order (a Chinese card registers a few of Noto Sans SC's hundred, not all of them).
 * Only these bundled files are ever used: a character none of them covers is removed before drawing
 * (drawableText), because skia would otherwise take it from whatever fonts the machine has installed.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** In fallback order: Noto Sans covers Latin, Cyrillic and Greek (en, fr, es, ru), then Arabic, then Chinese. */
const PACKAGES = [
  { pkg: "noto-sans", family: "Noto Sans" },
  { pkg: "noto-sans-arabic", family: "Noto Sans Arabic" },
  { pkg: "noto-sans-sc", family: "Noto Sans SC" },
] as const;
const WEIGHTS = [400, 700] as const;

export interface PreviewFont {
  family: string;
  weight: (typeof WEIGHTS)[number];
  /** The WOFF file's absolute path. */
  file: string;
}

interface Subset {
  family: string;
  files: Record<(typeof WEIGHTS)[number], string>;
  ranges: [number, number][];
}

let subsets: Subset[] | undefined;

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(",").map((part) => {
    const [lo, hi = lo] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(lo, 16), parseInt(hi, 16)];
  });
}

function allSubsets(): Subset[] {
  subsets ??= PACKAGES.flatMap(({ pkg, family }) => {
    const unicode = JSON.parse(readFileSync(require.resolve(`@fontsource/${pkg}/unicode.json`), "utf8")) as Record<string, string>;
    return Object.entries(unicode).map(([subset, range]) => {
      const id = subset.replace(/^\[(\d+)\]$/, "$1");
      const file = (weight: number) => require.resolve(`@fontsource/${pkg}/files/${pkg}-${id}-${weight}-normal.woff`);
      return { family: `${family} ${id}`, files: { 400: file(400), 700: file(700) }, ranges: parseUnicodeRange(range) };
    });
  });
  return subsets;
}

/** The package versions, for the image cache key: a font update must redraw every image. */
export function previewFontVersions(): string[] {
  return PACKAGES.map(({ pkg }) => `${pkg}@${(require(`@fontsource/${pkg}/package.json`) as { version: string }).version}`);
}

const covers = (subset: Subset, code: number) => subset.ranges.some(([lo, hi]) => code >= lo && code <= hi);

/**
 * The subsets that cover the text's characters, Noto Sans Latin always first (digits, punctuation).
 * Characters no subset covers are not drawn (drawableText).
 */
export function fontsFor(text: string): { families: string[]; fonts: PreviewFont[] } {
  const picked = new Set<Subset>([latin()]);
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    const subset = subsetOf(code);
    if (subset && !picked.has(subset) && ![...picked].some((s) => covers(s, code))) picked.add(subset);
  }
  const families = [...picked].map((s) => s.family);
  const fonts = [...picked].flatMap((s) => WEIGHTS.map((weight) => ({ family: s.family, weight, file: s.files[weight] })));
  return { families, fonts };
}

const latin = () => allSubsets().find((s) => s.family === "Noto Sans latin")!;

/** The first subset (in fallback order) that covers a code point, remembered: the Chinese subsets hold thousands of ranges between them. */
function subsetOf(code: number): Subset | undefined {
  if (!firstCover.has(code)) firstCover.set(code, allSubsets().find((s) => covers(s, code)));
  return firstCover.get(code);
}
const firstCover = new Map<number, Subset | undefined>();

/** Control, private-use and unassigned code points, and format characters other than the joiners Arabic shaping uses. */
const NEVER_DRAWN = /[\p{Cc}\p{Co}\p{Cn}\p{Cs}]|(?![\u200c\u200d])\p{Cf}/gu;

/**
 * The text without the characters no bundled subset covers (emoji, scripts the site does not use),
 * so the image never depends on the fonts installed where it is built. Line breaks become spaces.
 */
export function drawableText(text: string): string {
  let out = "";
  for (const char of text.replace(/[\n\r\t]/g, " ").replace(NEVER_DRAWN, "")) if (subsetOf(char.codePointAt(0)!)) out += char;
  return out;
}
