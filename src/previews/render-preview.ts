/**
 * Card → PNG: satori lays the card's element tree out as SVG with the fonts its text needs (no
 * network: satori is given every font and no asset loader), sharp rasterises it.
 */
import satori from "satori";
import sharp from "sharp";
import { cardText, cardTree } from "./card-tree.ts";
import type { PreviewCard } from "./preview-cards.ts";
import { fontsFor } from "./preview-fonts.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-path.ts";

export async function renderPreviewSvg(card: PreviewCard): Promise<string> {
  const { families, fonts } = fontsFor(cardText(card));
  // The tree is plain objects, the shape satori reads; its type names React's, which we do not use.
  return satori(cardTree(card, families) as never, { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts });
}

export async function renderPreviewPng(card: PreviewCard): Promise<Buffer> {
  const svg = await renderPreviewSvg(card);
  // Fixed options so the same card gives the same bytes (sharp writes no timestamp into a PNG).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false, palette: false }).toBuffer();
}
