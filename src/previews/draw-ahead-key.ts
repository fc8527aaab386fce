/**
 * Where the preview endpoint (inside Astro's bundle, which has its own copies of the modules) finds
 * the images the drawing threads (draw-ahead.ts, started outside it) have already stored: on
 * globalThis, under a registered symbol, a map from a card (its JSON) to its file in the cache.
 * With it the endpoint reads the file instead of laying the card out again to find its hash.
 */
export const PREVIEWS_DRAWN_AHEAD = Symbol.for("atrocity-prevention-monitor.previews-drawn-ahead");

export type DrawnAhead = Map<string, string>;

/** A card's key in that map: the whole card, so an image is only reused for exactly the same text. */
export const drawnAheadKey = (card: object): string => JSON.stringify(card);

/** The file a drawing thread stored for this card during this build, if any. */
export function drawnAheadFile(card: object): string | undefined {
  return (globalThis as { [PREVIEWS_DRAWN_AHEAD]?: DrawnAhead })[PREVIEWS_DRAWN_AHEAD]?.get(drawnAheadKey(card));
}
