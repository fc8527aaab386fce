/**
 * Every chart and map view the site draws, as something that can leave the page: a stable id
 * (`/embed/<id>/`, `/downloads/charts/<id>.svg|png|csv`), the page and anchor it lives at, its texts,
 * and its SVG for the page, the embed and the file. One list for the download endpoints, the embed
 * pages and the links under each figure, so a link never points at a file that is not built.
 *
 * Files honour each source's `redistribution`: a chart of rows the producer has not licensed for
 * redistribution (the Early Warning Project's forecasts) offers no file; the reason is shown instead.
 */
import { composeExportSvg, type ExportLegendItem } from "../charts/export-svg.ts";
import { ageingHatch } from "../charts/hatch.ts";
import { splitSvgStyles } from "../charts/svg-styles.ts";
import { getWorldGeometry, getWorldSprite } from "../charts/world-geometry.ts";
import { inlineWorldGeometry, renderWorldMap, type MapCountry } from "../charts/world-map.ts";
import { formatBinLabel, formatMapTakeaway, labelBins, formatMapTitle, formatRowValueLong } from "../components/format-layer.ts";
import { formatLayerSource } from "../components/format-chart-text.ts";
import { countryCharts, type CountryChart } from "../components/country-chart-texts.ts";
import { judgementCoverageChart, riskDistributionChart, worldDeathsChart, type TrendChart } from "../components/trend-chart-texts.ts";
import { buildStatusChart } from "../components/status-chart.ts";
import { useI18n, type I18n } from "../i18n/index.ts";
import { countrySlug, withBase } from "../lib/links.ts";
import { CATEGORY_BINS, NO_DATA_BIN } from "../model/bins.ts";
import { formatCsv, type Cell } from "../model/csv-cells.ts";
import type { LayerId } from "../model/derive-layers.ts";
import type { MapView } from "../model/derive-map.ts";
import { deriveSourceAttribution, withAttribution } from "../model/derive-downloads.ts";
import { getModel, type Model } from "../model/model.ts";

export type ChartFileKind = "svg" | "png" | "csv";

export interface ChartExport {
  /** Stable id: the embed page and the file names, e.g. "countries-sdn-deaths", "map-observed-2024". */
  id: string;
  /** The page that shows the chart, without the base path, e.g. "/countries/sdn/". */
  page: string;
  /** The figure's element id on that page, if the page holds more than this chart. */
  anchor?: string;
  title: string;
  takeaway: string;
  unit: string;
  /** Source line as printed under the figure (names the edition). */
  source: string;
  /** Licences of the data and of the chart. */
  licence: string;
  legend: ExportLegendItem[];
  /** Datasets (data/sources/) behind the chart. */
  sourceIds: string[];
  /** False when a source does not allow redistribution: then no file is offered, only the page and embed. */
  files: boolean;
  /**
   * The chart as drawn on a page (wide and phone variants), or undefined when there is nothing to
   * draw. A country chart's comes from the build's pool of threads (src/build/off-thread-tasks.ts).
   */
  svg?: () => ChartDrawing | Promise<ChartDrawing>;
  /** The CSV of the chart's rows: its path relative to the base and, for files not published elsewhere, its body. */
  csv?: { path: string; body?: () => string };
}

export interface ChartDrawing {
  wide: string;
  narrow?: string;
}

const MAP_ID = "world-map";
const AGE_COLOUR = "#b30000";

/** File path (relative to the base) of one download of a chart. */
export function chartFilePath(chart: Pick<ChartExport, "id" | "csv">, kind: ChartFileKind): string {
  if (kind === "csv" && chart.csv) return chart.csv.path;
  return `downloads/charts/${chart.id}.${kind}`;
}

/** The kinds of file a chart offers: none when redistribution is not allowed. */
export function chartFileKinds(chart: ChartExport): ChartFileKind[] {
  if (!chart.files) return [];
  return [...(chart.svg ? (["svg", "png"] as const) : []), ...(chart.csv ? (["csv"] as const) : [])];
}

/** Absolute address of the chart on its page (stable: the page path plus the figure's id). */
export function chartPageUrl(model: Model, chart: Pick<ChartExport, "page" | "anchor">): string {
  return new URL(`${chart.page.replace(/^\//, "")}${chart.anchor ? `#${chart.anchor}` : ""}`, model.site.address.url).href;
}

/**
 * The standalone file: the wide chart framed with title, takeaway, legend, source, licence, edition
 * and address; `chartCss` is src/styles/charts.css (the rules pages get from the stylesheet).
 */
export async function chartExportSvg(model: Model, chart: ChartExport, i18n: I18n, chartCss: string): Promise<string> {
  if (!chart.svg) throw new Error(`chart ${chart.id} has no drawing`);
  const { site } = model;
  const drawing = chart.id.startsWith("map-") ? mapExportDrawing(model, chart.id) : (await chart.svg()).wide;
  return composeExportSvg(drawing, {
    title: chart.title,
    takeaway: chart.takeaway,
    unit: chart.unit,
    legend: chart.legend,
    footer: [chart.source, chart.licence, i18n.t("export.edition", { site: site.title, edition: site.edition.id, date: i18n.formatDate(site.edition.date), url: chartPageUrl(model, chart) })],
  }, chartCss);
}

const sourceOf = (model: Model, id: string | undefined) => model.sources.find((s) => s.id === id);

function licenceLine(model: Model, sourceIds: string[], { t }: I18n): string {
  const data = sourceIds.map((id) => sourceOf(model, id)).filter((s) => s !== undefined).map((s) => `${s.producer}: ${s.licence.name}${s.licence.url ? ` (${s.licence.url})` : ""}`);
  return t("export.licence", { data: data.length > 0 ? data.join("; ") : model.site.licence.name, publisher: model.site.publisher.name, licence: `${model.site.licence.name} (${model.site.licence.url})` });
}

const layerAllows = (model: Model, layerId: LayerId) => sourceOf(model, model.layers[layerId]?.sourceId)?.redistribution === "allowed";
const colourItems = (bins: { label: string; colour: string }[]): ExportLegendItem[] => bins.map((b) => ({ label: b.label, swatch: { colour: b.colour } }));

/** Each map view's rows as CSV: what its data table lists, in the same order, raw values plus the bin. */
function mapCsv(model: Model, view: MapView): string {
  const { id: edition, date: edition_date } = model.site.edition;
  const source = sourceOf(model, model.layers[view.layerId]!.sourceId)!;
  const rows: Record<string, Cell>[] = view.rows.map((r) => {
    const v = r.value;
    const value: Record<string, Cell> =
      v.kind === "observed-count" ? { year: v.year, deaths_best: v.best, deaths_low: v.low, deaths_high: v.high }
        : v.kind === "expert-judgement" ? { date: v.date, category: v.category, age_band: r.age?.band.id ?? "", r2p_monitor_issue: v.edition, source_url: v.sourceUrl }
          : { edition_year: v.edition, window: v.window, risk: v.risk, rank: v.rank, of: v.of };
    return { iso3: r.iso3, country: r.name, ...value, bin: r.bin.id, period: view.period.id, edition, edition_date };
  });
  return formatCsv(withAttribution(rows, deriveSourceAttribution(source)));
}

/**
 * The map as drawn in a file: every outline inlined, no links (a file has no site around it). Ageing
 * judgements are striped by a luminance mask on the page; librsvg (the PNG) takes minutes over a
 * full-size mask per country, so the file paints the same stripes as a pattern per category instead.
 */
function mapExportDrawing(model: Model, id: string): string {
  const view = model.maps.find((v) => `map-${v.layerId}-${v.period.id}` === id)!;
  const svg = inlineWorldGeometry(renderMapSvg(model, view, useI18n(), false), getWorldGeometry());
  const maskRule = `.${MAP_ID} .age-aging{mask:url(#${MAP_ID}-aging)}`;
  if (!svg.includes(maskRule)) return svg;
  const bins = model.layers[view.layerId]!.bins;
  const patterns = bins.map((b) => ageingHatch(`${MAP_ID}-aging-${b.id}`, b.colour, "#fff", 0.6)).join("");
  const rules = bins.map((b) => `.${MAP_ID} .bin-${b.id}.age-aging{fill:url(#${MAP_ID}-aging-${b.id})}`).join("");
  return svg.replace(maskRule, rules).replace("<defs>", `<defs>${patterns}`);
}

/** The world map of a view as MapFigure draws it (with profile links) or without links. */
export function renderMapSvg(model: Model, view: MapView, i18n: I18n, links: boolean): string {
  const { t } = i18n;
  const layer = model.layers[view.layerId]!;
  const drawn = new Map<string, MapCountry>();
  const href = (iso3: string) => (links ? withBase(`/countries/${countrySlug(iso3)}/`) : undefined);
  for (const country of model.countries) drawn.set(country.iso3, { bin: undefined, label: t("layer.noValue", { name: country.name }), href: href(country.iso3) });
  for (const row of view.rows) drawn.set(row.iso3, { bin: row.bin.id, label: t("common.labelled", { label: i18n.countryName(row.iso3), value: formatRowValueLong(row, i18n) }), href: href(row.iso3), age: row.age?.band.id });
  const takeaway = formatMapTakeaway(view, i18n);
  return renderWorldMap({ id: MAP_ID, title: formatMapTitle(view, i18n), description: `${takeaway} ${t("common.sentenceEnd", { text: t(`layer.${view.layerId}.unit`, { count: view.rows.length }) })}`, geometry: getWorldGeometry(), geometryHref: withBase(`/geo/${getWorldSprite().fileName}`), bins: layer.bins, countries: drawn });
}

function mapExports(model: Model, i18n: I18n): ChartExport[] {
  const { t, formatDate } = i18n;
  return model.maps.map((view) => {
    const layer = model.layers[view.layerId]!;
    const source = sourceOf(model, layer.sourceId)!;
    const id = `map-${view.layerId}-${view.period.id}`;
    const ages = view.ageCounts ?? [];
    const legend: ExportLegendItem[] = [
      ...view.binCounts.map(({ bin, count }) => ({ label: `${formatBinLabel(bin, i18n)} (${i18n.formatNumber(count)})`, swatch: { colour: bin.colour } })),
      { label: formatBinLabel(NO_DATA_BIN, i18n), swatch: { pattern: "no-data" }, pageClass: "no-data" },
      // Drawn in the darkest category's colour, as the page's age legend (base.css .swatch.age-*).
      ...ages.map(({ band, count }): ExportLegendItem => ({
        label: `${t(`map.age.${band.id}`)} (${i18n.formatNumber(count)})`,
        swatch: band.id === "recent" ? { colour: AGE_COLOUR } : { pattern: band.id === "aging" ? "stripes" : "outline", colour: AGE_COLOUR },
        pageClass: `age-${band.id}`,
      })),
    ];
    const caveats = [...(ages.length > 0 ? [t("layer.judgement.latestCaveat", { edition: formatDate(model.site.edition.date) })] : []), t(`layer.${view.layerId}.caveat`)];
    return {
      id,
      page: `/map/${view.layerId}/${view.period.id}/`,
      title: formatMapTitle(view, i18n),
      takeaway: formatMapTakeaway(view, i18n),
      unit: t("common.twoSentences", { first: t(`layer.${view.layerId}.unit`, { count: view.rows.length }), second: t("common.sentenceEnd", { text: t(`layer.${view.layerId}.kind`) }) }),
      source: `${t("map.source", { citation: source.citation.replace(/\s+/g, " ").trim(), version: source.version, edition: model.site.edition.id })} ${caveats.join(" ")}`,
      licence: licenceLine(model, [source.id], i18n),
      legend,
      sourceIds: [source.id],
      files: source.redistribution === "allowed",
      svg: () => ({ wide: splitSvgStyles(renderMapSvg(model, view, i18n, false)).markup }),
      csv: { path: `downloads/charts/${id}.csv`, body: () => mapCsv(model, view) },
    } satisfies ChartExport;
  });
}

function countryExports(model: Model, i18n: I18n): ChartExport[] {
  const exports: ChartExport[] = [];
  const observedId = model.layers.observed?.sourceId;
  const forecastId = model.layers.forecast?.sourceId;
  const judgementId = model.layers.judgement?.sourceId;
  for (const country of model.countries) {
    const slug = countrySlug(country.iso3);
    const page = `/countries/${slug}/`;
    // The texts and drawings the profile shows (countryCharts).
    const { deaths, ranks, categories } = countryCharts(model, country, i18n);
    const file = (chart: CountryChart, name: string, sourceId: string, layerId: LayerId) => ({
      id: `countries-${slug}-${name}`, page, anchor: `country-${name}`,
      title: chart.title, takeaway: chart.takeaway, unit: chart.unit, source: chart.source,
      licence: licenceLine(model, [sourceId], i18n), sourceIds: [sourceId], files: layerAllows(model, layerId), svg: chart.drawing,
    });
    if (deaths && observedId) exports.push({ ...file(deaths, "deaths", observedId, "observed"), legend: [], csv: { path: `downloads/countries/${slug}-civilian-deaths.csv` } });
    if (ranks && forecastId) exports.push({ ...file(ranks, "ranks", forecastId, "forecast"), legend: [] });
    if (categories && judgementId) {
      exports.push({ ...file(categories, "categories", judgementId, "judgement"), legend: colourItems(labelBins(CATEGORY_BINS, i18n)), csv: { path: `downloads/countries/${slug}-r2p-categories.csv` } });
    }
  }
  return exports;
}

function trendExports(model: Model, i18n: I18n): ChartExport[] {
  const { t } = i18n;
  const { globalOneSidedDeaths: deaths, trends, site } = model;
  const charts: ChartExport[] = [];
  // Texts and drawings as /trends/ shows them (src/components/trend-chart-texts.ts).
  const file = (chart: TrendChart, id: string, anchor: string, sourceId: string, layerId: LayerId) => ({
    id, page: "/trends/", anchor, title: chart.title, takeaway: chart.takeaway, unit: chart.unit,
    source: `${formatLayerSource(model, layerId, i18n)}${layerId === "observed" ? "" : ` ${t(`layer.${layerId}.caveat`)}`}`,
    licence: licenceLine(model, [sourceId], i18n), sourceIds: [sourceId], files: layerAllows(model, layerId), svg: chart.draw,
  });
  const observedId = model.layers.observed?.sourceId;
  if (observedId && deaths.length > 0) {
    charts.push({ ...file(worldDeathsChart(deaths, trends.deathsChange, i18n), "trends-global-deaths", "global-deaths", observedId, "observed"), legend: [], csv: { path: "downloads/world-one-sided-deaths.csv" } });
  }
  const forecastId = model.layers.forecast?.sourceId;
  if (forecastId && trends.riskDistributions.length > 0) {
    charts.push({ ...file(riskDistributionChart(trends.riskDistributions, i18n), "trends-risk-distribution", "risk-distribution", forecastId, "forecast"), legend: [] });
  }
  const judgementId = model.layers.judgement?.sourceId;
  // Named in the files' language, as the page names them; the CSV keeps the data's own names.
  const coverage = trends.judgementCoverage.map((c) => ({ ...c, name: i18n.countryName(c.iso3) }));
  if (judgementId && coverage.length > 0) {
    const chart = judgementCoverageChart(coverage, site.edition.date, i18n);
    const source = sourceOf(model, judgementId)!;
    charts.push({
      ...file(chart, "trends-judgement-coverage", "judgement-coverage", judgementId, "judgement"),
      legend: colourItems(chart.categories),
      csv: {
        path: "downloads/charts/trends-judgement-coverage.csv",
        body: () => formatCsv(withAttribution(trends.judgementCoverage.flatMap((c) => c.points.map((p) => ({ iso3: c.iso3, country: c.name, date: p.date, category: p.category, edition: site.edition.id, edition_date: site.edition.date }))), deriveSourceAttribution(source))),
      },
    });
  }
  const status = buildStatusChart(model, i18n);
  charts.push({
    id: "trends-status-over-time", page: "/trends/", anchor: "status-over-time-figure",
    title: t("statusChart.title"), takeaway: status.takeaway, unit: t("statusChart.unit"),
    source: `${t("statusChart.source", { title: site.title, edition: site.edition.id })} ${t("statusChart.caveat")}`,
    licence: licenceLine(model, ["recommendation-research"], i18n), legend: colourItems(status.scale), sourceIds: ["recommendation-research"], files: true,
    svg: () => ({ wide: status.svg, narrow: status.svgNarrow }),
    csv: { path: "downloads/status-over-time.csv" },
  });
  return charts;
}

/** Every exportable chart: trends, maps, then countries by name. */
export function chartExports(model: Model, i18n: I18n): ChartExport[] {
  return [...trendExports(model, i18n), ...mapExports(model, i18n), ...countryExports(model, i18n)];
}

let cached: { list: ChartExport[]; byId: Map<string, ChartExport> } | undefined;

/** The build's list (English until the language helpers route a `lang` here), made once. */
export function getChartExports(): ChartExport[] {
  return load().list;
}

/** The chart with this id; throws so a renamed chart cannot silently lose its downloads. */
export function getChartExport(id: string): ChartExport {
  const chart = load().byId.get(id);
  if (!chart) throw new Error(`no chart export "${id}"`);
  return chart;
}

function drawnOnce<T>(draw: () => T): () => T {
  let drawing: T | undefined;
  return () => (drawing ??= draw());
}

function load() {
  if (!cached) {
    // Each drawing is made once per build: the embed snippet under a chart sizes its frame from it on
    // the chart's page in every language, and the embed page and the SVG/PNG files draw it again.
    const list = chartExports(getModel(), useI18n()).map((c) => (c.svg ? { ...c, svg: drawnOnce(c.svg) } : c));
    cached = { list, byId: new Map(list.map((c) => [c.id, c])) };
  }
  return cached;
}
