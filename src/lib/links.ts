/**
 * Every internal link goes through withBase() so the site works from "/" and from a sub-path such
 * as "/monitor/" (Astro sets BASE_URL from the `base` option in astro.config.mjs).
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, "")}`;
}
