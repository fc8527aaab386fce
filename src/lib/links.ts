/**
 * Every internal link goes through withBase() so the site works from "/" and from a sub-path such
 * as "/monitor/" (Astro sets BASE_URL from the `base` option in astro.config.mjs).
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, "")}`;
}

/** Country addresses are lowercase (`/countries/sdn/`); the model keeps ISO codes in capitals. */
export function countrySlug(iso3: string): string {
  return iso3.toLowerCase();
}

export function countryHref(iso3: string, base?: string): string {
  return withBase(`/countries/${countrySlug(iso3)}/`, base);
}
