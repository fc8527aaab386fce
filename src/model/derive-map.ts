/** One map view per layer and period: the values, their bins and the figures its takeaway states. */
import type { Bin } from "./bins.ts";
import type { Country } from "./derive-countries.ts";
import type { Layer, LayerId, LayerPeriod, LayerValue } from "./derive-layers.ts";

export interface MapRow {
  iso3: string;
  name: string;
  value: LayerValue;
  bin: Bin;
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
  /** Countries with a non-zero value (all rows, except zero deaths in the observed layer). */
  nonZeroCount: number;
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
