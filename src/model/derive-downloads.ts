/**
 * The tracker's downloadable tables. Columns are declared once, with their meaning, so the CSV, the
 * JSON and the column documentation on /data/ cannot drift apart.
 */
import type { Recommendation } from "./derive-recommendations.ts";

export interface Column<Row> {
  name: string;
  description: string;
  value: (row: Row) => string | number | boolean | null;
}

/** Joins a list into one CSV cell; URLs never contain spaces, titles never contain " | ". */
export const LIST_SEPARATOR = " | ";

interface RecommendationContext {
  rec: Recommendation;
  edition: string;
  editionDate: string;
  pageUrl: string;
  statusLabel: string;
}

export const RECOMMENDATION_COLUMNS: Column<RecommendationContext>[] = [
  { name: "number", description: "The report's number, 1–27.", value: (r) => r.rec.number },
  { name: "title", description: "The report's own wording of the recommendation.", value: (r) => r.rec.title },
  { name: "phase", description: "first-100-days or longer-term.", value: (r) => r.rec.phase },
  { name: "group", description: "Id of the report's group heading.", value: (r) => r.rec.group },
  { name: "group_title", description: "The report's group heading.", value: (r) => r.rec.groupTitle },
  { name: "actors", description: `Responsible actors, separated by "${LIST_SEPARATOR}".`, value: (r) => r.rec.actors.join(LIST_SEPARATOR) },
  { name: "summary", description: "The project's own summary.", value: (r) => r.rec.summary },
  { name: "status", description: "Current status id (latest dated assessment); unknown when none.", value: (r) => r.rec.current.status },
  { name: "status_label", description: "Current status as shown on the site.", value: (r) => r.statusLabel },
  { name: "status_as_of", description: "Date of the assessment the status comes from (for unknown: the newest evidence reviewed); empty when there is none.", value: (r) => r.rec.current.asOf ?? null },
  { name: "status_as_of_precision", description: "day, month or year: a month or year date is written as the first day of the period.", value: (r) => r.rec.current.precision ?? null },
  { name: "confidence", description: "high, medium or low; empty when there is no assessment.", value: (r) => r.rec.current.confidence ?? null },
  { name: "evidence_count", description: "Number of distinct sources across the history.", value: (r) => r.rec.evidenceCount },
  { name: "page_url", description: "Permanent address of the recommendation's page.", value: (r) => r.pageUrl },
  { name: "edition", description: "Data edition the row belongs to.", value: (r) => r.edition },
  { name: "edition_date", description: "Publication date of that edition (YYYY-MM-DD).", value: (r) => r.editionDate },
];

interface HistoryContext {
  rec: Recommendation;
  entry: Recommendation["history"][number];
  edition: string;
  editionDate: string;
}

export const HISTORY_COLUMNS: Column<HistoryContext>[] = [
  { name: "number", description: "Recommendation number.", value: (r) => r.rec.number },
  { name: "date", description: "Date of the event or assessment (YYYY-MM-DD).", value: (r) => r.entry.date },
  { name: "date_precision", description: "day, month or year: month and year dates are the first day of the period.", value: (r) => r.entry.date_precision },
  { name: "what", description: "What happened, in the project's words.", value: (r) => r.entry.what },
  { name: "action", description: "true if the editors judge the event a step towards the recommendation, false if it shows it was not taken, empty if not judged.", value: (r) => r.entry.action ?? null },
  { name: "status", description: "Status set by this entry; empty for an event that is not an assessment.", value: (r) => r.entry.status ?? null },
  { name: "confidence", description: "Confidence of that status.", value: (r) => r.entry.confidence ?? null },
  { name: "rationale", description: "Why the editors chose that status.", value: (r) => r.entry.rationale ?? null },
  { name: "source_titles", description: `Titles of the sources, separated by "${LIST_SEPARATOR}".`, value: (r) => r.entry.sources.map((s) => s.title).join(LIST_SEPARATOR) },
  { name: "source_urls", description: `Addresses of the sources, in the same order, separated by "${LIST_SEPARATOR}".`, value: (r) => r.entry.sources.map((s) => s.url).join(LIST_SEPARATOR) },
  { name: "edition", description: "Data edition the row belongs to.", value: (r) => r.edition },
  { name: "edition_date", description: "Publication date of that edition (YYYY-MM-DD).", value: (r) => r.editionDate },
];

export type TableRecord = Record<string, string | number | boolean | null>;

function tabulate<Row>(columns: Column<Row>[], rows: Row[]): TableRecord[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, c.value(row)])));
}

export function deriveRecommendationTable(
  recommendations: readonly Recommendation[],
  options: { edition: string; editionDate: string; siteUrl: string; statusLabels: Map<string, string> },
): TableRecord[] {
  return tabulate(
    RECOMMENDATION_COLUMNS,
    recommendations.map((rec) => ({
      rec,
      edition: options.edition,
      editionDate: options.editionDate,
      pageUrl: new URL(`recommendations/${rec.number}/`, options.siteUrl).href,
      statusLabel: options.statusLabels.get(rec.current.status) ?? rec.current.status,
    })),
  );
}

/** One row per history entry, oldest first within each recommendation. */
export function deriveHistoryTable(recommendations: readonly Recommendation[], edition: string, editionDate: string): TableRecord[] {
  return tabulate(
    HISTORY_COLUMNS,
    recommendations.flatMap((rec) => [...rec.history].reverse().map((entry) => ({ rec, entry, edition, editionDate }))),
  );
}

/** Who made a table's figures, how to cite them and under what licence: three columns on every CSV row. */
export interface Attribution {
  producer: string;
  citation: string;
  licence: string;
}

export const ATTRIBUTION_COLUMNS: Column<Attribution>[] = [
  { name: "producer", description: "Who produced the figures in the row (the dataset's producer, or this site's publisher for the tracker).", value: (a) => a.producer },
  { name: "citation", description: "How to cite them; several works are separated by \" ; \".", value: (a) => a.citation },
  { name: "licence", description: "The licence they are offered under, with its address.", value: (a) => a.licence },
];

/** Appends the attribution columns to every row, so a CSV carries its provenance wherever it goes. */
export function withAttribution<Row extends object>(rows: readonly Row[], attribution: Attribution): (Row & Attribution)[] {
  const extra: Attribution = { producer: attribution.producer, citation: attribution.citation, licence: attribution.licence };
  return rows.map((row) => ({ ...row, ...extra }));
}

/** Attribution of an imported dataset, from its source.yaml. */
export function deriveSourceAttribution(source: { producer: string; citation: string; licence: { name: string; url?: string } }): Attribution {
  return {
    producer: source.producer,
    citation: source.citation.split(/\n+/).map((s) => s.replace(/\s+/g, " ").trim()).join(" ; "),
    licence: source.licence.url ? `${source.licence.name} (${source.licence.url})` : source.licence.name,
  };
}

/** Attribution of the project's own tables (the tracker), from site.yaml. */
export function deriveSiteAttribution(site: { title: string; publisher: { name: string }; edition: { id: string; date: string }; licence: { name: string; url?: string } }, siteUrl: string): Attribution {
  return {
    producer: site.publisher.name,
    citation: `${site.publisher.name}, ${site.title}, edition ${site.edition.id} (${site.edition.date}), ${siteUrl}`,
    licence: site.licence.url ? `${site.licence.name} (${site.licence.url})` : site.licence.name,
  };
}
