/**
 * Draws the link-preview images into the cache on other threads while Astro renders the pages on
 * its own: skia draws on the calling thread, and Astro runs every page and endpoint on its one
 * thread, so on a cold cache (a fresh clone, CI) the ~1,900 drawings would otherwise take turns
 * with the pages. The threads walk the cards in the opposite order to Astro's, so they meet in the
 * middle and each image is drawn once; Astro's endpoint still draws any image that is missing, so the
 * output never depends on the race. The threads are handed their cards, made here from the data
 * validated once for the build, and tell this thread where each image is stored
 * (draw-ahead-key.ts): the endpoint reads those files without laying the card out again.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { drawnAheadKey, PREVIEWS_DRAWN_AHEAD, type DrawnAhead } from "./draw-ahead-key.ts";
import type { PreviewCacheStats } from "./preview-cache.ts";
import type { PreviewCard } from "./preview-cards.ts";

export interface DrawingAhead {
  /** Stops the threads (whatever they have not drawn yet, Astro has) and returns what they did. */
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
  const stored: DrawnAhead = new Map();
  (globalThis as { [PREVIEWS_DRAWN_AHEAD]?: DrawnAhead })[PREVIEWS_DRAWN_AHEAD] = stored;
  // Every `parts`-th card from the end to each thread: Astro's endpoint goes from the start.
  const lastFirst = [...cards].reverse();
  const workers = Array.from({ length: parts }, (_, part) => {
    const share: DrawingShare = { cards: lastFirst.filter((_, i) => i % parts === part) };
    const worker = new Worker(new URL("./draw-ahead-worker.ts", import.meta.url), { workerData: share });
    const drawn = { stats: undefined as PreviewCacheStats | undefined, failure: undefined as unknown };
    worker.on("message", ({ stats, index, file }: DrawnCard) => {
      drawn.stats = stats;
      stored.set(drawnAheadKey(share.cards[index]!), file);
    });
    // A failure here only costs time: Astro draws the image itself and reports its own errors.
    worker.on("error", (e) => void (drawn.failure = e));
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    return { worker, drawn, exited };
  });
  return {
    async stop() {
      delete (globalThis as { [PREVIEWS_DRAWN_AHEAD]?: DrawnAhead })[PREVIEWS_DRAWN_AHEAD];
      const total = { drawn: 0, reused: 0, drawMs: 0, threads: parts };
      for (const { worker, drawn, exited } of workers) {
        await worker.terminate();
        await exited;
        if (drawn.failure) console.error(`Drawing previews ahead stopped early: ${drawn.failure instanceof Error ? drawn.failure.message : String(drawn.failure)}`);
        total.drawn += drawn.stats?.drawn ?? 0;
        total.reused += drawn.stats?.reused ?? 0;
        total.drawMs += drawn.stats?.drawMs ?? 0;
      }
      return total;
    },
  };
}
