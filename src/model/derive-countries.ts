/**
 * Pure derivations of the latest value of each evidence layer per country. The three layers stay
 * separate types (forecast, observed count, judgement): they are never blended into one score.
 */
import { formatCountryName, type ExtraCountry } from "./countries.ts";
import type { Tables } from "./parse-data.ts";

export interface ForecastValue {
  kind: "statistical-forecast";
  /** Edition year of the Early Warning Project assessment. */
  edition: number;
  window: string;
  risk: number;
  rank: number;
  of: number;
}
export interface ObservedValue {
  kind: "observed-count";
  year: number;
  best: number;
  low: number;
  high: number;
}
export interface JudgementValue {
  kind: "expert-judgement";
  date: string;
  category: string;
  sourceUrl: string;
}

export interface CountrySummary {
  iso3: string;
  name: string;
  forecast: ForecastValue | undefined;
  observed: ObservedValue | undefined;
  judgement: JudgementValue | undefined;
}

/** Every country with at least one value in any layer, sorted by name. */
export function deriveCountrySummaries(tables: Tables, extra: readonly ExtraCountry[], lang = "en"): CountrySummary[] {
  const forecasts = new Map<string, ForecastValue>();
  for (const row of tables["ewp-risk-forecasts"]?.rows ?? []) {
    if (row.run_type !== "published") continue;
    const current = forecasts.get(row.iso3);
    if (!current || row.edition > current.edition) {
      forecasts.set(row.iso3, { kind: "statistical-forecast", edition: row.edition, window: row.forecast_window, risk: row.risk, rank: row.rank, of: row.n_countries });
    }
  }
  const observed = new Map<string, ObservedValue>();
  for (const row of tables["ucdp-one-sided-country-year"]?.rows ?? []) {
    const current = observed.get(row.iso3);
    if (!current || row.year > current.year) {
      observed.set(row.iso3, { kind: "observed-count", year: row.year, best: row.deaths_best, low: row.deaths_low, high: row.deaths_high });
    }
  }
  const judgements = new Map<string, JudgementValue>();
  for (const row of tables["gcr2p-categories"]?.rows ?? []) {
    if (!row.iso3) continue;
    const current = judgements.get(row.iso3);
    if (!current || row.edition_date > current.date) {
      judgements.set(row.iso3, { kind: "expert-judgement", date: row.edition_date, category: row.category, sourceUrl: row.source_url });
    }
  }
  const codes = new Set([...forecasts.keys(), ...observed.keys(), ...judgements.keys()]);
  return [...codes]
    .map((iso3) => ({
      iso3,
      name: formatCountryName(iso3, lang, extra),
      forecast: forecasts.get(iso3),
      observed: observed.get(iso3),
      judgement: judgements.get(iso3),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

export interface GlobalDeathsYear {
  year: number;
  best: number;
  low: number;
  high: number;
  countries: number;
}

/** World deaths in one-sided violence per year, oldest first. */
export function deriveGlobalOneSidedDeaths(tables: Tables): GlobalDeathsYear[] {
  return (tables["ucdp-organized-violence-global-year"]?.rows ?? [])
    .map((row) => ({
      year: row.year,
      best: row.one_sided_deaths_best,
      low: row.one_sided_deaths_low,
      high: row.one_sided_deaths_high,
      countries: row.countries_with_one_sided_violence,
    }))
    .sort((a, b) => a.year - b.year);
}
