/**
 * Per-country views of the three layers: the latest value of each, and each one's series over
 * time. Forecasts, observed counts and judgements stay separate types and are never combined.
 */
import type { CountryNames, ExtraCountry } from "./countries.ts";
import type { ForecastValue, JudgementValue, Layer, LayerValue, ObservedValue } from "./derive-layers.ts";
import type { Tables } from "./parse-data.ts";

export interface Country {
  iso3: string;
  /**
   * The English display name (UNTERM short name, see countries.ts), for downloads and English
   * text; views in other languages name countries through src/i18n/country-names.ts.
   */
  name: string;
  /** UN M49 region code ("002" Africa …), for the index's filter; undefined for former states and Kosovo. */
  region: string | undefined;
  latest: { forecast?: ForecastValue; observed?: ObservedValue; judgement?: JudgementValue };
  /**
   * Why there is no forecast: a former state (withdrawn code), a territory EWP does not model
   * (Palestine), or a small state (EWP models states above about 500,000 people).
   */
  forecastGap: "former-state" | "not-modelled" | "small-state" | undefined;
  /** Editions between the latest forecast and the newest EWP edition, e.g. Taiwan's 2013 value; 0 when current. */
  forecastYearsBehind: number;
  /** Whether the latest judgement is dated within 12 months of the edition; older ones are shown as such. */
  judgementIsRecent: boolean;
  /** Oldest first. */
  series: { forecast: ForecastValue[]; observed: ObservedValue[]; judgement: JudgementValue[] };
  /** Figures the profile's takeaways state, computed here so pages do no arithmetic. */
  stats: {
    /** Sum of best estimates over all observed years. */
    deathsTotal: number;
    /** The year with the most deaths (earliest on a tie); undefined when every year is zero. */
    deathsPeak: ObservedValue | undefined;
    /** The edition in which the country ranked highest (earliest on a tie). */
    bestRank: ForecastValue | undefined;
  };
}

function seriesOf<V extends LayerValue>(layer: Layer<V> | undefined, iso3: string): V[] {
  if (!layer) return [];
  return [...layer.periods].reverse().flatMap((p) => layer.values.get(p.id)?.get(iso3) ?? []);
}

/**
 * Every country with at least one value in any layer, sorted by English name. Views in another
 * language sort again by the name they show (src/i18n/country-names.ts, sortByCountryName).
 */
export function deriveCountries(
  layers: { forecast?: Layer<ForecastValue>; observed?: Layer<ObservedValue>; judgement?: Layer<JudgementValue> },
  names: CountryNames,
  extra: readonly ExtraCountry[],
  editionDate: string,
): Country[] {
  const recentSince = monthsBefore(editionDate, 12);
  const newestEdition = Number(layers.forecast?.periods[0]?.id ?? 0);
  const codes = new Set(Object.values(layers).flatMap((layer) => (layer ? [...layer.values.values()].flatMap((m) => [...m.keys()]) : [])));
  return [...codes]
    .map((iso3) => {
      const series = { forecast: seriesOf(layers.forecast, iso3), observed: seriesOf(layers.observed, iso3), judgement: seriesOf(layers.judgement, iso3) };
      const deathsPeak = series.observed.reduce<ObservedValue | undefined>((peak, v) => (v.best > (peak?.best ?? 0) ? v : peak), undefined);
      const bestRank = series.forecast.reduce<ForecastValue | undefined>((best, v) => (!best || v.rank < best.rank ? v : best), undefined);
      const latestForecast = series.forecast.at(-1);
      return {
        iso3,
        name: names.resolve(iso3, "en").name,
        forecastGap: latestForecast ? undefined : forecastGapOf(iso3, extra),
        forecastYearsBehind: latestForecast ? newestEdition - latestForecast.edition : 0,
        stats: { deathsTotal: series.observed.reduce((n, v) => n + v.best, 0), deathsPeak, bestRank },
        region: names.regionOf(iso3),
        latest: { forecast: series.forecast.at(-1), observed: series.observed.at(-1), judgement: series.judgement.at(-1) },
        judgementIsRecent: (series.judgement.at(-1)?.date ?? "") >= recentSince,
        series,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** Withdrawn ISO codes (site.yaml) are former states; Palestine has no EWP row although it is not small. */
function forecastGapOf(iso3: string, extra: readonly ExtraCountry[]): Country["forecastGap"] {
  if (extra.some((e) => e.code === iso3 && /withdrawn/i.test(e.note ?? ""))) return "former-state";
  if (iso3 === "PSE") return "not-modelled";
  return "small-state";
}

/** @example monthsBefore("2026-11-25", 12) // "2025-11-25" */
export function monthsBefore(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
}

export interface GlobalDeathsYear {
  year: number;
  best: number;
  low: number;
  high: number;
  countries: number;
}

/** World deaths in one-sided violence per year, oldest first: the sum over every country's row. */
export function deriveGlobalOneSidedDeaths(tables: Tables): GlobalDeathsYear[] {
  const years = new Map<number, GlobalDeathsYear>();
  for (const row of tables["ucdp-one-sided-country-year"]?.rows ?? []) {
    const year = years.get(row.year) ?? { year: row.year, best: 0, low: 0, high: 0, countries: 0 };
    year.best += row.deaths_best;
    year.low += row.deaths_low;
    year.high += row.deaths_high;
    if (row.deaths_best > 0) year.countries += 1;
    years.set(row.year, year);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
