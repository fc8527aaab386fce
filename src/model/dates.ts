/** Calendar arithmetic on YYYY-MM-DD strings, in UTC, with no clock. */

/** @example addDays("2017-01-01", 99) // "2017-04-10" */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Last day of the month of a date. @example endOfMonth("2024-02-10") // "2024-02-29" */
export function endOfMonth(isoDate: string): string {
  const [year, month] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Months from the one containing `from` to the one containing `to`, as YYYY-MM.
 * @example monthsBetween("2016-11-15", "2017-01-02") // ["2016-11", "2016-12", "2017-01"]
 */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number);
  const [endYear, endMonth] = to.split("-").map(Number);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month === 12 ? ((year += 1), (month = 1)) : (month += 1);
  }
  return months;
}
