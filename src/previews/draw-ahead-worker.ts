// A thread started by draw-ahead.ts: its share of every language's preview cards, last first, into the cache.
import { parentPort, workerData } from "node:worker_threads";
import type { DrawingShare } from "./draw-ahead.ts";
import { useI18n, type Lang } from "../i18n/index.ts";
import { getModel } from "../model/model.ts";
import { createPreviewCache } from "./preview-cache.ts";
import { listPreviewCards } from "./preview-cards.ts";

const model = getModel();
const cache = createPreviewCache();
const cards = model.site.languages.flatMap((lang) => listPreviewCards(model, useI18n(lang as Lang)));
const { part, parts } = workerData as DrawingShare;
for (const card of cards.reverse().filter((_, i) => i % parts === part)) {
  await cache.png(card);
  parentPort?.postMessage({ ...cache.stats });
}
