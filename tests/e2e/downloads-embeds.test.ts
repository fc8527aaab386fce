/**
 * Chart downloads and embeds (issue 9, items 4 and 5) on the built site: for Sudan, the tracker
 * (recommendation 12 has no chart of its own) and /map/observed/2024/, each SVG, PNG and CSV link
 * leads to a file that carries title, source, licence and edition, and the CSV holds what the page's
 * data table shows; an embed page requests nothing from elsewhere, and only /embed/ may be framed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3";
import type { Page, Route } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite, watchRequests } from "../helpers/browser.ts";
import { parsePage, query, text, type Document, type Element } from "../helpers/page-dom.ts";
import { readRawYaml } from "../helpers/raw-data.ts";
import { DIST } from "../helpers/site-pages.ts";

const { open, baseUrl, browser } = useSite();
const site = readRawYaml<{ title: string; edition: { id: string }; licence: { name: string } }>("site.yaml");
const ucdp = readRawYaml<{ version: string; producer: string }>("sources/ucdp-organized-violence-cy/source.yaml");

/** The download links under one figure, by kind. */
async function downloads(page: Page, chart: string): Promise<Record<string, string>> {
  const links = page.locator(`[data-chart-share="${chart}"] a[data-download]`);
  const out: Record<string, string> = {};
  for (const link of await links.all()) out[(await link.getAttribute("data-download"))!] = new URL((await link.getAttribute("href"))!, baseUrl).href;
  return out;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return response.text();
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
async function pngSize(url: string): Promise<{ width: number; height: number }> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The SVG file is framed: its title, the source line, the licence and the edition are inside it. */
async function checkImages(files: Record<string, string>, title: string, producer: string) {
  expect(Object.keys(files).sort()).toEqual(["csv", "png", "svg"]);
  const svg = await fetchText(files.svg);
  expect(svg.startsWith("<?xml")).toBe(true);
  const text = svg.replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  expect(text).toContain(`<title id="export-title">${title}</title>`);
  expect(text).toContain(producer);
  expect(text).toContain(`edition ${site.edition.id}`);
  expect(text).toContain(site.licence.name);
  expect(svg).not.toMatch(/<use\b/); // outlines inlined: the file needs nothing else
  const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]);
  const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)![1]);
  expect(await pngSize(files.png)).toEqual({ width: width * 2, height: height * 2 });
}

const digits = (text: string) => Number(text.replace(/[^\d]/g, ""));

/** A served page, parsed once per file (several embeds share /trends/ and Sudan's page). */
const servedPages = new Map<string, Promise<Document>>();
function served(path: string): Promise<Document> {
  if (!servedPages.has(path)) servedPages.set(path, fetchText(new URL(path, baseUrl).href).then(parsePage));
  return servedPages.get(path)!;
}

describe("downloads of a chart and a map view", () => {
  test("Sudan: the deaths chart's SVG, PNG and CSV; the CSV equals the data table; no files for the EWP ranks", async () => {
    const page = await open("countries/sdn/", false);
    const title = (await page.locator("#country-deaths h2").textContent())!;
    const files = await downloads(page, "countries-sdn-deaths");
    await checkImages(files, title, ucdp.producer);
    const csv = csvParse(await fetchText(files.csv));
    const table = await page.locator('table[data-table="deaths"] tbody tr').evaluateAll((rows) =>
      rows.map((r) => [r.querySelector("th")!.textContent!, ...[...r.querySelectorAll("td")].map((td) => td.textContent!)]));
    expect(table.length).toBeGreaterThan(30);
    expect(csv.map((r) => [r.year, r.deaths_best, r.deaths_low, r.deaths_high].map(Number)).reverse()).toEqual(table.map((cells) => cells.map(digits)));
    expect(new Set(csv.map((r) => r.edition))).toEqual(new Set([site.edition.id]));

    // The Early Warning Project states no licence: the ranks chart says so and offers no file.
    expect(await downloads(page, "countries-sdn-ranks")).toEqual({});
    expect(await page.locator('[data-chart-share="countries-sdn-ranks"] [data-no-download]').count()).toBe(1);
    expect((await fetch(new URL("downloads/charts/countries-sdn-ranks.svg", baseUrl))).status).toBe(404);
    await page.context().close();
  });

  test("/map/observed/2024/: SVG, PNG and CSV; the CSV lists the table's countries in order with their deaths", async () => {
    const page = await open("map/observed/2024/", false);
    const title = (await page.locator(".map-figure h2").textContent())!;
    const files = await downloads(page, "map-observed-2024");
    await checkImages(files, title, ucdp.producer);
    const csv = csvParse(await fetchText(files.csv));
    // The ranked list: rank, country (its profile link names the code), value, year.
    const table = await page.locator('table[data-table="map-ranked"] tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({ iso3: /\/countries\/([a-z]{3})\/$/.exec(r.querySelector("th a")!.getAttribute("href")!)![1]!.toUpperCase(), value: (r as HTMLTableRowElement).cells[2]!.textContent! })));
    // Each drawn country's colour class, by the code its shape is drawn from.
    const drawn = new Map(await page.locator(".map-svg use[href*='#']").evaluateAll((uses) => uses.map((u) => [u.getAttribute("href")!.split("#")[1]!.toUpperCase(), u.getAttribute("class")!] as [string, string])));
    // The list ranks the countries with deaths recorded (a best estimate of 0 with a higher high
    // estimate among them), in the CSV's order; the CSV has every country, the sentence the rest.
    expect(table.length).toBeGreaterThan(40);
    const recorded = (r: Record<string, string>) => r.deaths_best !== "0" || r.deaths_high !== "0";
    const ranked = csv.filter(recorded);
    expect(ranked.map((r) => r.iso3)).toEqual(table.map((r) => r.iso3));
    const none = await page.locator(".map-none").innerText();
    expect(none).toContain(`(${csv.length - table.length} countries)`);
    const colouredRows = csv.filter((r) => drawn.has(r.iso3));
    expect(colouredRows.length).toBeGreaterThan(50);
    for (const r of colouredRows) expect(drawn.get(r.iso3), r.iso3).toBe(`c bin-${r.bin}`);
    for (const r of csv) expect(r.year).toBe("2024");
    ranked.forEach((r, i) => {
      // The table's value starts with the best estimate ("2,316 (range …)").
      expect(digits(table[i]!.value.split(/\s/)[0]!), r.iso3).toBe(Number(r.deaths_best));
    });
    // The forecast layer's views offer no file, and say why.
    const forecast = await open("map/forecast/2025/", false);
    expect(await downloads(forecast, "map-forecast-2025")).toEqual({});
    expect(await forecast.locator("[data-no-download]").count()).toBe(1);
    await forecast.context().close();
    await page.context().close();
  });

  test("the tracker's status chart: SVG, PNG and CSV; every month the table shows has the CSV's counts", async () => {
    const page = await open("recommendations/", false);
    const files = await downloads(page, "trends-status-over-time");
    await checkImages(files, (await page.locator("#status-over-time-figure h3").textContent())!, site.title);
    const csv = new Map(csvParse(await fetchText(files.csv)).map((r) => [r.month, r]));
    // The table's cells in one read (a locator call per cell was a browser round trip each).
    const rows = await page.locator('table[data-table="status-over-time"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        month: tr.getAttribute("data-month")!,
        cells: [...tr.querySelectorAll("td[data-status]")].map((td) => [td.getAttribute("data-status")!, td.textContent!] as const),
      })));
    expect(rows.length).toBeGreaterThan(5);
    for (const { month, cells } of rows) {
      expect(cells.length, month).toBeGreaterThan(0);
      for (const [status, count] of cells) expect(Number(csv.get(month)![status]), month).toBe(Number(count));
    }
    await page.context().close();
  });
});

describe("embeds", () => {
  test("each chart offers a selectable <iframe> snippet pointing at its embed page", async () => {
    const page = await open("countries/sdn/", false);
    const snippet = (await page.locator('[data-chart-share="countries-sdn-deaths"] pre[data-embed-code]').textContent())!;
    expect(snippet).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/countries-sdn-deaths\/" title="Civilians killed[^"]*" width="100%" height="\d+"/);
    // The ranks chart has no files but can be embedded: the embed page shows it with its attribution.
    expect(await page.locator('[data-chart-share="countries-sdn-ranks"] pre[data-embed-code]').count()).toBe(1);
    await page.context().close();
  });

  test.each([
    ["countries-sdn-deaths", "countries/sdn/", "#country-deaths"],
    ["countries-sdn-ranks", "countries/sdn/", "#country-ranks"],
    ["countries-sdn-categories", "countries/sdn/", "#country-categories"],
    ["trends-global-deaths", "trends/", "#global-deaths"],
    ["trends-risk-distribution", "trends/", "#risk-distribution"],
    ["trends-judgement-coverage", "trends/", "#judgement-coverage"],
    ["trends-status-over-time", "trends/", "#status-over-time-figure"],
    ["map-observed-2024", "map/observed/2024/", ".map-figure"],
  ])("the embed page of %s shows the title, takeaway and drawing of the figure on %s", async (id, path, selector) => {
    // The embed's texts are computed apart from the page's (src/downloads/chart-exports.ts): they must agree.
    const [embed, page] = await Promise.all([served(`embed/${id}/`), served(path)]);
    const figure = query(selector, page)!;
    const textOf = (el: Element | null) => (el ? text(el).replace(/\s+/g, " ").trim() : undefined);
    expect(textOf(query("h1", embed))).toBe(textOf(query("h2, h3", figure)));
    expect(textOf(query("[data-takeaway]", embed))).toBe(textOf(query("[data-takeaway]", figure)));
    expect(text(query(".chart-svg svg title", embed)!)).toBe(text(query("svg title", figure)!));
    expect(text(query(".chart-svg svg desc", embed)!)).toBe(text(query("svg desc", figure)!));
  });

  test("an embed page: chart, title, source, licence, edition, link back; no site chrome; nothing from elsewhere", async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const loading = watchRequests(page);
    await page.goto(`${baseUrl}embed/map-observed-2024/`);
    await loading.settled();
    expect(requests.filter((u) => new URL(u).origin !== new URL(baseUrl).origin)).toEqual([]);
    expect(await page.locator("h1").textContent()).toContain("2024");
    expect(await page.locator("figure svg").count()).toBe(1);
    expect(await page.locator("[data-source]").textContent()).toContain(`Version ${ucdp.version}`);
    expect(await page.locator("[data-licence]").textContent()).toContain("CC BY 4.0");
    expect(await page.locator(`[data-edition="${site.edition.id}"]`).count()).toBe(1);
    // No site chrome: no header or navigation, and the footer is the chart's own (edition and link back).
    expect(await page.locator("header, nav, .site-footer").count()).toBe(0);
    const back = new URL((await page.locator("a[data-back]").getAttribute("href"))!, page.url());
    expect(back.pathname).toMatch(/\/map\/observed\/2024\/$/);
    expect((await fetch(back)).status).toBe(200);
    // The world's outlines come from the site's own sprite, which loaded.
    expect(requests.some((u) => /\/geo\/world\.[\w-]+\.svg$/.test(u))).toBe(true);
    await context.close();
  });

  test("_headers: another site may frame /embed/ pages and no other page (Chromium enforces it)", async () => {
    const rules = parseHeaders(readFileSync(join(DIST, "_headers"), "utf8"));
    const policyFor = (path: string) => headersFor(rules, path).get("content-security-policy")!;
    expect(policyFor("/countries/sdn/")).toMatch(/frame-ancestors 'none'/);
    expect(policyFor("/embed/countries-sdn-deaths/")).toMatch(/frame-ancestors \*/);

    // A page on another origin frames an embed and a country page; the site's responses get the
    // headers _headers gives them (the preview server does not read that file).
    const context = await browser().newContext();
    const site = new URL(baseUrl);
    await context.route("http://embedder.test/", (route) =>
      route.fulfill({ contentType: "text/html", body: `<iframe id="a" src="${baseUrl}embed/countries-sdn-deaths/"></iframe><iframe id="b" src="${baseUrl}countries/sdn/"></iframe>` }));
    await context.route(`${site.origin}/**`, async (route: Route) => {
      const response = await route.fetch();
      const path = new URL(route.request().url()).pathname;
      await route.fulfill({ response, headers: { ...response.headers(), ...Object.fromEntries(headersFor(rules, path)) } });
    });
    const page = await context.newPage();
    await page.goto("http://embedder.test/");
    const embed = page.frameLocator("#a");
    await expect.poll(() => embed.locator("h1").textContent(), { timeout: 60_000 }).toContain("Sudan");
    // Chromium replaces a frame it refuses with its error page; the country page never renders there.
    const frameUrl = async (id: string) => (await (await page.locator(`iframe#${id}`).elementHandle())!.contentFrame())!.url();
    await expect.poll(() => frameUrl("b"), { timeout: 60_000 }).toBe("chrome-error://chromewebdata/");
    expect(await frameUrl("a")).toBe(`${baseUrl}embed/countries-sdn-deaths/`);
    expect(await page.frameLocator("#b").getByText("Sudan").count()).toBe(0);
    await context.close();
  });
});

type HeaderRule = { pattern: string; lines: string[] };

/** `_headers` (Netlify/Cloudflare syntax): a path pattern, then indented `Name: value` or `! Name` lines. */
function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), lines: [] });
    else rules.at(-1)!.lines.push(line.trim());
  }
  return rules;
}

/** Headers for a path: every matching rule in order; `! Name` drops what earlier rules set. */
function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const { pattern, lines } of rules) {
    const matches = pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (!matches) continue;
    for (const line of lines) {
      if (line.startsWith("!")) headers.delete(line.slice(1).trim().toLowerCase());
      else {
        const at = line.indexOf(":");
        headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
      }
    }
  }
  return headers;
}
