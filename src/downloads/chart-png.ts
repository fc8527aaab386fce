/**
 * PNG downloads, rendered at build time from the standalone SVG with sharp (librsvg), so the link
 * works without JavaScript and the picture is the SVG file's, texts included. Rendering a map takes
 * a few hundred milliseconds, so each PNG is kept in a git-ignored cache under the SVG's content hash
 * (plus the scale and sharp's version), the last few per chart: a rebuild only renders what changed.
 * On a cold cache the downloads endpoint (src/pages/downloads/charts/[file].ts) starts the next
 * chart's PNG before awaiting its own: sharp draws on libuv's threads, two PNGs at once.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { KEEP_PER_FOLDER, keepMostRecent, markUsed } from "../lib/cache-folder.ts";

/** Twice the SVG's size: sharp for print and high-density screens. */
export const PNG_SCALE = 2;

/** CHART_PNG_CACHE_DIR lets the bench give each build an empty cache of its own. */
const CACHE_DIR = process.env.CHART_PNG_CACHE_DIR ?? join(process.cwd(), ".cache", "chart-png");

/**
 * A palette (charts have few colours) and no dithering: about half the bytes, flat colours kept flat.
 * zlib level 6, not 9: measured on the maps, 2.5% larger files for 45% less encoding time.
 */
const PNG_OPTIONS = { compressionLevel: 6, palette: true, effort: 1, dither: 0 } as const;

function pngCacheKey(svg: string): string {
  return createHash("sha256").update(JSON.stringify([sharp.versions, PNG_SCALE, PNG_OPTIONS])).update(svg).digest("hex");
}

/** The PNG of a chart's SVG, from `<cacheDir>/<chart id>/<hash>.png` when it was drawn before. */
export async function renderChartPng(svg: string, chartId: string, cacheDir: string = CACHE_DIR): Promise<Buffer> {
  const folder = join(cacheDir, chartId);
  const file = join(folder, `${pngCacheKey(svg)}.png`);
  try {
    const cached = readFileSync(file);
    markUsed(file);
    return cached;
  } catch {
    // Not cached yet.
  }
  // No metadata and fixed options: the same SVG gives the same bytes on every build.
  const png = await sharp(Buffer.from(svg), { density: 72 * PNG_SCALE }).png(PNG_OPTIONS).toBuffer();
  mkdirSync(folder, { recursive: true });
  // Written aside and renamed, so a build killed mid-write never leaves a truncated PNG in the cache.
  const scratch = `${file}.${process.pid}.tmp`;
  writeFileSync(scratch, png);
  renameSync(scratch, file);
  keepMostRecent(folder, KEEP_PER_FOLDER);
  return png;
}
