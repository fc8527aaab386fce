/**
 * Image caches (link previews, chart PNGs) keep a few recent drawings per page or chart in a folder
 * of their own: a hit marks its file as used, and a new drawing prunes the folder to the most
 * recently used, so builds that alternate between data sets reuse each and the cache does not grow
 * with every change.
 */
import { readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";

/**
 * Drawings kept per page or chart: one per data set built in turn on one machine. `npm test` builds
 * three (the real data, then tests/build/build-output.test.ts's and tests/e2e/hostile-text.test.ts's
 * fixtures, which differ on some pages); with two, each run of the suite evicted the real site's
 * images on those pages (66 link previews redrawn by every following build).
 */
export const KEEP_PER_FOLDER = 3;

/** Marks a cached file as just used. */
export function markUsed(file: string): void {
  const now = new Date();
  utimesSync(file, now, now);
}

/** Keeps the `keep` most recently used .png files of a folder. */
export function keepMostRecent(folder: string, keep: number): void {
  const images = readdirSync(folder)
    .filter((name) => name.endsWith(".png"))
    // Another thread may have pruned a file between the listing and here.
    .flatMap((name) => {
      const used = statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs;
      return used === undefined ? [] : [{ name, used }];
    })
    .sort((a, b) => b.used - a.used || a.name.localeCompare(b.name));
  for (const old of images.slice(keep)) rmSync(join(folder, old.name), { force: true });
}
