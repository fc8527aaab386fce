/**
 * PNG downloads, rendered at build time from the standalone SVG with sharp (librsvg), so the link
 * works without JavaScript and the picture is the SVG file's, texts included. Rendering a map takes
 * a few hundred milliseconds, so each PNG is kept in a git-ignored cache under the SVG's content hash
 * (plus the scale and sharp's version): a rebuild only renders what changed.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

/** Twice the SVG's size: sharp for print and high-density screens. */
export const PNG_SCALE = 2;

const CACHE_DIR = join(process.cwd(), ".cache", "chart-png");

/** A palette (charts have few colours) and no dithering: about half the bytes, flat colours kept flat. */
const PNG_OPTIONS = { compressionLevel: 9, palette: true, effort: 1, dither: 0 } as const;

export function pngCacheKey(svg: string): string {
  return createHash("sha256").update(JSON.stringify([sharp.versions, PNG_SCALE, PNG_OPTIONS])).update(svg).digest("hex");
}

export async function renderChartPng(svg: string, cacheDir: string = CACHE_DIR): Promise<Buffer> {
  const file = join(cacheDir, `${pngCacheKey(svg)}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not cached yet.
  }
  // No metadata and fixed options: the same SVG gives the same bytes on every build.
  const png = await sharp(Buffer.from(svg), { density: 72 * PNG_SCALE }).png(PNG_OPTIONS).toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so a build killed mid-write never leaves a truncated PNG in the cache.
  const scratch = `${file}.${process.pid}.tmp`;
  writeFileSync(scratch, png);
  renameSync(scratch, file);
  return png;
}
