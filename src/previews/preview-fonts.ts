/**
 * Fonts for the preview images, chosen per card by the characters it holds: @fontsource ships each
 * Noto family as WOFF subsets with their Unicode ranges. Each subset is registered with skia as its
 * own family ("Noto Sans latin-ext"), and a card's font list names exactly the subsets it needs, in
 * fallback order (a Chinese card registers a few of Noto Sans SC's hundred, not all of them).
 * Only these bundled files are ever used: a character none of them has is removed before drawing
 * (drawableText), because skia would otherwise take it from whatever fonts the machine has installed.
 * "Has" is read from each file's character map, not its declared range, which is wider: Noto Sans
 * "latin" declares U+2000-206F but lacks U+202F, the narrow no-break space French numbers use.
 */
import { create } from "fontkit";
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

const inRange = (subset: Subset, code: number) => subset.ranges.some(([lo, hi]) => code >= lo && code <= hi);

const characters = new Map<Subset, Set<number>>();
/** Whether the subset's font draws the code point. Read from the 400 file: each subset's two weights have the same characters. */
function has(subset: Subset, code: number): boolean {
  if (!inRange(subset, code)) return false;
  let set = characters.get(subset);
  if (!set) characters.set(subset, (set = new Set(create(readFileSync(subset.files[400])).characterSet)));
  return set.has(code);
}

/**
 * The subsets that draw the text's characters, Noto Sans Latin always first (digits, punctuation).
 * Characters no subset has are not drawn (drawableText).
 */
export function fontsFor(text: string): { families: string[]; fonts: PreviewFont[] } {
  const picked = new Set<Subset>([latin()]);
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    const subset = subsetOf(code);
    if (subset && !picked.has(subset) && ![...picked].some((s) => has(s, code))) picked.add(subset);
  }
  const families = [...picked].map((s) => s.family);
  const fonts = [...picked].flatMap((s) => WEIGHTS.map((weight) => ({ family: s.family, weight, file: s.files[weight] })));
  return { families, fonts };
}

const latin = () => allSubsets().find((s) => s.family === "Noto Sans latin")!;

/** The first subset (in fallback order) that draws a code point, remembered: the Chinese subsets hold thousands of ranges between them. */
function subsetOf(code: number): Subset | undefined {
  if (!firstCover.has(code)) firstCover.set(code, allSubsets().find((s) => has(s, code)));
  return firstCover.get(code);
}
const firstCover = new Map<number, Subset | undefined>();

/** Control, private-use and unassigned code points, and format characters other than the joiners Arabic shaping uses. */
const NEVER_DRAWN = /[\p{Cc}\p{Co}\p{Cn}\p{Cs}]|(?![\u200c\u200d])\p{Cf}/gu;

/** Characters the fonts lack, drawn as one they have that reads the same. */
const STAND_INS: Record<string, string> = {
  "\u202f": "\u00a0", // narrow no-break space (French "10,4 %") → no-break space
  "\u2007": "\u00a0", // figure space
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
};
const STAND_IN = new RegExp(`[${Object.keys(STAND_INS).join("")}]`, "g");

/**
 * The text without the characters no bundled subset has (emoji, scripts the site does not use),
 * so the image never depends on the fonts installed where it is built. Line breaks become spaces.
 */
export function drawableText(text: string): string {
  let out = "";
  for (const char of text.replace(/[\n\r\t]/g, " ").replace(NEVER_DRAWN, "").replace(STAND_IN, (c) => STAND_INS[c])) if (subsetOf(char.codePointAt(0)!)) out += char;
  return out;
}
