/**
 * Fonts for the preview images, chosen per card by the characters it holds: satori reads WOFF (not
 * WOFF2), and @fontsource ships each Noto family as subsets with their Unicode ranges. Each subset
 * is registered as its own family ("Noto Sans latin-ext"), so satori falls back through exactly the
 * subsets a card needs (a Chinese card loads a few of Noto Sans SC's hundred, not all of them).
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
  name: string;
  weight: (typeof WEIGHTS)[number];
  style: "normal";
  data: Buffer;
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

const loaded = new Map<string, Buffer>();
const load = (file: string) => loaded.get(file) ?? loaded.set(file, readFileSync(file)).get(file)!;

/**
 * The subsets that cover the text's characters, Noto Sans Latin always first (digits, punctuation).
 * Characters no subset covers are left to satori, which draws nothing for them.
 */
export function fontsFor(text: string): { families: string[]; fonts: PreviewFont[] } {
  const all = allSubsets();
  const picked = new Set<Subset>([all.find((s) => s.family === "Noto Sans latin")!]);
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    if ([...picked].some((s) => s.ranges.some(([lo, hi]) => code >= lo && code <= hi))) continue;
    const subset = all.find((s) => s.ranges.some(([lo, hi]) => code >= lo && code <= hi));
    if (subset) picked.add(subset);
  }
  const families = [...picked].map((s) => s.family);
  const fonts = [...picked].flatMap((s) => WEIGHTS.map((weight) => ({ name: s.family, weight, style: "normal" as const, data: load(s.files[weight]) })));
  return { families, fonts };
}
