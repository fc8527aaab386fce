/** Figures for /trends/ and the home page, computed from the model's series. Pure. */
import { median } from "d3";
import type { Country, GlobalDeathsYear } from "./derive-countries.ts";
import type { MapView } from "./derive-map.ts";

export interface DeathsChange {
  latest: GlobalDeathsYear;
  previous: GlobalDeathsYear | undefined;
  /** latest.best − previous.best */
  change: number | undefined;
}

export function deriveDeathsChange(series: readonly GlobalDeathsYear[]): DeathsChange | undefined {
  const latest = series.at(-1);
  if (!latest) return undefined;
  const previous = series.at(-2);
  return { latest, previous, change: previous ? latest.best - previous.best : undefined };
}

export interface RiskDistribution {
  edition: number;
  count: number;
  median: number;
  max: number;
  /** Every country's probability, for the chart. */
  risks: number[];
}

/** Per forecast edition (oldest first): how the estimated probabilities are spread. */
export function deriveRiskDistributions(views: readonly MapView[]): RiskDistribution[] {
  return views
    .filter((v) => v.layerId === "forecast")
    .map((v) => {
      const risks = v.rows.flatMap((r) => (r.value.kind === "statistical-forecast" ? [r.value.risk] : []));
      return { edition: Number(v.period.id), count: risks.length, median: median(risks) ?? 0, max: Math.max(...risks), risks };
    })
    .sort((a, b) => a.edition - b.edition);
}

export interface CategoryCounts {
  date: string;
  counts: Record<string, number>;
  total: number;
}

/** Per dated GCR2P copy (oldest first): countries in each category. */
export function deriveCategoryCounts(views: readonly MapView[]): CategoryCounts[] {
  return views
    .filter((v) => v.layerId === "judgement")
    .map((v) => ({ date: v.period.id, counts: Object.fromEntries(v.binCounts.map((b) => [b.bin.id, b.count])), total: v.rows.length }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Countries whose latest dated category is "current crisis" and recent (within 12 months of the
 * edition): an older judgement is not presented as "now".
 */
export function deriveCurrentCrises(countries: readonly Country[]): { iso3: string; name: string; date: string }[] {
  return countries.flatMap((c) =>
    c.judgementIsRecent && c.latest.judgement?.category === "current-crisis" ? [{ iso3: c.iso3, name: c.name, date: c.latest.judgement.date }] : [],
  );
}
