/**
 * The pages whose weight the bench measures: one of each page type in the first language, and the
 * types that differ most between languages (text length, scripts, the Arabic font; issue 10) in
 * every language, with DESIGN.md's budgets (home ≤ 150 KB and ≤ 30 KB JS; other pages ≤ 80 KB).
 */
import type { Lang } from "../i18n/index.ts";
import { localeHref } from "../lib/links.ts";

const KB = 1024;

export interface BenchPage {
  type: string;
  language: Lang;
  /** Path under the site's base, without a leading slash: "", "fr/map/". */
  path: string;
  budget: number;
  jsBudget?: number;
}

const PAGE_TYPES: (Omit<BenchPage, "language"> & { everyLanguage?: boolean })[] = [
  { type: "home", path: "", budget: 150 * KB, jsBudget: 30 * KB, everyLanguage: true },
  { type: "map", path: "map/", budget: 80 * KB, everyLanguage: true },
  { type: "map view", path: "map/observed/2024/", budget: 80 * KB },
  { type: "country", path: "countries/sdn/", budget: 80 * KB, everyLanguage: true },
  { type: "countries", path: "countries/", budget: 80 * KB },
  { type: "trends", path: "trends/", budget: 80 * KB },
  { type: "recommendations", path: "recommendations/", budget: 80 * KB },
  { type: "recommendation", path: "recommendations/1/", budget: 80 * KB, everyLanguage: true },
  { type: "tool", path: "tool/", budget: 80 * KB },
  { type: "methodology", path: "methodology/", budget: 80 * KB },
  { type: "data", path: "data/", budget: 80 * KB },
];

/** One row per page and language, grouped by language, in the order the languages are given. */
export function benchPages(languages: readonly Lang[]): BenchPage[] {
  return languages.flatMap((language, i) =>
    PAGE_TYPES.filter((p) => i === 0 || p.everyLanguage).map(({ everyLanguage: _, ...p }) => ({ ...p, language, path: localeHref(language, p.path, "").slice(1) })),
  );
}
