/**
 * Draws the link-preview images into the cache on a second thread while Astro renders the pages on
 * the first: satori's layout is JavaScript, and Astro runs every page and endpoint on its one thread,
 * so on a cold cache (a fresh clone, CI) the ~1,900 drawings would otherwise take turns with the
 * pages. The thread walks the cards in the opposite order to Astro's, so the two meet in the middle
 * and each image is drawn once; Astro's endpoint still draws any image that is missing, so the
 * output never depends on the race.
 */
import { Worker } from "node:worker_threads";
import type { PreviewCacheStats } from "./preview-cache.ts";

export interface DrawingAhead {
  /** Stops the thread (whatever it has not drawn yet, Astro has) and returns what it did. */
  stop(): Promise<PreviewCacheStats | undefined>;
}

export function drawPreviewsAhead(): DrawingAhead {
  const worker = new Worker(new URL("./draw-ahead-worker.ts", import.meta.url));
  let stats: PreviewCacheStats | undefined;
  let failure: unknown;
  worker.on("message", (message: PreviewCacheStats) => void (stats = message));
  // A failure here only costs time: Astro draws the image itself and reports its own errors.
  worker.on("error", (e) => void (failure = e));
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  return {
    async stop() {
      await worker.terminate();
      await exited;
      if (failure) console.error(`Drawing previews ahead stopped early: ${failure instanceof Error ? failure.message : String(failure)}`);
      return stats;
    },
  };
}
