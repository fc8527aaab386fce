/**
 * The three evidence layers of the map, each with its own periods, values, bins and source. They
 * are different kinds of evidence and are never blended: a country's value in one layer says
 * nothing about another.
 */
import { binCategory, binDeaths, binRank, CATEGORY_BINS, DEATH_BINS, RANK_BINS, type Bin } from "./bins.ts";
import type { Tables } from "./parse-data.ts";
import type { EvidenceKind } from "./schemas/source.ts";

export interface ForecastValue {
  kind: "statistical-forecast";
  /** Edition year of the Early Warning Project assessment. */
  edition: number;
  /** Forecast window, e.g. "2025-2026". */
  window: string;
  /** Probability (0–1) of a new onset of state-led mass killing in the window. */
  risk: number;
  rank: number;
  of: number;
  /** True when EWP published only probabilities for the edition and the rank was computed from them. */
  rankComputed: boolean;
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
  /** Date printed on the GCR2P page or issue. */
  date: string;
  category: string;
  /** Position on GCR2P's scale, 1 = least severe; for sorting. */
  severity: number;
  sourceUrl: string;
  /** Which publication, with any caveat specific to the row. */
  edition: string;
  /** Who is at risk, paraphrased; marks joint situations. */
  note: string;
}
export type LayerValue = ForecastValue | ObservedValue | JudgementValue;

/** Period id of the judgement view that shows each country's most recent dated category (see derive-map.ts). */
export const LATEST_KNOWN = "latest";

export type LayerId = "forecast" | "observed" | "judgement";

export interface LayerPeriod {
  /** URL segment: "2025", "2024", or a date for judgements. */
  id: string;
  /** For the forecast layer, the forecast window; for judgements, the date. */
  detail: string;
}

export interface Layer<V extends LayerValue = LayerValue> {
  id: LayerId;
  kind: EvidenceKind;
  sourceId: string;
  /** Newest first. */
  periods: LayerPeriod[];
  /** The period a link to the layer opens: the newest, except for judgements: each country's latest known category. */
  defaultPeriod: string;
  /** period id → iso3 → value. */
  values: Map<string, Map<string, V>>;
  bins: Bin[];
  binOf: (value: V) => Bin;
}

function group<V>(rows: { period: string; iso3: string; value: V }[]): Map<string, Map<string, V>> {
  const out = new Map<string, Map<string, V>>();
  for (const { period, iso3, value } of rows) {
    if (!out.has(period)) out.set(period, new Map());
    out.get(period)!.set(iso3, value);
  }
  return out;
}

export function deriveForecastLayer(tables: Tables): Layer<ForecastValue> | undefined {
  const table = tables["ewp-risk-forecasts"];
  if (!table) return undefined;
  // Published editions only: the 2018 retrospective run was never published as an assessment.
  const rows = table.rows
    .filter((r) => r.run_type === "published")
    .map((r) => ({
      period: String(r.edition),
      iso3: r.iso3,
      value: { kind: "statistical-forecast" as const, edition: r.edition, window: r.forecast_window, risk: r.risk, rank: r.rank, of: r.n_countries, rankComputed: r.rank_source === "computed" },
    }));
  const values = group(rows);
  const periods = [...values.keys()].sort((a, b) => b.localeCompare(a)).map((id) => ({ id, detail: [...values.get(id)!.values()][0].window }));
  return { id: "forecast", kind: "statistical-forecast", sourceId: table.sourceId, periods, defaultPeriod: periods[0]?.id ?? "", values, bins: RANK_BINS, binOf: (v) => binRank(v.rank) };
}

export function deriveObservedLayer(tables: Tables): Layer<ObservedValue> | undefined {
  const table = tables["ucdp-one-sided-country-year"];
  if (!table) return undefined;
  const rows = table.rows.map((r) => ({
    period: String(r.year),
    iso3: r.iso3,
    value: { kind: "observed-count" as const, year: r.year, best: r.deaths_best, low: r.deaths_low, high: r.deaths_high },
  }));
  const values = group(rows);
  const periods = [...values.keys()].sort((a, b) => b.localeCompare(a)).map((id) => ({ id, detail: id }));
  return { id: "observed", kind: "observed-count", sourceId: table.sourceId, periods, defaultPeriod: periods[0]?.id ?? "", values, bins: DEATH_BINS, binOf: (v) => binDeaths(v.best) };
}

export function deriveJudgementLayer(tables: Tables): Layer<JudgementValue> | undefined {
  const table = tables["gcr2p-categories"];
  if (!table) return undefined;
  // Each dated copy is its own period: a category is never carried forward to a later date.
  const rows = table.rows.flatMap((r) =>
    r.iso3
      ? [{ period: r.edition_date, iso3: r.iso3, value: { kind: "expert-judgement" as const, date: r.edition_date, category: r.category, severity: CATEGORY_BINS.length - CATEGORY_BINS.findIndex((b) => b.id === r.category), sourceUrl: r.source_url, edition: r.edition_title, note: r.population_note } }]
      : [],
  );
  const values = group(rows);
  const periods = [...values.keys()].sort((a, b) => b.localeCompare(a)).map((id) => ({ id, detail: id }));
  return { id: "judgement", kind: "expert-judgement", sourceId: table.sourceId, periods, defaultPeriod: LATEST_KNOWN, values, bins: CATEGORY_BINS, binOf: (v) => binCategory(v.category) };
}

/** Rows that name no country (regional situations, states with no ISO code), reported rather than dropped silently. */
export interface UnmappedRow {
  file: string;
  line: number;
  name: string;
}

export function deriveUnmappedRows(tables: Tables): UnmappedRow[] {
  const out: UnmappedRow[] = [];
  for (const table of [tables["gcr2p-categories"], tables["ucdp-armed-conflict-country-year"]]) {
    if (!table) continue;
    table.rows.forEach((row, i) => {
      if (!row.iso3) out.push({ file: table.file, line: table.lines[i], name: row.country_name });
    });
  }
  return out;
}
