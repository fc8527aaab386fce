/**
 * Every data file the site publishes, with its meaning: the download endpoints emit `body()`, and
 * /data/datapackage.json lists the same entries with checksums of the same bytes, so the package
 * cannot describe a file that differs from the one served.
 */
import { buildStatusChart } from "../components/status-chart.ts";
import { chartExports } from "./chart-exports.ts";
import { useI18n, type I18n } from "../i18n/index.ts";
import { countrySlug } from "../lib/links.ts";
import { formatCsv, type Cell } from "../model/csv-cells.ts";
import { ATTRIBUTION_COLUMNS, HISTORY_COLUMNS, RECOMMENDATION_COLUMNS, deriveSourceAttribution, withAttribution } from "../model/derive-downloads.ts";
import { getModel, type Model } from "../model/model.ts";

export interface PublishedField {
  name: string;
  description: string;
  /** Only where reading the values would mislead: "2026.10" looks like a number but is an id. */
  type?: "string";
}

export interface PublishedFile {
  /** Relative to the site's base, e.g. "downloads/recommendations.csv". */
  path: string;
  format: "csv" | "json";
  title: string;
  description: string;
  /** Columns of a CSV, in order; their types are read from the file itself. */
  fields?: PublishedField[];
  /** Ids of the data/sources/ datasets the rows come from. */
  sourceIds: string[];
  body: () => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every row names its producer, citation and licence, so a file carries its provenance wherever it goes. */
const EDITION_FIELDS: PublishedField[] = [
  { name: "edition", description: "Data edition the row belongs to.", type: "string" },
  { name: "edition_date", description: "Publication date of that edition (YYYY-MM-DD)." },
  ...ATTRIBUTION_COLUMNS.map(({ name, description }) => ({ name, description })),
];

export const WORLD_DEATHS_FIELDS: PublishedField[] = [
  { name: "year", description: "Calendar year." },
  { name: "deaths_best", description: "UCDP best estimate of deaths of civilians in one-sided violence, summed over every country." },
  { name: "deaths_low", description: "Sum of UCDP's low estimates." },
  { name: "deaths_high", description: "Sum of UCDP's high estimates." },
  { name: "countries", description: "Countries with at least one such death (best estimate above zero)." },
  ...EDITION_FIELDS,
];

const COUNTRY_DEATHS_FIELDS: PublishedField[] = [
  { name: "iso3", description: "ISO 3166-1 alpha-3 code." },
  { name: "country", description: "Country name." },
  { name: "year", description: "Calendar year." },
  { name: "deaths_best", description: "UCDP best estimate of deaths of civilians in one-sided violence." },
  { name: "deaths_low", description: "UCDP low estimate." },
  { name: "deaths_high", description: "UCDP high estimate." },
  { name: "source", description: "Id of the dataset on /data/." },
  ...EDITION_FIELDS,
];

const COUNTRY_CATEGORY_FIELDS: PublishedField[] = [
  { name: "iso3", description: "ISO 3166-1 alpha-3 code." },
  { name: "country", description: "Country name." },
  { name: "date", description: "Date of the R2P Monitor issue (YYYY-MM-DD)." },
  { name: "category", description: "GCR2P's category for the country in that issue." },
  { name: "population_note", description: "GCR2P's description of the populations at risk." },
  { name: "edition_title", description: "Title of the R2P Monitor issue." },
  { name: "source_url", description: "Address of that issue." },
  ...EDITION_FIELDS,
];

const ROW_FIELDS: PublishedField[] = [
  { name: "iso3", description: "ISO 3166-1 alpha-3 code." },
  { name: "country", description: "Country name." },
];
const VIEW_FIELDS: PublishedField[] = [
  { name: "bin", description: "The map's colour class for the value (its legend on the map page)." },
  { name: "period", description: "The map view's period: a year, a date (YYYY-MM-DD) or \"latest\".", type: "string" },
  ...EDITION_FIELDS,
];

/** Columns of the CSVs that only a chart or map view publishes (src/downloads/chart-exports.ts), by chart id. */
function chartCsvFields(chartId: string): PublishedField[] {
  if (chartId.startsWith("map-observed-")) {
    return [...ROW_FIELDS, { name: "year", description: "Calendar year." }, { name: "deaths_best", description: "UCDP best estimate of deaths of civilians in one-sided violence." }, { name: "deaths_low", description: "UCDP low estimate." }, { name: "deaths_high", description: "UCDP high estimate." }, ...VIEW_FIELDS];
  }
  if (chartId.startsWith("map-judgement-")) {
    return [...ROW_FIELDS, { name: "date", description: "Date of the R2P Monitor issue (YYYY-MM-DD)." }, { name: "category", description: "GCR2P's category for the country in that issue." }, { name: "age_band", description: "On the latest-known view: recent (≤ 12 months before the edition date), aging (1–3 years) or old." }, { name: "r2p_monitor_issue", description: "Title of the R2P Monitor issue." }, { name: "source_url", description: "Address of that issue." }, ...VIEW_FIELDS];
  }
  return [...ROW_FIELDS, { name: "date", description: "Date of the R2P Monitor issue (YYYY-MM-DD)." }, { name: "category", description: "GCR2P's category for the country in that issue." }, ...EDITION_FIELDS];
}

function allowed(model: Model, sourceId: string | undefined): boolean {
  return model.sources.find((s) => s.id === sourceId)?.redistribution === "allowed";
}

/** In the site's order: tracker, charts, world series, then per-country files by country name. */
export function publishedFiles(model: Model, i18n: I18n): PublishedFile[] {
  const { id: edition, date: edition_date } = model.site.edition;
  const envelope = { edition: model.site.edition, licence: model.site.licence };
  const csv = (rows: readonly Record<string, Cell>[], fields: PublishedField[]) => formatCsv(rows, fields.map((f) => f.name));
  const columnsOf = (columns: { name: string; description: string }[]): PublishedField[] =>
    columns.map(({ name, description }) => (name === "edition" ? { name, description, type: "string" } : { name, description }));
  const observed = model.layers.observed;
  const judgement = model.layers.judgement;
  const attributed = (sourceId: string, rows: Record<string, Cell>[]) => withAttribution(rows, deriveSourceAttribution(model.sources.find((s) => s.id === sourceId)!));
  const files: PublishedFile[] = [
    {
      path: "downloads/recommendations.csv", format: "csv", sourceIds: ["recommendation-research"],
      title: "Recommendations and their current status", description: "One row per recommendation of the 2016 report, with its current status and the date of the assessment it comes from.",
      fields: columnsOf([...RECOMMENDATION_COLUMNS, ...ATTRIBUTION_COLUMNS]),
      body: () => csv(model.downloads.recommendations, columnsOf([...RECOMMENDATION_COLUMNS, ...ATTRIBUTION_COLUMNS])),
    },
    {
      path: "downloads/recommendations.json", format: "json", sourceIds: ["recommendation-research"],
      title: "Recommendations, current status and full histories (JSON)", description: "The rows of recommendations.csv plus every recommendation's dated history with its sources.",
      body: () => json({ ...envelope, recommendations: model.downloads.recommendations, histories: model.recommendations.map((r) => ({ number: r.number, history: [...r.history].reverse() })) }),
    },
    {
      path: "downloads/recommendation-history.csv", format: "csv", sourceIds: ["recommendation-research"],
      title: "Dated history of every recommendation", description: "One row per dated event or assessment, oldest first within each recommendation.",
      fields: columnsOf([...HISTORY_COLUMNS, ...ATTRIBUTION_COLUMNS]),
      body: () => csv(model.downloads.history, columnsOf([...HISTORY_COLUMNS, ...ATTRIBUTION_COLUMNS])),
    },
    {
      path: "downloads/recommendation-history.json", format: "json", sourceIds: ["recommendation-research"],
      title: "Dated history of every recommendation (JSON)", description: "The rows of recommendation-history.csv.",
      body: () => json({ ...envelope, history: model.downloads.history }),
    },
  ];
  const statusRows = buildStatusChart(model, i18n).rows;
  const statusFields: PublishedField[] = [
    ...Object.keys(statusRows[0] ?? {}).filter((name) => !ATTRIBUTION_COLUMNS.some((c) => c.name === name)).map((name) => ({ name, description: name === "month" ? "Month (YYYY-MM)." : name === "as_of" ? "Date the month's counts hold on: its last day, or the edition date for the current month (YYYY-MM-DD)." : `Recommendations with status ${name} at the month's end.` })),
    ...EDITION_FIELDS,
  ];
  files.push({
    path: "downloads/status-over-time.csv", format: "csv", sourceIds: ["recommendation-research"],
    title: "Recommendations per status at the end of each month", description: "Month (YYYY-MM), then one column per status id with the number of recommendations in that status at the month's end.",
    fields: statusFields,
    body: () => csv(statusRows.map((row) => ({ ...row, edition, edition_date })), statusFields),
  });
  if (observed && allowed(model, observed.sourceId)) {
    const rows = attributed(observed.sourceId, model.globalOneSidedDeaths.map((y) => ({ year: y.year, deaths_best: y.best, deaths_low: y.low, deaths_high: y.high, countries: y.countries, edition, edition_date })));
    files.push(
      {
        path: "downloads/world-one-sided-deaths.csv", format: "csv", sourceIds: [observed.sourceId],
        title: "World deaths in one-sided violence against civilians, per year", description: "UCDP's country-year estimates summed over every country, per year.",
        fields: WORLD_DEATHS_FIELDS, body: () => csv(rows, WORLD_DEATHS_FIELDS),
      },
      {
        path: "downloads/world-one-sided-deaths.json", format: "json", sourceIds: [observed.sourceId],
        title: "World deaths in one-sided violence against civilians, per year (JSON)", description: "The rows of world-one-sided-deaths.csv.",
        body: () => json({ ...envelope, source: observed.sourceId, years: rows }),
      },
    );
  }
  for (const country of model.countries) {
    const slug = countrySlug(country.iso3);
    if (observed && allowed(model, observed.sourceId) && country.series.observed.length > 0) {
      files.push({
        path: `downloads/countries/${slug}-civilian-deaths.csv`, format: "csv", sourceIds: [observed.sourceId],
        title: `${country.name}: deaths in one-sided violence per year`, description: `UCDP estimates for ${country.name}, one row per year.`,
        fields: COUNTRY_DEATHS_FIELDS,
        body: () => csv(attributed(observed.sourceId, country.series.observed.map((v) => ({ iso3: country.iso3, country: country.name, year: v.year, deaths_best: v.best, deaths_low: v.low, deaths_high: v.high, source: observed.sourceId, edition, edition_date }))), COUNTRY_DEATHS_FIELDS),
      });
    }
    if (judgement && allowed(model, judgement.sourceId) && country.series.judgement.length > 0) {
      files.push({
        path: `downloads/countries/${slug}-r2p-categories.csv`, format: "csv", sourceIds: [judgement.sourceId],
        title: `${country.name}: R2P Monitor categories`, description: `GCR2P's category for ${country.name} in each R2P Monitor issue the project holds.`,
        fields: COUNTRY_CATEGORY_FIELDS,
        body: () => csv(attributed(judgement.sourceId, country.series.judgement.map((v) => ({ iso3: country.iso3, country: country.name, date: v.date, category: v.category, population_note: v.note, edition_title: v.edition, source_url: v.sourceUrl, edition, edition_date }))), COUNTRY_CATEGORY_FIELDS),
      });
    }
  }
  // The rows behind each map view and the coverage chart, as each figure's CSV download.
  for (const chart of chartExports(model, i18n)) {
    if (!chart.files || !chart.csv?.body) continue;
    files.push({
      path: chart.csv.path, format: "csv", sourceIds: chart.sourceIds,
      title: chart.title, description: `The rows drawn in this chart or map view (${chart.page}), with their edition and attribution.`,
      fields: chartCsvFields(chart.id), body: chart.csv.body,
    });
  }
  return files;
}

/** The file at `path`, for an endpoint; throws so a renamed file cannot silently vanish. */
export function publishedFile(files: PublishedFile[], path: string): PublishedFile {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no published file ${path}`);
  return file;
}

export const MEDIA_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json" } as const;

let cached: PublishedFile[] | undefined;

/** The build's list, made once (the status chart behind one file renders an SVG). */
export function getPublishedFiles(): PublishedFile[] {
  return (cached ??= publishedFiles(getModel(), useI18n()));
}

/** An endpoint's response for the published file at `path`. */
export function servePublishedFile(path: string): Response {
  const file = publishedFile(getPublishedFiles(), path);
  return new Response(file.body(), { headers: { "Content-Type": MEDIA_TYPES[file.format] } });
}
