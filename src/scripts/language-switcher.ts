/**
 * The language switcher keeps the visitor where they are. Its links are plain (the same page in each
 * language, working without JavaScript); this script adds what changed in the browser since the page
 * was built: the map's layer and period (the map rewrites the address without a reload), filters and
 * sort order in the query string, and the fragment.
 */
import type { Lang } from "../i18n/index.ts";
import { localeHref, pagePath } from "../lib/links.ts";

/** The address of the visitor's current view in `target`, e.g. /fr/countries/?region=africa → /zh/countries/?region=africa. */
export function switchedHref(
  location: Pick<Location, "pathname" | "search" | "hash">,
  target: Lang,
  languages: readonly Lang[],
  base: string,
): string {
  return `${localeHref(target, pagePath(location.pathname, languages, base), base)}${location.search}${location.hash}`;
}

/** Rewrites each switcher link just before it is used (hovered, focused or clicked). */
export function initLanguageSwitcher(doc: Document): void {
  for (const nav of doc.querySelectorAll<HTMLElement>("[data-lang-switcher]")) {
    const base = nav.dataset.base ?? "/";
    const languages = (nav.dataset.languages ?? "").split(" ") as Lang[];
    const update = () => {
      for (const link of nav.querySelectorAll<HTMLAnchorElement>("a[hreflang]")) {
        link.href = switchedHref(doc.location, link.getAttribute("hreflang") as Lang, languages, base);
      }
    };
    for (const event of ["pointerover", "focusin", "click"]) nav.addEventListener(event, update);
  }
}
