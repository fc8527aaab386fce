/** Text for layer values, in the page's language: used by the map, profiles and tables alike. */
import type { I18n } from "../i18n/index.ts";
import type { MessageKey } from "../i18n/messages/en.ts";
import { binExtent, CATEGORY_BINS, type Bin } from "../model/bins.ts";
import { LATEST_KNOWN, type LayerId, type LayerValue } from "../model/derive-layers.ts";
import type { MapRow, MapView } from "../model/derive-map.ts";

/** The GCR2P category's name in the page's language; an id the catalogue lacks is shown as is. */
export function formatCategory(category: string, { t }: I18n): string {
  return CATEGORY_BINS.some((b) => b.id === category) ? t(`category.${category}` as MessageKey) : category;
}

/** A legend entry: "1,000–9,999", "10,000 or more", "Ranks 11–30", "Current crisis", "No data". */
export function formatBinLabel(bin: Bin, i18n: I18n): string {
  const extent = binExtent(bin);
  const { t, formatNumber } = i18n;
  if (extent.kind === "no-data") return t("common.noData");
  if (extent.kind === "category") return formatCategory(extent.id, i18n);
  const min = formatNumber(extent.min);
  if (extent.kind === "deaths") {
    if (extent.max === undefined) return t("bin.deaths.atLeast", { min });
    return extent.max === extent.min ? min : t("bin.deaths.range", { min, max: formatNumber(extent.max) });
  }
  return extent.max === undefined ? t("bin.ranks.orLower", { min }) : t("bin.ranks.range", { min, max: formatNumber(extent.max) });
}

/** Bins with their legend text, for charts that draw a categorical colour scale. */
export function labelBins<B extends Bin>(bins: readonly B[], i18n: I18n): (B & { label: string })[] {
  return bins.map((bin) => ({ ...bin, label: formatBinLabel(bin, i18n) }));
}

/** "8.1% (rank 3 of 168)", "2,061 (range 1,900–2,300)", "Current crisis (1 September 2024)". */
export function formatLayerValue(value: LayerValue, i18n: I18n): string {
  const { t, formatNumber, formatPercent, formatDate } = i18n;
  if (value.kind === "statistical-forecast") return t("layer.forecast.value", { risk: formatPercent(value.risk), rank: value.rank, of: value.of });
  if (value.kind === "observed-count") return t("layer.observed.value", { best: formatNumber(value.best), low: formatNumber(value.low), high: formatNumber(value.high) });
  return t("layer.judgement.value", { category: formatCategory(value.category, i18n), date: formatDate(value.date) });
}

/** The value with its unit and period, for the map's accessible names and tooltips. */
export function formatLayerValueLong(value: LayerValue, i18n: I18n): string {
  const { t, formatNumber, formatPercent, formatDate } = i18n;
  if (value.kind === "statistical-forecast") return t("layer.forecast.long", { risk: formatPercent(value.risk), rank: value.rank, of: value.of, edition: value.edition });
  if (value.kind === "observed-count") return t("layer.observed.long", { best: formatNumber(value.best), year: value.year, low: formatNumber(value.low), high: formatNumber(value.high) });
  return t("layer.judgement.long", { category: formatCategory(value.category, i18n), date: formatDate(value.date) });
}

/** "4 months old", "2 years old", "13 years old, old": a judgement's age at the edition date. */
export function formatAge(age: NonNullable<MapRow["age"]>, { t }: I18n): string {
  if (age.months < 24) return t("layer.judgement.age", { months: age.months });
  const years = Math.floor(age.months / 12);
  return age.band.id === "old" ? t("layer.judgement.ageOld", { years }) : t("layer.judgement.ageYears", { years });
}

/** A map row's value; on the "latest known" view with its date and age, since it is no single edition's. */
export function formatRowValueLong(row: MapRow, i18n: I18n): string {
  if (row.age && row.value.kind === "expert-judgement") {
    return i18n.t("layer.judgement.latestLong", { category: formatCategory(row.value.category, i18n), date: i18n.formatDate(row.value.date), age: formatAge(row.age, i18n) });
  }
  return formatLayerValueLong(row.value, i18n);
}

/** The period as readers know it: "2025", "2024", "16 March 2026", "Latest known". */
export function formatPeriod(layerId: LayerId, periodId: string, { formatDate, t }: I18n): string {
  if (layerId === "judgement" && periodId === LATEST_KNOWN) return t("layer.judgement.latestPeriod");
  return layerId === "judgement" ? formatDate(periodId) : periodId;
}

const periodLabelCache = new WeakMap<I18n, Map<string, ReadonlyMap<string, string>>>();

/**
 * Every period of a layer with its label, made once per language and layer: each map view lists all
 * of its layer's periods, so formatting them on every page grew with views × periods (issue 12).
 */
export function periodLabels(layerId: LayerId, periodIds: readonly string[], i18n: I18n): ReadonlyMap<string, string> {
  let cache = periodLabelCache.get(i18n);
  if (!cache) periodLabelCache.set(i18n, (cache = new Map()));
  const key = `${layerId} ${periodIds.join(" ")}`;
  let labels = cache.get(key);
  if (!labels) cache.set(key, (labels = new Map(periodIds.map((id) => [id, formatPeriod(layerId, id, i18n)]))));
  return labels;
}

export function formatMapTitle(view: MapView, i18n: I18n): string {
  if (view.layerId === "judgement" && view.period.id === LATEST_KNOWN) return i18n.t("layer.judgement.latestTitle");
  return i18n.t(`layer.${view.layerId}.title`, { period: formatPeriod(view.layerId, view.period.id, i18n), detail: view.period.detail.replace("-", "–") });
}

/** One sentence computed from the view's own figures. */
export function formatMapTakeaway(view: MapView, i18n: I18n): string {
  const [first, second, third] = view.rows;
  const period = formatPeriod(view.layerId, view.period.id, i18n);
  if (!first) return "";
  if (view.layerId === "forecast") {
    return i18n.t("layer.forecast.takeaway", { period, first: i18n.countryName(first.iso3), firstValue: i18n.formatPercent((first.value as { risk: number }).risk), second: second ? i18n.countryName(second.iso3) : "", third: third ? i18n.countryName(third.iso3) : "" });
  }
  if (view.layerId === "observed") {
    return i18n.t("layer.observed.takeaway", { period, count: view.nonZeroCount, first: i18n.countryName(first.iso3), firstValue: i18n.formatNumber((first.value as { best: number }).best) });
  }
  if (view.ageCounts) {
    const count = (id: string) => view.ageCounts!.find((a) => a.band.id === id)?.count ?? 0;
    return i18n.t("layer.judgement.latestTakeaway", { count: view.rows.length, recent: count("recent"), old: count("old") });
  }
  return i18n.t("layer.judgement.takeaway", { count: view.rows.length, severe: view.binCounts[0]?.count ?? 0 });
}
