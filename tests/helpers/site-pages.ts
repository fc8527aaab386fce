/** The pages of the built site, read from dist/ so a new page is tested without editing a list. */
import { relative, resolve } from "node:path";
import { listHtmlFiles } from "../../src/build/check-built-site.ts";

export const DIST = resolve(import.meta.dirname, "../../dist");

/** Paths relative to the base, e.g. "", "recommendations/3/", "404.html". */
export function builtPagePaths(): string[] {
  return listHtmlFiles(DIST).map((file) => relative(DIST, file).replace(/index\.html$/, ""));
}

/** The language prefixes of the built site (English sits at the root). */
export const PREFIXED_LANGUAGES = ["ar", "zh", "fr", "ru", "es"];

/** The language of a built page from its path: "fr/countries/civ/" → "fr", "countries/civ/" → "en". */
export function pageLanguage(path: string): string {
  const first = path.split("/")[0];
  return PREFIXED_LANGUAGES.includes(first) ? first : "en";
}

/** "embed/countries-sdn-deaths/" → "embed/countries-*-deaths", "embed/map-observed-2024/" → "embed/map-observed-*". */
function embedPattern(path: string): string {
  return path.replace(/\/$/, "").replace(/^embed\/countries-[a-z]{3}-/, "embed/countries-*-").replace(/\d{4}(-\d\d-\d\d)?/g, "*");
}

/**
 * Every English page and, in each other language, one page per route pattern (countries/*,
 * map/*\/*, …), and one embed page per kind of chart (383 embeds share one bare layout). The
 * languages share their templates, so checks that cost a browser load or a full DOM parse per page
 * run on this sample (six times the pages would make them dominate the suite); counting, link and
 * language checks still read every page.
 */
export function sampledPagePaths(paths: string[] = builtPagePaths()): string[] {
  return samplePaths(paths, false);
}

/**
 * One page per route pattern in every language, English included (countries/*, map/*\/*, …), and
 * one embed page per kind of chart: every template in every language, for checks in a browser whose
 * per-page variations (links, resources, inline markup) are checked on every page without one.
 */
export function routeSamplePaths(paths: string[] = builtPagePaths()): string[] {
  return samplePaths(paths, true);
}

function samplePaths(paths: string[], sampleEnglish: boolean): string[] {
  const samples = new Map<string, string>();
  for (const path of paths) {
    const lang = pageLanguage(path);
    if (path.startsWith("embed/")) {
      if (!samples.has(embedPattern(path))) samples.set(embedPattern(path), path);
      continue;
    }
    if (lang === "en" && !sampleEnglish) {
      samples.set(path, path);
      continue;
    }
    const parts = path.split("/").filter(Boolean);
    const [first, ...rest] = lang === "en" ? parts : parts.slice(1);
    const pattern = [lang, first ?? "", ...rest.map(() => "*")].join("/");
    if (!samples.has(pattern)) samples.set(pattern, path);
  }
  return [...samples.values()];
}
