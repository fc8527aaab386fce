/**
 * The map's first-visit script: it waits until the reader reaches for the map (a pointer over or
 * focus in the explorer or the figure, a click on a layer or period link or a sort button), then
 * loads the island (map-island.ts), so a visit that only reads the map pays nothing for it (issue 12).
 * Without JavaScript these are plain links and a plain table. The island is imported by its address
 * (`?chunk-url`, astro.config.mjs), without Vite's preload helper.
 */
import { onFirstUse } from "./first-use.ts";
import islandUrl from "./map-island.ts?chunk-url";

type Island = typeof import("./map-island.ts");

/** Loads the island on the first gesture and calls `init` with it; a click meanwhile is replayed then. */
export function whenMapUsed(doc: Document, init: (island: Island) => void): void {
  onFirstUse(doc, "#map-view, .map-figure", "#map-view nav a, button[data-sort-key]", islandUrl, init);
}
