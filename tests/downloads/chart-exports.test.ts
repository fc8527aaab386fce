import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvParse } from "d3";
import sharp from "sharp";
import { describe, expect, onTestFinished, test } from "vitest";
import { chartExports, chartExportSvg, chartFileKinds, chartFilePath } from "../../src/downloads/chart-exports.ts";
import { renderChartPng } from "../../src/downloads/chart-png.ts";
import { embedSnippet } from "../../src/downloads/embed.ts";
import { publishedFiles } from "../../src/downloads/published-files.ts";
import { useI18n } from "../../src/i18n/index.ts";
import { getModel } from "../../src/model/model.ts";
import { KEEP_PER_FOLDER } from "../../src/lib/cache-folder.ts";

const model = getModel();
const i18n = useI18n();
const charts = chartExports(model, i18n);
const byId = new Map(charts.map((c) => [c.id, c]));

describe("the list of charts", () => {
  test("ids are unique and name every map view, and each country's charts", () => {
    expect(byId.size).toBe(charts.length);
    for (const view of model.maps) expect(byId.has(`map-${view.layerId}-${view.period.id}`)).toBe(true);
    expect([...byId.keys()].filter((id) => id.startsWith("countries-sdn-"))).toEqual(["countries-sdn-deaths", "countries-sdn-ranks", "countries-sdn-categories"]);
    for (const id of byId.keys()) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  test("files only where every source allows redistribution (never the Early Warning Project's rows)", () => {
    for (const chart of charts) {
      const allowed = chart.sourceIds.every((id) => model.sources.find((s) => s.id === id)?.redistribution === "allowed");
      expect(chart.files, chart.id).toBe(allowed);
      if (!allowed) expect(chartFileKinds(chart), chart.id).toEqual([]);
    }
    expect(byId.get("countries-sdn-ranks")!.files).toBe(false);
    expect(byId.get("map-forecast-2025")!.files).toBe(false);
    expect(chartFileKinds(byId.get("map-observed-2024")!)).toEqual(["svg", "png", "csv"]);
  });

  test("a CSV published elsewhere is linked, not copied; every other CSV has its own body", () => {
    const published = new Set(publishedFiles(model, i18n).map((f) => f.path));
    for (const chart of charts.filter((c) => c.csv && c.files)) {
      if (chart.csv!.body) expect(chart.csv!.path).toBe(`downloads/charts/${chart.id}.csv`);
      else expect(published.has(chart.csv!.path), chart.id).toBe(true);
    }
    expect(chartFilePath(byId.get("countries-sdn-deaths")!, "csv")).toBe("downloads/countries/sdn-civilian-deaths.csv");
  });

  test("a map view's CSV has its rows in the view's order, with values, bin, edition and attribution", () => {
    const view = model.maps.find((v) => v.layerId === "observed" && v.period.id === "2024")!;
    const rows = csvParse(byId.get("map-observed-2024")!.csv!.body!());
    expect(rows.map((r) => r.iso3)).toEqual(view.rows.map((r) => r.iso3));
    const sdn = view.rows.find((r) => r.iso3 === "SDN")!;
    const value = sdn.value.kind === "observed-count" ? sdn.value : undefined;
    expect(rows.find((r) => r.iso3 === "SDN")).toMatchObject({ year: "2024", deaths_best: String(value!.best), deaths_low: String(value!.low), bin: sdn.bin.id, edition: model.site.edition.id });
    expect(rows.columns.slice(-3)).toEqual(["producer", "citation", "licence"]);
  });
});

describe("files", () => {
  test("the SVG of a map view carries its outlines, title, legend, source, licence and edition", async () => {
    const chart = byId.get("map-judgement-latest")!;
    const svg = await chartExportSvg(model, chart, i18n, "");
    expect(svg).not.toMatch(/<use\b/);
    expect(svg).not.toContain("mask:url"); // librsvg is very slow with masks: patterns instead
    for (const text of [chart.title, model.site.edition.id, "No data"]) expect(svg).toContain(text);
    expect(svg).toContain(model.sources.find((s) => s.id === chart.sourceIds[0])!.licence.name);
  });

  test("the PNG is the SVG at twice its size, and a second render comes from the cache", async () => {
    const svg = await chartExportSvg(model, byId.get("countries-sdn-deaths")!, i18n, "");
    const dir = mkdtempSync(join(tmpdir(), "chart-png-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const png = await renderChartPng(svg, "countries-sdn-deaths", dir);
    const meta = await sharp(png).metadata();
    const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]);
    expect([meta.format, meta.width]).toEqual(["png", width * 2]);
    expect(readdirSync(join(dir, "countries-sdn-deaths"))).toHaveLength(1);
    expect((await renderChartPng(svg, "countries-sdn-deaths", dir)).equals(png)).toBe(true);
    // A changed chart draws anew; the chart's folder keeps its three latest drawings (KEEP_PER_FOLDER).
    for (const title of ["A", "B", "C"]) await renderChartPng(svg.replace("</svg>", `<title>${title}</title></svg>`), "countries-sdn-deaths", dir);
    expect(readdirSync(join(dir, "countries-sdn-deaths"))).toHaveLength(KEEP_PER_FOLDER);
  });

  test("the embed snippet points at the absolute embed page and escapes the title", async () => {
    const snippet = await embedSnippet(model, { ...byId.get("countries-sdn-deaths")!, title: `"><script>` });
    expect(snippet).toContain(`src="${model.site.address.url}embed/countries-sdn-deaths/"`);
    expect(snippet).toContain(`title="&quot;>&lt;script>"`);
  });
});
