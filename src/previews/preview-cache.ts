/**
 * Rebuilds reuse unchanged preview images: each PNG is stored under a hash of everything that
 * decides its bytes (every rectangle and line of text as laid out, the font families, the font
 * packages' and @napi-rs/canvas's versions, the PNG encoder's options), so a changed figure, font
 * or renderer redraws it and nothing else does.
 * Layout: <cache>/<lang>/<slug>/<hash>.png. Each page keeps its most recently used images
 * (KEEP_PER_FOLDER), so builds that alternate between data sets (the real data and the tests') reuse each.
 * The cache is .cache/previews/ in the project (git-ignored), or PREVIEW_CACHE_DIR.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { threadId } from "node:worker_threads";
import { KEEP_PER_FOLDER, keepMostRecent, markUsed } from "../lib/cache-folder.ts";
import type { PreviewCard } from "./preview-cards.ts";
import { previewFontVersions } from "./preview-fonts.ts";
import { layoutPreview, PREVIEW_PNG_OPTIONS, renderPreviewPng, type CardDrawing } from "./render-preview.ts";

/** Counts for the build log and the bench. */
export interface PreviewCacheStats {
  drawn: number;
  reused: number;
  /** Time spent drawing (laying out, drawing and encoding), in milliseconds. */
  drawMs: number;
}

export function previewCacheDir(env: { PREVIEW_CACHE_DIR?: string } = process.env): string {
  return resolve(env.PREVIEW_CACHE_DIR || join(process.cwd(), ".cache/previews"));
}

let rendererKey: string | undefined;

/** What every image depends on besides its card; computed once per process. */
function rendererFingerprint(): string {
  if (rendererKey) return rendererKey;
  const require = createRequire(import.meta.url);
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ canvas: (require("@napi-rs/canvas/package.json") as { version: string }).version, fonts: previewFontVersions(), png: PREVIEW_PNG_OPTIONS }));
  rendererKey = hash.digest("hex");
  return rendererKey;
}

export function previewHash(card: PreviewCard, drawing: CardDrawing = layoutPreview(card)): string {
  return createHash("sha256").update(rendererFingerprint()).update(JSON.stringify({ dir: card.dir, lang: card.lang, ...drawing })).digest("hex").slice(0, 32);
}

export function createPreviewCache(dir: string = previewCacheDir()) {
  const stats: PreviewCacheStats = { drawn: 0, reused: 0, drawMs: 0 };

  /** The card's file in the cache, and its bytes when they were drawn just now. */
  async function store(card: PreviewCard): Promise<{ file: string; drawn?: Buffer }> {
    const folder = join(dir, card.lang, ...card.slug.split("/"));
    const started = performance.now();
    const drawing = layoutPreview(card);
    const file = join(folder, `${previewHash(card, drawing)}.png`);
    try {
      markUsed(file);
      stats.reused += 1;
      return { file };
    } catch {
      // Not cached yet: draw it below.
    }
    const png = await renderPreviewPng(card, drawing);
    stats.drawMs += performance.now() - started;
    stats.drawn += 1;
    mkdirSync(folder, { recursive: true });
    // Written aside and renamed, so a build killed mid-write never leaves a truncated image to reuse.
    // Named per process and thread: the build's drawing thread (draw-ahead.ts) may draw the same card.
    const scratch = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(scratch, png);
    renameSync(scratch, file);
    keepMostRecent(folder, KEEP_PER_FOLDER);
    return { file, drawn: png };
  }

  return {
    stats,
    dir,
    /** The card's PNG: from the cache when its inputs are unchanged, else drawn and stored. */
    async png(card: PreviewCard): Promise<Buffer> {
      const { file, drawn } = await store(card);
      return drawn ?? readFileSync(file);
    },
    /** The card's file in the cache, drawn and stored first unless its inputs are unchanged. */
    file: async (card: PreviewCard): Promise<string> => (await store(card)).file,
  };
}
