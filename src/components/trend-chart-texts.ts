/**
 * The trend charts as the reader meets them: title, takeaway, unit and the drawing (wide and narrow).
 * One function per chart for the pages (WorldDeathsChart, RiskDistributionChart,
 * JudgementCoverageChart) and the chart files (src/downloads/chart-exports.ts), so a downloaded chart
 * says what the page says.
 */
import { renderDeathsByYear } from "../charts/deaths-by-year.ts";
import { renderJudgementCoverage } from "../charts/judgement-coverage.ts";
import { drawnRiskEditions, renderRiskDistribution } from "../charts/risk-distribution.ts";
import type { I18n } from "../i18n/index.ts";
import { CATEGORY_BINS } from "../model/bins.ts";
import type { GlobalDeathsYear } from "../model/derive-countries.ts";
import type { DeathsChange, JudgementCoverage, RiskDistribution } from "../model/derive-trends.ts";
import { formatDeathsTakeaway } from "./format-chart-text.ts";
import { labelBins } from "./format-layer.ts";

export interface TrendChart {
  title: string;
  takeaway: string;
  unit: string;
  draw: () => { wide: string; narrow: string };
}

/** World deaths per year on a log axis; the home page shows it under its own id, title and height. */
export function worldDeathsChart(series: readonly GlobalDeathsYear[], change: DeathsChange | undefined, i18n: I18n, { id = "global-deaths", title = i18n.t("trends.deaths"), height }: { id?: string; title?: string; height?: number } = {}): TrendChart {
  const { t, locale } = i18n;
  const takeaway = formatDeathsTakeaway(change, i18n);
  const options = { id, title, description: takeaway, yLabel: t("common.count"), log: true, height, locale };
  return {
    title,
    takeaway,
    unit: t("common.twoSentences", { first: t("trends.deaths.unit"), second: t("trends.deaths.scale") }),
    draw: () => ({ wide: renderDeathsByYear(series, options), narrow: renderDeathsByYear(series, { ...options, id: `${id}-narrow`, narrow: true }) }),
  };
}

/** How the forecast probabilities spread in each edition (the newest editions only, at larger data). */
export function riskDistributionChart(distributions: readonly RiskDistribution[], i18n: I18n): TrendChart {
  const { t, formatPercent, locale } = i18n;
  const latest = distributions.at(-1);
  const takeaway = latest ? t("trends.risk.takeaway", { edition: latest.edition, median: formatPercent(latest.median, 2), max: formatPercent(latest.max) }) : "";
  const drawn = drawnRiskEditions(distributions).length;
  const unit = drawn < distributions.length ? t("common.twoSentences", { first: t("trends.risk.unit"), second: t("trends.risk.drawn", { shown: drawn, total: distributions.length }) }) : t("trends.risk.unit");
  const options = { id: "risk-distribution", title: t("trends.risk.title"), description: takeaway, yLabel: t("trends.risk.axis"), locale };
  return {
    title: options.title,
    takeaway,
    unit,
    draw: () => ({ wide: renderRiskDistribution(distributions, options), narrow: renderRiskDistribution(distributions, { ...options, id: "risk-distribution-narrow", narrow: true }) }),
  };
}

/** Which countries have a dated R2P Monitor category, and when; `coverage` names countries in the page's language. */
export function judgementCoverageChart(coverage: readonly JudgementCoverage[], to: string, i18n: I18n): TrendChart & { categories: ReturnType<typeof labelBins> } {
  const { t, formatDate, locale } = i18n;
  const firstDate = coverage.flatMap((c) => c.points.map((p) => p.date)).sort()[0] ?? "";
  const newest = coverage[0];
  const takeaway = newest ? t("trends.coverage.takeaway", { count: coverage.length, first: formatDate(firstDate), newest: newest.name, newestDate: formatDate(newest.points.at(-1)!.date) }) : "";
  const categories = labelBins(CATEGORY_BINS, i18n);
  const options = { id: "judgement-coverage", title: t("trends.coverage.title"), description: takeaway, categories, locale, from: firstDate, to };
  return {
    title: options.title,
    takeaway,
    unit: t("trends.coverage.unit"),
    categories,
    draw: () => ({ wide: renderJudgementCoverage(coverage, options), narrow: renderJudgementCoverage(coverage, { ...options, id: "judgement-coverage-narrow", narrow: true }) }),
  };
}
