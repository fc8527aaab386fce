/**
 * Set on globalThis by draw-ahead.ts while scripts/build.ts builds the site: that script then writes
 * every link-preview image into the site itself, after Astro, from the cache its drawing threads
 * fill meanwhile, so the preview endpoint (inside Astro's bundle, which has its own copies of the
 * modules) lists no page. `astro dev` and a plain `astro build` have no such script: there the
 * endpoint draws the images.
 */
export const PREVIEWS_BY_BUILD = Symbol.for("atrocity-prevention-monitor.previews-by-build");

export function previewsWrittenByBuild(): boolean {
  return (globalThis as { [PREVIEWS_BY_BUILD]?: boolean })[PREVIEWS_BY_BUILD] === true;
}
