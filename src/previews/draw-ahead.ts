/**
 * Link-preview images for a build (scripts/build.ts): one thread per core draws the cards into the
 * cache while Astro renders the pages on its own thread, and once Astro is done the images are
 * copied into the site. skia draws on the calling thread, so on a cold cache (a fresh clone, CI) the
 * ~1,900 drawings would otherwise take turns with the pages; and as an Astro endpoint each image
 * also cost Astro's thread ~2 ms of response and file handling, at a point of the build where the
 * other core had nothing to do. The cards are made by the build from the data validated once for
 * it; any card a thread did not store (a thread that failed) is drawn here before it is copied.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { PREVIEWS_BY_BUILD } from "./draw-ahead-key.ts";
import { createPreviewCache, type PreviewCacheStats } from "./preview-cache.ts";
import type { PreviewCard } from "./preview-cards.ts";
import { previewImagePath } from "./preview-path.ts";

export interface DrawingAhead {
  /** Waits for the threads, draws what they did not, and copies every image into `siteDir`. */
  writeInto(siteDir: string): Promise<PreviewCacheStats & { threads: number; written: number }>;
  /** Stops the threads (the build failed) and returns what they did. */
  stop(): Promise<PreviewCacheStats & { threads: number }>;
}

/** What a drawing thread is handed: its cards, in the order to draw them. */
export interface DrawingShare {
  cards: PreviewCard[];
}

/** What a drawing thread reports after each card: its place in the share, and its file. */
export interface DrawnCard {
  stats: PreviewCacheStats;
  index: number;
  file: string;
}

/**
 * One thread per core: with one, the two cores of the machine this is built on were busy for 1.5
 * of them on average over a fresh build (measured with satori: Astro's thread waited on the PNG
 * encoder's threads, and they on the drawing thread).
 */
export function drawPreviewsAhead(cards: readonly PreviewCard[], threads: number = availableParallelism()): DrawingAhead {
  const parts = Math.max(1, threads);
  const global = globalThis as { [PREVIEWS_BY_BUILD]?: boolean };
  global[PREVIEWS_BY_BUILD] = true;
  // The file each card is stored in, by its place in `cards`.
  const stored: (string | undefined)[] = [];
  const workers = Array.from({ length: parts }, (_, part) => {
    const places = cards.flatMap((_, i) => (i % parts === part ? [i] : []));
    const share: DrawingShare = { cards: places.map((i) => cards[i]!) };
    const worker = new Worker(new URL("./draw-ahead-worker.ts", import.meta.url), { workerData: share });
    const drawn = { stats: undefined as PreviewCacheStats | undefined, failure: undefined as unknown };
    worker.on("message", ({ stats, index, file }: DrawnCard) => {
      drawn.stats = stats;
      stored[places[index]!] = file;
    });
    // A failure here only costs time: writeInto draws the missing images itself and reports its own errors.
    worker.on("error", (e) => void (drawn.failure = e));
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    return { worker, drawn, exited };
  });

  const finish = async (stopNow: boolean) => {
    delete global[PREVIEWS_BY_BUILD];
    const total = { drawn: 0, reused: 0, drawMs: 0, threads: parts };
    for (const { worker, drawn, exited } of workers) {
      if (stopNow) await worker.terminate();
      await exited;
      if (drawn.failure) console.error(`A thread drawing link previews stopped early: ${drawn.failure instanceof Error ? drawn.failure.message : String(drawn.failure)}`);
      total.drawn += drawn.stats?.drawn ?? 0;
      total.reused += drawn.stats?.reused ?? 0;
      total.drawMs += drawn.stats?.drawMs ?? 0;
    }
    return total;
  };

  return {
    async writeInto(siteDir) {
      const total = await finish(false);
      let here: ReturnType<typeof createPreviewCache> | undefined;
      const drawHere = (card: PreviewCard) => (here ??= createPreviewCache()).file(card);
      for (const [i, card] of cards.entries()) {
        const target = join(siteDir, previewImagePath(card.slug, card.lang));
        mkdirSync(dirname(target), { recursive: true });
        try {
          copyFileSync(stored[i] ?? (await drawHere(card)), target);
        } catch {
          // Gone from the cache since a thread stored it (a build beside this one pruned it): drawn again here.
          copyFileSync(await drawHere(card), target);
        }
      }
      return { ...total, drawn: total.drawn + (here?.stats.drawn ?? 0), reused: total.reused + (here?.stats.reused ?? 0), written: cards.length };
    },
    stop: () => finish(true),
  };
}
