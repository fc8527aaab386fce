// A thread started by draw-ahead.ts: the cards it is handed, in order, into the cache.
import { parentPort, workerData } from "node:worker_threads";
import type { DrawingShare, DrawnCard } from "./draw-ahead.ts";
import { createPreviewCache } from "./preview-cache.ts";

const cache = createPreviewCache();
for (const [index, card] of (workerData as DrawingShare).cards.entries()) {
  const file = await cache.file(card);
  parentPort?.postMessage({ stats: { ...cache.stats }, index, file } satisfies DrawnCard);
}
