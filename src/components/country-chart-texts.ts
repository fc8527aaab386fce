/**
 * A country's three charts as the reader meets them: title, takeaway, unit, source line and the
 * drawing (wide and narrow). One function for the profile (CountryCharts.astro) and the chart files
 * (src/downloads/chart-exports.ts), so a downloaded chart says what the page says.
 */
import { renderCategoryTimeline } from "../charts/category-timeline.ts";
import { renderDeathsByYear } from "../charts/deaths-by-year.ts";
import { renderForecastRanks } from "../charts/forecast-ranks.ts";
import type { I18n } from "../i18n/index.ts";
import { CATEGORY_BINS } from "../model/bins.ts";
import type { Country } from "../model/derive-countries.ts";
import type { Model } from "../model/model.ts";
import { formatLayerSource, observedCaveatConcerns } from "./format-chart-text.ts";
import { formatCategory, labelBins } from "./format-layer.ts";

export interface CountryChart {
  title: string;
  takeaway: string;
  unit: string;
  source: string;
  /** The chart's SVG; undefined where the series has nothing to draw (no death in any year, no dated copy). */
  draw?: () => { wide: string; narrow: string };
}

export interface CountryChartSet {
  deaths?: CountryChart;
  ranks?: CountryChart;
  categories?: CountryChart;
}

/**
 * Each chart the country has a series for. `english` marks the sources' English-only title and
 * producer in the source line (a page passes markEnglish; a file, plain text).
 */
export function countryCharts(model: Model, country: Country, i18n: I18n, english?: (text: string) => string): CountryChartSet {
  const { t, formatNumber, formatDate, locale } = i18n;
  const { name, series, stats, iso3 } = country;
  const charts: CountryChartSet = {};

  const observed = series.observed;
  if (observed.length > 0) {
    const first = observed[0]!.year;
    const last = observed.at(-1)!.year;
    const peak = stats.deathsPeak;
    const takeaway = peak
      ? t("profile.deaths.takeaway", { total: formatNumber(stats.deathsTotal), first, last, peakYear: peak.year, peak: formatNumber(peak.best) })
      : t("profile.deaths.none", { name, first, last });
    const options = { id: "country-deaths", title: t("profile.deaths.title", { name }), description: takeaway, yLabel: t("common.count"), locale };
    charts.deaths = {
      title: options.title,
      takeaway,
      unit: t("profile.deaths.unit"),
      source: `${formatLayerSource(model, "observed", i18n, english)}${observedCaveatConcerns(iso3) ? ` ${t("layer.observed.caveat")}` : ""}`,
      draw: peak ? () => ({ wide: renderDeathsByYear(observed, options), narrow: renderDeathsByYear(observed, { ...options, id: "country-deaths-narrow", narrow: true }) }) : undefined,
    };
  }

  const forecast = series.forecast;
  if (forecast.length > 0) {
    const latest = forecast.at(-1)!;
    const computed = forecast.filter((v) => v.rankComputed).map((v) => v.edition);
    const takeaway = stats.bestRank ? t("profile.ranks.takeaway", { rank: latest.rank, of: latest.of, edition: latest.edition, best: stats.bestRank.rank, bestEdition: stats.bestRank.edition }) : "";
    const options = { id: "country-ranks", title: t("profile.ranks.title", { name }), description: takeaway, yLabel: t("map.rank") };
    charts.ranks = {
      title: options.title,
      takeaway,
      unit: t("profile.ranks.unit"),
      source: `${formatLayerSource(model, "forecast", i18n, english)} ${t("layer.forecast.caveat")}${computed.length > 0 ? ` ${t("layer.forecast.rankComputed", { first: computed[0], last: computed.at(-1)! })}` : ""}`,
      draw: () => ({ wide: renderForecastRanks(forecast, options), narrow: renderForecastRanks(forecast, { ...options, id: "country-ranks-narrow", narrow: true }) }),
    };
  }

  const judgements = series.judgement;
  const periods = model.layers.judgement?.periods ?? [];
  if (judgements.length > 0) {
    const takeaway = t("profile.categories.takeaway", { count: judgements.length, first: formatDate(judgements[0]!.date), last: formatDate(judgements.at(-1)!.date), latest: formatCategory(judgements.at(-1)!.category, i18n).toLocaleLowerCase(i18n.lang) });
    const options = { id: "country-categories", title: t("profile.categories.title", { name }), description: takeaway, categories: labelBins(CATEGORY_BINS, i18n), locale, from: periods.at(-1)?.id ?? "", to: model.site.edition.date };
    charts.categories = {
      title: options.title,
      takeaway,
      unit: t("profile.categories.unit"),
      source: `${formatLayerSource(model, "judgement", i18n, english)} ${t("layer.judgement.caveat")}`,
      draw: periods.length > 0 ? () => ({ wide: renderCategoryTimeline(judgements, options), narrow: renderCategoryTimeline(judgements, { ...options, id: "country-categories-narrow", narrow: true }) }) : undefined,
    };
  }
  return charts;
}
