/**
 * Card tree → PNG: satori lays the tree out as SVG with the fonts below (no network: satori is
 * given every font and no asset loader), sharp rasterises it. Fonts are WOFF from @fontsource
 * because satori cannot read WOFF2; each script subset is its own family, so satori falls back
 * through them glyph by glyph.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import satori from "satori";
import sharp from "sharp";
import type { Lang } from "../i18n/index.ts";
import { cardTree, PREVIEW_FONT_FAMILIES } from "./card-tree.ts";
import type { PreviewCard } from "./preview-cards.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-path.ts";

type FontOptions = Parameters<typeof satori>[1]["fonts"][number];

/** Subsets of @fontsource/noto-sans, matching PREVIEW_FONT_FAMILIES. */
const SUBSETS = ["latin", "latin-ext", "cyrillic", "greek"] as const;
const WEIGHTS = [400, 700] as const;

/** Languages whose script these fonts cover; Arabic and Chinese need their own Noto packages first. */
const COVERED: ReadonlySet<Lang> = new Set(["en", "fr", "es", "ru"]);

const require = createRequire(import.meta.url);
let fonts: FontOptions[] | undefined;

/** The font files used, for the cache key: a font update must redraw every image. */
export function previewFontFiles(): string[] {
  return SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)));
}

function loadFonts(): FontOptions[] {
  fonts ??= SUBSETS.flatMap((subset, i) =>
    WEIGHTS.map((weight) => ({
      name: PREVIEW_FONT_FAMILIES[i],
      weight,
      style: "normal" as const,
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

export async function renderPreviewSvg(card: PreviewCard): Promise<string> {
  if (!COVERED.has(card.lang)) throw new Error(`No preview font covers the script of "${card.lang}" yet: add its @fontsource Noto package in src/previews/render-preview.ts.`);
  // The tree is plain objects, the shape satori reads; its type names React's, which we do not use.
  return satori(cardTree(card) as never, { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: loadFonts() });
}

export async function renderPreviewPng(card: PreviewCard): Promise<Buffer> {
  const svg = await renderPreviewSvg(card);
  // Fixed options so the same card gives the same bytes (no timestamps in the PNG).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false, palette: false }).toBuffer();
}
