/**
 * Every internal link goes through these helpers so the site works from "/" and from a sub-path such
 * as "/monitor/" (Astro sets BASE_URL from the `base` option in astro.config.mjs), and so a page links
 * to pages in its own language: localeHref() for pages, withBase() for language-free files
 * (downloads, feeds, geometry, stylesheets).
 */
import type { Lang } from "../i18n/index.ts";
import { DEFAULT_LANG } from "./locale-routes.ts";

export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, "")}`;
}

/**
 * A page's address in a language: English at the root, the others under their code.
 * @example localeHref("fr", "/countries/civ/", "/monitor/") // "/monitor/fr/countries/civ/"
 */
export function localeHref(lang: Lang, path: string, base?: string): string {
  const inSite = path.replace(/^\/+/, "");
  return withBase(lang === DEFAULT_LANG ? inSite : `${lang}/${inSite}`, base);
}

/**
 * The language-free part of a page's address (what localeHref() takes), from its pathname:
 * "/monitor/fr/countries/civ/" → "/countries/civ/".
 */
export function pagePath(pathname: string, languages: readonly Lang[], base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const inSite = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, "");
  const [first, ...rest] = inSite.split("/");
  const isPrefix = first !== DEFAULT_LANG && (languages as readonly string[]).includes(first);
  return `/${isPrefix ? rest.join("/") : inSite}`;
}

/** Country addresses are lowercase (`/countries/sdn/`); the model keeps ISO codes in capitals. */
export function countrySlug(iso3: string): string {
  return iso3.toLowerCase();
}

export function countryHref(iso3: string, lang: Lang = DEFAULT_LANG, base?: string): string {
  return localeHref(lang, `/countries/${countrySlug(iso3)}/`, base);
}
