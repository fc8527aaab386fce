/**
 * A country's three charts as the reader meets them: title, takeaway, unit, source line and the
 * drawing (wide and narrow). One function for the profile (CountryCharts.astro) and the chart files
 * (src/downloads/chart-exports.ts), so a downloaded chart says what the page says.
 */
import { offThread, type Drawing, type OffThreadTasks } from "../build/off-thread-tasks.ts";
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
  /**
   * The chart's SVG, made on another thread during a build (src/build/off-thread-tasks.ts);
   * undefined where the series has nothing to draw (no death in any year, no dated copy).
   */
  drawing?: () => Promise<Drawing>;
}

export interface CountryChartSet {
  deaths?: CountryChart;
  ranks?: CountryChart;
  categories?: CountryChart;
}

/**
 * English drawings, kept for the build: the English profile and the chart files (which are English)
 * ask for the same SVG; whichever comes first has it made, the other waits for that. Other
 * languages' drawings are not kept: the files never ask for them, and all of them would hold ~100 MB.
 */
const englishDrawings = new WeakMap<Country, Map<string, Promise<Drawing>>>();

type ChartTask = "deathsByYear" | "forecastRanks" | "categoryTimeline";

/** The chart's drawing, from another thread, kept for the chart files when it is English. */
function drawn<K extends ChartTask>(country: Country, chart: string, lang: string, task: K, ...args: Parameters<OffThreadTasks[K]>): Required<Pick<CountryChart, "drawing">> {
  const make = () => offThread(task, ...args) as Promise<Drawing>;
  if (lang !== "en") return { drawing: make };
  return {
    drawing: () => {
      let drawings = englishDrawings.get(country);
      if (!drawings) englishDrawings.set(country, (drawings = new Map()));
      return drawings.get(chart) ?? drawings.set(chart, make()).get(chart)!;
    },
  };
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
      ...(peak ? drawn(country, "deaths", i18n.lang, "deathsByYear", observed, options) : {}),
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
      ...drawn(country, "ranks", i18n.lang, "forecastRanks", forecast, options),
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
      ...(periods.length > 0 ? drawn(country, "categories", i18n.lang, "categoryTimeline", judgements, options) : {}),
    };
  }
  return charts;
}
