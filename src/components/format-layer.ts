/** Text for layer values, in the page's language: used by the map, profiles and tables alike. */
import type { I18n } from "../i18n/index.ts";
import { CATEGORY_BINS } from "../model/bins.ts";
import type { LayerId, LayerValue } from "../model/derive-layers.ts";
import type { MapView } from "../model/derive-map.ts";

export function formatCategory(category: string): string {
  return CATEGORY_BINS.find((b) => b.id === category)?.label ?? category;
}

/** "8.1% (rank 3 of 168)", "2,061 (range 1,900–2,300)", "Current crisis (1 September 2024)". */
export function formatLayerValue(value: LayerValue, { t, formatNumber, formatPercent, formatDate }: I18n): string {
  if (value.kind === "statistical-forecast") return t("layer.forecast.value", { risk: formatPercent(value.risk), rank: value.rank, of: value.of });
  if (value.kind === "observed-count") return t("layer.observed.value", { best: formatNumber(value.best), low: formatNumber(value.low), high: formatNumber(value.high) });
  return t("layer.judgement.value", { category: formatCategory(value.category), date: formatDate(value.date) });
}

/** The value with its unit and period, for the map's accessible names and tooltips. */
export function formatLayerValueLong(value: LayerValue, { t, formatNumber, formatPercent, formatDate }: I18n): string {
  if (value.kind === "statistical-forecast") return t("layer.forecast.long", { risk: formatPercent(value.risk), rank: value.rank, of: value.of, edition: value.edition });
  if (value.kind === "observed-count") return t("layer.observed.long", { best: formatNumber(value.best), year: value.year, low: formatNumber(value.low), high: formatNumber(value.high) });
  return t("layer.judgement.long", { category: formatCategory(value.category), date: formatDate(value.date) });
}

/** The period as readers know it: "2025", "2024", "16 March 2026". */
export function formatPeriod(layerId: LayerId, periodId: string, { formatDate }: I18n): string {
  return layerId === "judgement" ? formatDate(periodId) : periodId;
}

export function formatMapTitle(view: MapView, i18n: I18n): string {
  return i18n.t(`layer.${view.layerId}.title`, { period: formatPeriod(view.layerId, view.period.id, i18n), detail: view.period.detail.replace("-", "–") });
}

/** One sentence computed from the view's own figures. */
export function formatMapTakeaway(view: MapView, i18n: I18n): string {
  const [first, second, third] = view.rows;
  const period = formatPeriod(view.layerId, view.period.id, i18n);
  if (!first) return "";
  if (view.layerId === "forecast") {
    return i18n.t("layer.forecast.takeaway", { period, first: first.name, firstValue: i18n.formatPercent((first.value as { risk: number }).risk), second: second?.name ?? "", third: third?.name ?? "" });
  }
  if (view.layerId === "observed") {
    return i18n.t("layer.observed.takeaway", { period, count: view.nonZeroCount, first: first.name, firstValue: i18n.formatNumber((first.value as { best: number }).best) });
  }
  return i18n.t("layer.judgement.takeaway", { count: view.rows.length, severe: view.binCounts[0]?.count ?? 0 });
}
