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

/** One country's dated GCR2P categories, for the coverage timeline: which countries have a dated category when. */
export interface JudgementCoverage {
  iso3: string;
  name: string;
  /** Oldest first; one point per dated copy found. */
  points: { date: string; category: string }[];
}

/**
 * Countries with at least one dated category, most recently dated first (then by name). A sparse
 * series shown as it is: each dot a dated copy, gaps left as gaps, nothing counted per date.
 */
export function deriveJudgementCoverage(countries: readonly Country[]): JudgementCoverage[] {
  return countries
    .filter((c) => c.series.judgement.length > 0)
    .map((c) => ({ iso3: c.iso3, name: c.name, points: c.series.judgement.map((v) => ({ date: v.date, category: v.category })) }))
    .sort((a, b) => b.points.at(-1)!.date.localeCompare(a.points.at(-1)!.date) || a.name.localeCompare(b.name));
}

/** The newest forecast edition's highest-ranked country: a published figure that does not depend on how many rows were found. */
export function deriveTopForecast(views: readonly MapView[]): { view: MapView; iso3: string; name: string; risk: number; window: string } | undefined {
  const view = views.find((v) => v.layerId === "forecast" && v.latest);
  const top = view?.rows[0];
  if (!view || !top || top.value.kind !== "statistical-forecast") return undefined;
  return { view, iso3: top.iso3, name: top.name, risk: top.value.risk, window: top.value.window };
}
