/** Sort and filter state of the countries index, kept in the URL query. Pure. */

export const COUNTRY_SORT_KEYS = ["name", "region", "forecast", "observed", "judgement"] as const;
export type CountrySortKey = (typeof COUNTRY_SORT_KEYS)[number];

export interface CountryIndexState {
  sort: CountrySortKey;
  descending: boolean;
  region: string;
  /** Text typed in the filter box; matches names (accents and case ignored) and ISO codes. */
  query: string;
}

/** What a row carries in data-* attributes. */
export type CountryRowData = Partial<Record<"name" | "region" | "forecast" | "observed" | "judgement", string>>;

export function parseCountryQuery(search: string): CountryIndexState {
  const params = new URLSearchParams(search);
  const sort = params.get("sort") ?? "name";
  return {
    sort: (COUNTRY_SORT_KEYS as readonly string[]).includes(sort) ? (sort as CountrySortKey) : "name",
    descending: params.get("order") === "desc",
    region: params.get("region") ?? "",
    query: (params.get("q") ?? "").slice(0, 100),
  };
}

export function formatCountryQuery(state: CountryIndexState): string {
  const params = new URLSearchParams();
  if (state.sort !== "name") params.set("sort", state.sort);
  if (state.descending) params.set("order", "desc");
  if (state.region) params.set("region", state.region);
  if (state.query.trim()) params.set("q", state.query.trim());
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * Rows without a value in the sorted layer always go last, whichever the direction. Forecast
 * values are ranks (1 = highest risk). Judgements carry "recent|severity|date" (one digit each for
 * recent and severity, so a string comparison orders them): recent ones first, then by severity.
 */
export function compareCountryRows({ sort, descending }: CountryIndexState, locale?: string): (a: CountryRowData, b: CountryRowData) => number {
  // Names (and regions) in the page's language sort by that language's rules, not the browser's.
  const collator = new Intl.Collator(locale);
  const byName = (a: CountryRowData, b: CountryRowData) => collator.compare(a.name ?? "", b.name ?? "");
  return (a, b) => {
    const x = a[sort] ?? "";
    const y = b[sort] ?? "";
    if (!x || !y) return x === y ? byName(a, b) : x ? -1 : 1;
    const order = sort === "forecast" || sort === "observed" ? Number(x) - Number(y) : collator.compare(x, y);
    return (descending ? -order : order) || byName(a, b);
  };
}

/** Lowercase without accents, so "cote" finds "Côte d’Ivoire" and "turkiye" finds "Türkiye". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whether a row passes the filter box: every word typed appears in the name, or the ISO code equals it. */
export function matchesCountry(row: { name?: string; iso3?: string }, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const name = fold(row.name ?? "");
  if (words.length === 1 && fold(row.iso3 ?? "") === words[0]) return true;
  return words.every((word) => name.includes(word));
}
