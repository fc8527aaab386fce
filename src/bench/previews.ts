/**
 * The bench's preview-image timing: every card of the site drawn into an empty cache (what a first
 * build pays), then again from that cache (what a rebuild with unchanged data pays).
 */
import { useI18n, type Lang } from "../i18n/index.ts";
import type { Model } from "../model/model.ts";
import { createPreviewCache } from "../previews/preview-cache.ts";
import { listPreviewCards } from "../previews/preview-cards.ts";

export interface PreviewBench {
  images: number;
  /** Drawing every image into an empty cache, milliseconds. */
  coldTotalMs: number;
  /** CPU (user + system, all threads: skia encodes the PNGs off the main thread) for drawing every image, milliseconds. */
  coldCpuMs: number;
  /** Per image when drawn: mean, median and slowest, milliseconds. */
  perImageMs: { mean: number; median: number; max: number; slowest: string };
  /** Every image again, all reused from the cache. */
  warmTotalMs: number;
  /** Mean PNG size in bytes. */
  meanBytes: number;
}

export async function benchPreviews(model: Model, cacheDir: string, langs: Lang[] = ["en"]): Promise<PreviewBench> {
  const cards = langs.flatMap((lang) => listPreviewCards(model, useI18n(lang)));
  const cache = createPreviewCache(cacheDir);
  const times: { slug: string; ms: number }[] = [];
  let bytes = 0;
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const coldCpuStart = cpu();
  const coldStart = performance.now();
  for (const card of cards) {
    const started = performance.now();
    bytes += (await cache.png(card)).length;
    times.push({ slug: `${card.lang}/${card.slug}`, ms: performance.now() - started });
  }
  const coldTotalMs = performance.now() - coldStart;
  const coldCpuMs = cpu() - coldCpuStart;
  const warmStart = performance.now();
  for (const card of cards) await cache.png(card);
  const warmTotalMs = performance.now() - warmStart;
  const sorted = [...times].sort((a, b) => a.ms - b.ms);
  return {
    images: cards.length,
    coldTotalMs,
    coldCpuMs,
    perImageMs: { mean: coldTotalMs / cards.length, median: sorted[Math.floor(sorted.length / 2)]?.ms ?? 0, max: sorted.at(-1)?.ms ?? 0, slowest: sorted.at(-1)?.slug ?? "" },
    warmTotalMs,
    meanBytes: bytes / cards.length,
  };
}
