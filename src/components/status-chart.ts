/**
 * Everything the status-over-time chart shows — scale, takeaway, SVG, table rows — computed once
 * for both the page component and the SVG/CSV downloads.
 */
import { labelScale } from "./format-scale.ts";
import { renderStatusOverTime } from "../charts/status-over-time.ts";
import type { I18n } from "../i18n/index.ts";
import { NOT_YET_ASSESSED } from "../model/derive-tracker.ts";
import type { Model } from "../model/model.ts";
import { deriveSiteAttribution, withAttribution } from "../model/derive-downloads.ts";

/** Shared with the data stylesheet (src/pages/styles/data.css.ts), which paints the legend swatch. */
export const NOT_YET_ASSESSED_COLOUR = "#F4F4F4";

export function buildStatusChart(model: Model, i18n: I18n, id = "status-over-time") {
  const { t, formatDate, formatList, formatNumber, locale, lang } = i18n;
  const scale = [...labelScale("status", model.statuses.statuses, i18n), { id: NOT_YET_ASSESSED, label: t("statusChart.notYetAssessed"), colour: NOT_YET_ASSESSED_COLOUR }];
  const last = model.statusSeries.at(-1)!;
  const count = (status: string) => last.counts[status] ?? 0;
  const monthLabel = (month: string) => formatDate(`${month}-01`, "month");
  // Every status with a count, in the scale's order, so the sentence always adds up to the total.
  const breakdown = scale.filter((s) => count(s.id) > 0).map((s) => t("statusChart.breakdownItem", { count: formatNumber(count(s.id)), status: s.label.toLocaleLowerCase(lang) }));
  const takeaway = t("statusChart.takeaway", { date: formatDate(last.asOf), total: model.recommendations.length, breakdown: formatList(breakdown) });
  const options = { id, title: t("statusChart.title"), description: `${takeaway} ${t("statusChart.description")}`, yLabel: t("statusChart.axis"), locale };
  const svg = renderStatusOverTime({ months: model.statusSeries, statuses: scale }, options);
  const svgNarrow = renderStatusOverTime({ months: model.statusSeries, statuses: scale }, { ...options, id: `${id}-narrow`, narrow: true });
  /** One row per month: month, the date its counts hold at, then a column per status id. */
  const rows = withAttribution(
    model.statusSeries.map((m) => ({ month: m.month, as_of: m.asOf, ...Object.fromEntries(scale.map((s) => [s.id, m.counts[s.id] ?? 0])) })),
    deriveSiteAttribution(model.site, model.site.address.url),
  );
  return { scale, takeaway, svg, svgNarrow, monthLabel, rows };
}
