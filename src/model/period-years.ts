/**
 * A layer's periods grouped by calendar year, for the map's period links. Listing every period on
 * every view made each judgement view carry links to all the layer's dated copies: views × periods,
 * which grew with the square of the dated copies (issue 12) and was a wall of links on a phone.
 * Grouped, a view links to each year and to the periods of its own year.
 */
export interface PeriodYear {
  year: string;
  /** The year's period ids, in the order given (the layers list newest first). */
  periods: string[];
}

/** Period ids start with their year: an edition or calendar year ("2025") or a date ("2021-09-01"). */
export const yearOfPeriod = (periodId: string): string => periodId.slice(0, 4);

export function periodsByYear(periodIds: readonly string[]): PeriodYear[] {
  const years = new Map<string, string[]>();
  for (const id of periodIds) {
    const year = yearOfPeriod(id);
    if (!/^\d{4}$/.test(year)) throw new Error(`map periods: "${id}" does not start with a year`);
    const periods = years.get(year);
    if (periods) periods.push(id);
    else years.set(year, [id]);
  }
  return [...years].map(([year, periods]) => ({ year, periods }));
}

const grouped = new WeakMap<readonly { id: string }[], PeriodYear[]>();

/**
 * A layer's periods by year, grouped once per layer: every view of the layer asks, and grouping on
 * each would bring back a views × periods term (the one the grouping removes from the page).
 */
export function layerPeriodsByYear(periods: readonly { id: string }[]): PeriodYear[] {
  let years = grouped.get(periods);
  if (!years) grouped.set(periods, (years = periodsByYear(periods.map((p) => p.id))));
  return years;
}

/** Whether some year has more than one period: only then are the links grouped by year. */
export const hasSeveralPeriodsInAYear = (years: readonly PeriodYear[]): boolean => years.some((y) => y.periods.length > 1);
