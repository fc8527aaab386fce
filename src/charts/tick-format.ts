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
