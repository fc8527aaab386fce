/**
 * Tick labels in the page's language. Plot's default time ticks use d3's English month names
 * ("Jan", "Feb"), so time axes format through Intl with the locale the caller passes instead.
 * Dates are UTC throughout (see render-plot.ts), so a tick never shifts with the build machine's zone.
 */

/** Intl locale of the charts' English pages (UN English: day first), the default when none is given. */
export const DEFAULT_CHART_LOCALE = "en-GB";

/**
 * "2018" for a tick on 1 January, "Mar 2018" (in the locale's words) for any other month start.
 * @example formatTimeTick("fr")(new Date("2018-03-01T00:00:00Z")) // "mars 2018"
 */
export function formatTimeTick(locale: string = DEFAULT_CHART_LOCALE): (date: Date) => string {
  const year = new Intl.DateTimeFormat(locale, { year: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  return (date) => (date.getUTCMonth() === 0 && date.getUTCDate() === 1 ? year : month).format(date);
}

/**
 * Counts in short form, "0", "500", "5k", "35k", "1m" in UN English (en-GB) and "35 k", "1 M" in
 * French, the way Intl writes them (d3's "~s" printed "0k" and SI prefixes in every language).
 * @example formatCompactTick("en-GB")(35000) // "35k"
 */
export function formatCompactTick(locale: string = DEFAULT_CHART_LOCALE): (value: number) => string {
  const compact = new Intl.NumberFormat(locale, { notation: "compact" });
  return (value) => compact.format(value);
}

/**
 * Probabilities on a log axis as percentages with at most two decimals: "0.01%", "10%" ("10 %" in French).
 * @example formatPercentTick("en-GB")(0.001) // "0.1%"
 */
export function formatPercentTick(locale: string = DEFAULT_CHART_LOCALE): (value: number) => string {
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 });
  return (value) => percent.format(value);
}
