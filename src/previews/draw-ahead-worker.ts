// The thread started by draw-ahead.ts: every preview card of every language, last first, into the cache.
import { parentPort } from "node:worker_threads";
import { useI18n, type Lang } from "../i18n/index.ts";
import { getModel } from "../model/model.ts";
import { createPreviewCache } from "./preview-cache.ts";
import { listPreviewCards } from "./preview-cards.ts";

const model = getModel();
const cache = createPreviewCache();
const cards = model.site.languages.flatMap((lang) => listPreviewCards(model, useI18n(lang as Lang)));
for (const card of cards.reverse()) {
  await cache.png(card);
  parentPort?.postMessage({ ...cache.stats });
}
