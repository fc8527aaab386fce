/**
 * Derivations for the tracker beyond current status: the status of all 27 month by month, and
 * whether the first-100-days recommendations show evidence of action by day 100.
 */
import { addDays, endOfMonth, monthsBetween } from "./dates.ts";
import { deriveStatusAt, type Recommendation } from "./derive-recommendations.ts";
import type { HistoryEntry } from "./schemas/recommendation.ts";
import type { TitleTranslation } from "./schemas/title-translations.ts";

/** Not a status of the scale: a month before a recommendation's first dated assessment. */
export const NOT_YET_ASSESSED = "not-yet-assessed";

export interface StatusMonth {
  /** YYYY-MM */
  month: string;
  /** The date the counts hold at: the month's last day, or the edition date for the edition's month. */
  asOf: string;
  /** Status id (or NOT_YET_ASSESSED) → number of recommendations, at the end of the month (or the edition date). */
  counts: Record<string, number>;
}

/**
 * How many recommendations were in each status at the end of each month, from the first month of
 * the term to the edition date (the last month is counted as of the edition date).
 */
export function deriveStatusSeries(recommendations: readonly Recommendation[], from: string, editionDate: string): StatusMonth[] {
  return monthsBetween(from, editionDate).map((month) => {
    const end = endOfMonth(`${month}-01`);
    const asOf = end < editionDate ? end : editionDate;
    const counts: Record<string, number> = {};
    for (const rec of recommendations) {
      const { status, asOf: assessed } = deriveStatusAt(rec.history, asOf);
      const key = assessed === undefined ? NOT_YET_ASSESSED : status;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return { month, asOf, counts };
  });
}

export type DayHundredFinding = "action" | "no-action" | "no-evidence";

export interface DayHundredResult {
  number: number;
  title: string;
  titleTranslations: TitleTranslation;
  finding: DayHundredFinding;
  /** The entries dated on or before day 100 that decide the finding (newest first). */
  evidence: HistoryEntry[];
}

/** Day 100 of the term: the term's first day is day 1. @example deriveDayHundred("2017-01-01") // "2017-04-10" */
export function deriveDayHundred(termStart: string): string {
  return addDays(termStart, 99);
}

/**
 * For each first-100-days recommendation: "action" if an entry dated by day 100 is judged a step
 * towards it, "no-action" if entries by then exist but none is, "no-evidence" if there are none.
 */
export function deriveFirstHundredDays(recommendations: readonly Recommendation[], phase: string, dayHundred: string): DayHundredResult[] {
  return recommendations
    .filter((r) => r.phase === phase)
    .map((r) => {
      const early = r.history.filter((e) => e.date <= dayHundred);
      const actions = early.filter((e) => e.action === true);
      const finding: DayHundredFinding = actions.length > 0 ? "action" : early.length > 0 ? "no-action" : "no-evidence";
      return { number: r.number, title: r.title, titleTranslations: r.titleTranslations, finding, evidence: actions.length > 0 ? actions : early };
    });
}

/** The December of each year plus the last month: the rows of the chart's data table. */
export function selectYearEnds(series: readonly StatusMonth[]): StatusMonth[] {
  return series.filter((m, i) => m.month.endsWith("-12") || i === series.length - 1);
}

export interface LatestEntry {
  number: number;
  title: string;
  titleTranslations: TitleTranslation;
  entry: HistoryEntry;
}

/** The newest history entries across all recommendations (newest first; ties by number). */
export function deriveLatestEntries(recommendations: readonly Recommendation[], count: number): LatestEntry[] {
  return recommendations
    .flatMap((r) => r.history.map((entry) => ({ number: r.number, title: r.title, titleTranslations: r.titleTranslations, entry })))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.number - b.number)
    .slice(0, count);
}
