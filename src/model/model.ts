/**
 * The typed model every page receives: validated data plus pure derivations, built once per build.
 * Pages import getModel() and never read files or compute metrics themselves.
 */
import { createCountryNames, type CountryNames } from "./countries.ts";
import { deriveCountries, deriveGlobalOneSidedDeaths, type Country, type GlobalDeathsYear } from "./derive-countries.ts";
import { deriveForecastLayer, deriveJudgementLayer, deriveObservedLayer, deriveUnmappedRows, type ForecastValue, type JudgementValue, type Layer, type ObservedValue, type UnmappedRow } from "./derive-layers.ts";
import { deriveRecommendations, deriveStatusCounts, deriveTrackerSections, type PhaseGroups, type Recommendation, type StatusCount } from "./derive-recommendations.ts";
import { deriveHistoryTable, deriveRecommendationTable, deriveSiteAttribution, withAttribution, type TableRecord } from "./derive-downloads.ts";
import { deriveMatrix, type MatrixModel } from "./derive-matrix.ts";
import { deriveChanges, type ChangeLog } from "./derive-changes.ts";
import { deriveSignals } from "./derive-signals.ts";
import { deriveDayHundred, deriveFirstHundredDays, deriveLatestEntries, deriveStatusSeries, type DayHundredResult, type LatestEntry, type StatusMonth } from "./derive-tracker.ts";
import { deriveLatestKnownView, deriveMapViews, type MapView } from "./derive-map.ts";
import { deriveDeathsChange, deriveJudgementCoverage, deriveRiskDistributions, deriveTopForecast, type DeathsChange, type JudgementCoverage, type RiskDistribution } from "./derive-trends.ts";
import { resolve } from "node:path";
import { defaultDataDir, loadDataReader } from "./load-data.ts";
import { parseData, type ParsedData } from "./parse-data.ts";
import { DataError } from "./problems.ts";
import type { IndicatorsFile } from "./schemas/indicators.ts";
import type { Report, RiskScale, Site, Statuses } from "./schemas/site.ts";
import type { SourceFile } from "./schemas/source.ts";
import { deriveSiteAddress, type SiteAddress } from "./site-config.ts";

export interface DatasetSummary extends SourceFile {
  /** Rows read per table file, for the data page. */
  rowCounts: { path: string; rows: number | undefined }[];
}

export interface Model {
  site: Site & { address: SiteAddress };
  report: Report;
  statuses: Statuses;
  riskScale: RiskScale;
  indicators: IndicatorsFile;
  recommendations: Recommendation[];
  statusCounts: StatusCount[];
  trackerSections: PhaseGroups[];
  /** Recommendations whose current status is "implemented". */
  implementedCount: number;
  /** … and "partially implemented". */
  partiallyImplementedCount: number;
  /** Status counts at the end of every month from the term's start to the edition date. */
  statusSeries: StatusMonth[];
  /** Day 100 of the Secretary-General's term. */
  dayHundred: string;
  firstHundredDays: DayHundredResult[];
  /** How many of them show evidence of action by day 100. */
  firstHundredDaysWithAction: number;
  /** The newest dated entries across the tracker, for "latest changes". */
  latestEntries: LatestEntry[];
  /** Distinct responsible actors, most frequent first, for the tracker's filter. */
  actors: { name: string; count: number }[];
  /** Rows of recommendations.csv/json and recommendation-history.csv/json. */
  downloads: { recommendations: TableRecord[]; history: TableRecord[] };
  sources: DatasetSummary[];
  /** Every country with data in any layer, by name. */
  countries: Country[];
  /** The map layers that have data, in display order. */
  layers: { forecast?: Layer<ForecastValue>; observed?: Layer<ObservedValue>; judgement?: Layer<JudgementValue> };
  trends: {
    deathsChange: DeathsChange | undefined;
    riskDistributions: RiskDistribution[];
    /** Which countries have a dated GCR2P category when (replaces counts per copy, which only counted rows found). */
    judgementCoverage: JudgementCoverage[];
    /** The newest EWP edition's highest-ranked country, for the home page. */
    topForecast: ReturnType<typeof deriveTopForecast>;
  };
  /** Every layer × period, each its own citable map page. */
  maps: MapView[];
  /** Dataset rows that name no country, listed on /data/. */
  unmappedRows: UnmappedRow[];
  globalOneSidedDeaths: GlobalDeathsYear[];
  /** What changed in this edition, for /changes/ and the feeds. */
  changes: ChangeLog;
  /** The simple matrix (issue 5): per-country indicator × date grids, derived-signal rules, glossary. */
  matrix: MatrixModel;
}

/** Builds the model from parsed data. Pure: the same data gives the same model. */
export function deriveModel(data: ParsedData, env: { SITE_URL?: string; BASE_PATH?: string } = {}): Model {
  const site = data.site.value;
  const recommendations = deriveRecommendations(data.recommendations.map((r) => r.value), data.report.value, data.titleTranslations.value);
  const statusCounts = deriveStatusCounts(recommendations, data.statuses.value);
  const tables = Object.values(data.tables);
  const report = data.report.value;
  const dayHundred = deriveDayHundred(report.term_start);
  const address = deriveSiteAddress(site, env);
  const layers = { forecast: deriveForecastLayer(data.tables), observed: deriveObservedLayer(data.tables), judgement: deriveJudgementLayer(data.tables) };
  const countryNames = deriveCountryNames(data);
  const countries = deriveCountries(layers, countryNames, site.extra_country_codes, site.edition.date);
  const maps = [
    ...[layers.forecast, layers.observed].flatMap((layer) => (layer ? deriveMapViews(layer as Layer, countries) : [])),
    ...(layers.judgement ? [deriveLatestKnownView(layers.judgement, countries, site.edition.date), ...deriveMapViews(layers.judgement as Layer, countries)] : []),
  ];
  const globalOneSidedDeaths = deriveGlobalOneSidedDeaths(data.tables);
  const firstHundredDays = deriveFirstHundredDays(recommendations, "first-100-days", dayHundred);
  return {
    site: { ...site, address },
    report: data.report.value,
    statuses: data.statuses.value,
    riskScale: data.riskScale.value,
    indicators: data.indicators.value,
    recommendations,
    statusCounts,
    trackerSections: deriveTrackerSections(recommendations, data.report.value),
    implementedCount: statusCounts.find((c) => c.id === "implemented")?.count ?? 0,
    partiallyImplementedCount: statusCounts.find((c) => c.id === "partially-implemented")?.count ?? 0,
    statusSeries: deriveStatusSeries(recommendations, report.term_start, site.edition.date),
    dayHundred,
    firstHundredDays,
    firstHundredDaysWithAction: firstHundredDays.filter((r) => r.finding === "action").length,
    actors: deriveActors(recommendations),
    latestEntries: deriveLatestEntries(recommendations, 5),
    downloads: {
      recommendations: withAttribution(deriveRecommendationTable(recommendations, {
        edition: site.edition.id,
        editionDate: site.edition.date,
        siteUrl: address.url,
        statusLabels: new Map(data.statuses.value.statuses.map((s) => [s.id, s.label])),
      }), deriveSiteAttribution(site, address.url)),
      history: withAttribution(deriveHistoryTable(recommendations, site.edition.id, site.edition.date), deriveSiteAttribution(site, address.url)),
    },
    sources: data.sources
      .map(({ value }) => ({
        ...value,
        rowCounts: value.files.map((f) => ({
          path: f.path,
          rows: tables.find((t) => t?.sourceId === value.id && t.file.endsWith(`/${f.path}`))?.rows.length,
        })),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    countries,
    layers,
    maps,
    trends: {
      deathsChange: deriveDeathsChange(globalOneSidedDeaths),
      riskDistributions: deriveRiskDistributions(maps),
      judgementCoverage: deriveJudgementCoverage(countries),
      topForecast: deriveTopForecast(maps),
    },
    unmappedRows: deriveUnmappedRows(data.tables),
    globalOneSidedDeaths,
    changes: deriveChanges({
      edition: site.edition,
      recommendations,
      judgement: layers.judgement,
      layers: [layers.forecast, layers.observed, layers.judgement],
      sources: data.sources.map(({ value }) => value),
    }),
    matrix: deriveMatrix({
      indicators: data.indicators.value,
      riskScale: data.riskScale.value,
      signals: deriveSignals(data.indicators.value, data.tables),
      assessments: data.assessments.map((a) => a.value),
      glossary: data.glossary.value.terms,
      countryNames,
    }),
  };
}

function deriveActors(recommendations: readonly Recommendation[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const actor of recommendations.flatMap((r) => r.actors)) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Country names in every UN language and M49 regions, from data/sources/un-country-names and site.yaml. */
export function deriveCountryNames(data: ParsedData): CountryNames {
  return createCountryNames(data.tables["un-country-names"]?.rows ?? [], data.site.value.extra_country_codes);
}

let cachedData: ParsedData | undefined;
let cached: Model | undefined;

/**
 * Where the build leaves the data it has just validated, for the Astro build in the same process.
 * Astro bundles the pages, and with them a second copy of this module, so a module variable would
 * not reach them; the process-wide global does. Keyed by folder, so it only stands in for that folder.
 */
export const HANDOFF = Symbol.for("atrocity-prevention-monitor.validated-data");
type Handoff = { dataDir: string; data: ParsedData };

/** Called by scripts/build.ts after checkData(): getModel() then derives from this instead of parsing again. */
export function handOverValidatedData(dataDir: string, data: ParsedData): void {
  (globalThis as { [HANDOFF]?: Handoff })[HANDOFF] = { dataDir: resolve(dataDir), data };
}

/**
 * The validated data of this build, from DATA_DIR (default ./data): the data the build validated, or
 * parsed here once when there was no build (tests, `astro dev`). Shared by the model and the view
 * layer's name lookup (src/i18n/country-names.ts). Throws a DataError listing every problem.
 */
export function getParsedData(): ParsedData {
  cachedData ??= validatedData(defaultDataDir());
  return cachedData;
}

function validatedData(dataDir: string): ParsedData {
  const handoff = (globalThis as { [HANDOFF]?: Handoff })[HANDOFF];
  if (handoff && handoff.dataDir === resolve(dataDir)) return handoff.data;
  // The edition date is checked against the clock in scripts/check.ts and the build; the model itself
  // must not depend on today's date (byte-identical output), so it checks against the edition date only.
  const probe = parseData(loadDataReader(dataDir), { today: "9999-12-31" });
  if (!probe.ok) throw new DataError(probe.problems);
  return probe.data;
}

/**
 * The model for this build, from DATA_DIR (default ./data): the data the build validated, or parsed
 * here when there was no build (tests, `astro dev`). Throws a DataError listing every problem when
 * the data is invalid, so a broken file can never publish a partial site.
 */
export function getModel(): Model {
  cached ??= deriveModel(getParsedData(), { SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH });
  return cached;
}
