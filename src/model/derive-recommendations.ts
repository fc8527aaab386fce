/** Pure derivations for the recommendation tracker: current status, counts, groupings. */
import type { HistoryEntry, RecommendationFile } from "./schemas/recommendation.ts";
import type { Report, Statuses } from "./schemas/site.ts";
import type { TitleTranslation, TitleTranslations } from "./schemas/title-translations.ts";

/** The status a recommendation holds as of a date, with the entry that set it. */
export interface CurrentStatus {
  /** Status id, or "unknown" when no entry carries a status yet. */
  status: string;
  /** Date of the assessing entry; undefined when there is none (never invented). */
  asOf: string | undefined;
  /** How precise that date is: a year-only date must not be shown as 1 January. */
  precision: "day" | "month" | "year" | undefined;
  confidence: string | undefined;
  rationale: string | undefined;
}

export interface Recommendation extends Omit<RecommendationFile, "history"> {
  phaseLabel: string;
  groupTitle: string;
  /** The project's own translation of `title` per language (the report is English only). */
  titleTranslations: TitleTranslation;
  current: CurrentStatus;
  /** Newest first, as the detail page shows it. */
  history: HistoryEntry[];
  /** Number of distinct source URLs across the history. */
  evidenceCount: number;
  /** Numbers of the other recommendations in the same group of the report. */
  related: number[];
}

export const UNKNOWN_STATUS = "unknown";

/**
 * Latest entry with a status on or before `date` (all entries when omitted).
 * @example deriveStatusAt(history, "2019-12-31").status // "not-implemented"
 */
export function deriveStatusAt(history: readonly HistoryEntry[], date?: string): CurrentStatus {
  let found: HistoryEntry | undefined;
  for (const entry of history) {
    if (entry.status === undefined || (date !== undefined && entry.date > date)) continue;
    if (!found || entry.date >= found.date) found = entry;
  }
  return found
    ? { status: found.status!, asOf: found.date, precision: found.date_precision, confidence: found.confidence, rationale: found.rationale }
    : { status: UNKNOWN_STATUS, asOf: undefined, precision: undefined, confidence: undefined, rationale: undefined };
}

export function deriveRecommendations(files: readonly RecommendationFile[], report: Report, titles: TitleTranslations): Recommendation[] {
  const phases = new Map(report.phases.map((p) => [p.id, p.label]));
  const groups = new Map(report.groups.map((g) => [g.id, g.title]));
  return [...files]
    .sort((a, b) => a.number - b.number)
    .map(({ history, ...rest }) => ({
      ...rest,
      phaseLabel: phases.get(rest.phase) ?? rest.phase,
      groupTitle: groups.get(rest.group) ?? rest.group,
      titleTranslations: titles[String(rest.number)],
      current: deriveStatusAt(history),
      history: [...history].reverse(),
      evidenceCount: new Set(history.flatMap((e) => e.sources.map((s) => s.url))).size,
      related: files.filter((f) => f.group === rest.group && f.number !== rest.number).map((f) => f.number).sort((a, b) => a - b),
    }));
}

export interface StatusCount {
  id: string;
  label: string;
  colour: string;
  count: number;
}

/** How many recommendations are in each status of the scale, in the scale's order (zeros kept). */
export function deriveStatusCounts(recommendations: readonly Recommendation[], statuses: Statuses): StatusCount[] {
  return statuses.statuses.map((s) => ({
    id: s.id,
    label: s.label,
    colour: s.colour,
    count: recommendations.filter((r) => r.current.status === s.id).length,
  }));
}

export interface PhaseGroups {
  id: string;
  label: string;
  groups: { id: string; title: string; recommendations: Recommendation[] }[];
}

/** The report's own structure: phases, then groups, then recommendations in number order. */
export function deriveTrackerSections(recommendations: readonly Recommendation[], report: Report): PhaseGroups[] {
  return report.phases.map((phase) => ({
    id: phase.id,
    label: phase.label,
    groups: report.groups
      .filter((g) => g.phase === phase.id)
      .map((g) => ({ id: g.id, title: g.title, recommendations: recommendations.filter((r) => r.group === g.id) })),
  }));
}
