/** One map view per layer and period: the values, their bins and the figures its takeaway states. */
import { AGE_BANDS, binAge, monthsBetween, type AgeBand, type Bin } from "./bins.ts";
import type { Country } from "./derive-countries.ts";
import { LATEST_KNOWN, type JudgementValue, type Layer, type LayerId, type LayerPeriod, type LayerValue } from "./derive-layers.ts";

export interface MapRow {
  iso3: string;
  name: string;
  value: LayerValue;
  bin: Bin;
  /** On the "latest known" judgement view: how old the value is at the edition date. */
  age?: { months: number; band: AgeBand };
}

export interface MapView {
  layerId: LayerId;
  period: LayerPeriod;
  /** Whether this is the layer's newest period. */
  latest: boolean;
  /** Countries with a value, highest first (by rank, deaths or category severity), then by name. */
  rows: MapRow[];
  /** Count of countries per bin, in the layer's bin order. */
  binCounts: { bin: Bin; count: number }[];
  /**
   * Countries with a non-zero value (all rows, except a best estimate of 0 deaths in the observed
   * layer): the takeaway's count. Not noneRecorded's complement: a best of 0 with a higher high
   * estimate is ranked in the list but not counted here.
   */
  nonZeroCount: number;
  /** On the "latest known" judgement view: countries per age band, and the oldest and newest dates in each. */
  ageCounts?: { band: AgeBand; count: number; oldest?: string; newest?: string }[];
}


/**
 * An observed count of zero, high estimate included: UCDP recorded no one killed there that year.
 * A value (drawn in the lowest bin), not a gap, but nothing to rank. A best estimate of 0 with a
 * higher high estimate ("0 (range 0–14)": Angola in 2024) is a recorded count, and is ranked.
 */
export function noneRecorded(value: LayerValue): boolean {
  return value.kind === "observed-count" && value.best === 0 && value.high === 0;
}

/**
 * What a view's rows are ordered by before their (English) names: rows with the same key are ties,
 * which a page in another language orders by the names it shows (sortTiesByCountryName). The rank,
 * the deaths, or the category with its date (a dated copy's rows share theirs).
 */
export function tieKey(row: MapRow): string {
  if (row.value.kind === "statistical-forecast") return `rank ${row.value.rank}`;
  if (row.value.kind === "observed-count") return `deaths ${row.value.best}`;
  return `${row.bin.id} ${row.value.date}`;
}

function severity(value: LayerValue, bins: Bin[], bin: Bin): number {
  if (value.kind === "statistical-forecast") return -value.rank;
  if (value.kind === "observed-count") return value.best;
  return bins.length - bins.indexOf(bin);
}

export function deriveMapViews(layer: Layer, countries: readonly Country[]): MapView[] {
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const binOf = layer.binOf as (value: LayerValue) => Bin;
  return layer.periods.map((period, i) => {
    const rows = [...(layer.values.get(period.id) ?? new Map<string, LayerValue>())]
      .map(([iso3, value]) => ({ iso3, name: names.get(iso3) ?? iso3, value, bin: binOf(value) }))
      .sort((a, b) => severity(b.value, layer.bins, b.bin) - severity(a.value, layer.bins, a.bin) || a.name.localeCompare(b.name));
    return {
      layerId: layer.id,
      period,
      latest: i === 0,
      rows,
      binCounts: layer.bins.map((bin) => ({ bin, count: rows.filter((r) => r.bin.id === bin.id).length })),
      nonZeroCount: rows.filter((r) => r.value.kind !== "observed-count" || r.value.best > 0).length,
    };
  });
}

/**
 * Each country's most recent dated GCR2P category, with its date and age at the edition date. Not a
 * GCR2P edition: the dated copies found are partial, so each value keeps its own date and is drawn by
 * age band; nothing is carried forward without its date.
 */
export function deriveLatestKnownView(layer: Layer<JudgementValue>, countries: readonly Country[], editionDate: string): MapView {
  const names = new Map(countries.map((c) => [c.iso3, c.name]));
  const newest = new Map<string, JudgementValue>();
  for (const period of [...layer.periods].reverse()) {
    for (const [iso3, value] of layer.values.get(period.id) ?? []) newest.set(iso3, value);
  }
  const rows = [...newest]
    .map(([iso3, value]) => {
      const months = monthsBetween(value.date, editionDate);
      return { iso3, name: names.get(iso3) ?? iso3, value, bin: layer.binOf(value), age: { months, band: binAge(months) } };
    })
    .sort((a, b) => b.value.severity - a.value.severity || b.value.date.localeCompare(a.value.date) || a.name.localeCompare(b.name));
  const ageCounts = AGE_BANDS.map((band) => {
    const dates = rows.filter((r) => r.age.band.id === band.id).map((r) => r.value.date).sort();
    return { band, count: dates.length, oldest: dates[0], newest: dates.at(-1) };
  });
  return {
    layerId: "judgement",
    period: { id: LATEST_KNOWN, detail: layer.periods[0]?.id ?? "" },
    latest: false,
    rows,
    binCounts: layer.bins.map((bin) => ({ bin, count: rows.filter((r) => r.bin.id === bin.id).length })),
    nonZeroCount: rows.length,
    ageCounts,
  };
}
