/**
 * Draws the link-preview images into the cache on other threads while Astro renders the pages on
 * its own: skia draws on the calling thread, and Astro runs every page and endpoint on its one
 * thread, so on a cold cache (a fresh clone, CI) the ~1,900 drawings would otherwise take turns
 * with the pages. The threads walk the cards in the opposite order to Astro's, so they meet in the
 * middle and each image is drawn once; Astro's endpoint still draws any image that is missing, so the
 * output never depends on the race.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PreviewCacheStats } from "./preview-cache.ts";

export interface DrawingAhead {
  /** Stops the threads (whatever they have not drawn yet, Astro has) and returns what they did. */
  stop(): Promise<PreviewCacheStats & { threads: number }>;
}

/** Which cards a drawing thread takes: every `parts`-th from the end, starting at `part`. */
export interface DrawingShare {
  part: number;
  parts: number;
}

/**
 * One thread per core: with one, the two cores of the machine this is built on were busy for 1.5
 * of them on average over a fresh build (measured with satori: Astro's thread waited on the PNG
 * encoder's threads, and they on the drawing thread).
 */
export function drawPreviewsAhead(threads: number = availableParallelism()): DrawingAhead {
  const parts = Math.max(1, threads);
  const workers = Array.from({ length: parts }, (_, part) => {
    const worker = new Worker(new URL("./draw-ahead-worker.ts", import.meta.url), { workerData: { part, parts } satisfies DrawingShare });
    const drawn = { stats: undefined as PreviewCacheStats | undefined, failure: undefined as unknown };
    worker.on("message", (message: PreviewCacheStats) => void (drawn.stats = message));
    // A failure here only costs time: Astro draws the image itself and reports its own errors.
    worker.on("error", (e) => void (drawn.failure = e));
    const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
    return { worker, drawn, exited };
  });
  return {
    async stop() {
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
