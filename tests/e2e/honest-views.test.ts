/**
 * Deaths charts tell the truth (issue 8): on the real values, every drawn year has a low–high range
 * mark spanning its low and high, and the y-axis ends at the largest drawn value rounded up to a
 * nice tick — checked in both drawn sizes (wide and phone) on the home page, /trends/ and Sudan.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse, nice } from "d3";
import { useSite } from "../helpers/browser.ts";
import { parsePage, queryAll, text, type Document } from "../helpers/page-dom.ts";
import { DIST } from "../helpers/site-pages.ts";
import { readRawCsv } from "../helpers/raw-data.ts";

const { browser, baseUrl } = useSite();
const ucdp = readRawCsv("ucdp-organized-violence-cy/one-sided-violence-country-year.csv");

interface Year { year: number; best: number; low: number; high: number }
const sudan: Year[] = ucdp.filter((r) => r.iso3 === "SDN").map((r) => ({ year: Number(r.year), best: Number(r.deaths_best), low: Number(r.deaths_low), high: Number(r.deaths_high) }));
const world: Year[] = [...ucdp.reduce((m, r) => {
  const y = m.get(Number(r.year)) ?? { year: Number(r.year), best: 0, low: 0, high: 0 };
  y.best += Number(r.deaths_best); y.low += Number(r.deaths_low); y.high += Number(r.deaths_high);
  return m.set(y.year, y);
}, new Map<number, Year>()).values()];

/** "35k" → 35000, "1m" → 1000000 (Intl's compact notation in UN English, en-GB). */
const parseSi = (s: string) => Number.parseFloat(s.replace("−", "-")) * ({ k: 1e3, m: 1e6, bn: 1e9 }[s.trim().replace(/^[\d.,−-]+/, "")] ?? 1);

async function readChart(page: Page, selector: string) {
  return page.locator(selector).evaluate((svg) => {
    const ranges = [...svg.querySelectorAll(".deaths-range line")].map((l) => ({ x: Number(l.getAttribute("x1")), y1: Number(l.getAttribute("y1")), y2: Number(l.getAttribute("y2")) }));
    const ticks = [...svg.querySelectorAll(".y-axis text")].map((t) => ({ text: t.textContent ?? "", y: t.getBoundingClientRect().y })).filter((t) => t.text && !t.text.includes("Count"));
    return { ranges, ticks };
  });
}

describe.each([
  { name: "Sudan", path: "countries/sdn/", figure: "#country-deaths", series: sudan, log: false },
  { name: "world (home)", path: "", figure: "#home-deaths", series: world, log: true },
  { name: "world (trends)", path: "trends/", figure: "#global-deaths", series: world, log: true },
])("$name deaths chart", ({ path, figure, series, log }) => {
  test("wide and narrow: a low–high mark per drawn year, y max = nice(largest drawn value)", async () => {
    // Each variant measured at a width where CSS shows it: one load, resized (without JavaScript the
    // width only acts through CSS, so a resized page is laid out as one loaded at that width).
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseUrl + path);
    for (const [variant, width] of [["wide", 1366], ["narrow", 390]] as const) {
      await page.setViewportSize({ width, height: 800 });
      const { ranges, ticks } = await readChart(page, `${figure} .chart-${variant} svg`);
      const drawn = (log ? series.filter((d) => d.best > 0) : series).sort((a, b) => a.year - b.year);
      expect(drawn.length).toBeGreaterThan(20);
      expect(ranges).toHaveLength(drawn.length);
      ranges.sort((a, b) => a.x - b.x).forEach((r, i) => {
        const d = drawn[i];
        // SVG y grows downward: a real span has the high end above the low end.
        if (d.high > Math.max(d.low, log ? 1 : 0)) expect(r.y1 - r.y2, `${d.year}: ${d.low}–${d.high}`).toBeGreaterThan(0);
        else expect(r.y1).toBe(r.y2);
      });
      const max = Math.max(...series.map((d) => d.high));
      const expected = log ? 10 ** Math.ceil(Math.log10(max)) : nice(0, max, 5)[1];
      const top = ticks.reduce((a, b) => (b.y < a.y ? b : a));
      expect(parseSi(top.text)).toBe(expected);
      if (log) expect(ticks.map((t) => t.text)).not.toContain("0");
    }
    await page.context().close();
  });
});

/**
 * Attribution and notes are text and links of the built page, shown the same with or without
 * JavaScript: read from dist/ (htmlparser2, tests/helpers/page-dom.ts), no browser load needed.
 * Text is whitespace-collapsed textContent, so a word may not straddle two elements.
 */
describe("attribution and honest notes (issue 8, item 6)", () => {
  const read = (path: string) => parsePage(readFileSync(join(DIST, `${path}index.html`), "utf8"));
  const textOf = (document: Document, selector: string) => {
    const found = queryAll(selector, document);
    expect(found.length, selector).toBeGreaterThan(0);
    return found.map((element) => text(element).replace(/\s+/g, " ")).join(" ");
  };
  const hrefs = (document: Document) => queryAll("main a[href]", document).map((a) => a.attribs.href ?? "");

  test.each(["", "map/forecast/2025/", "countries/sdn/", "countries/"])("/%s shows EWP values and links to the Early Warning Project", (path) => {
    expect(hrefs(read(path))).toContain("https://earlywarningproject.ushmm.org/");
  });

  test.each(["", "trends/", "countries/sdn/", "map/observed/2024/", "countries/"])("/%s names UCDP and links to its citation and licence on /data/", (path) => {
    const document = read(path);
    expect(hrefs(document).some((h) => h.endsWith("/data/#ucdp-organized-violence-cy"))).toBe(true);
    expect(textOf(document, "main")).toContain("UCDP");
  });

  test("/data/ gives every UCDP citation, Eck & Hultman (2007) for one-sided violence included", () => {
    const citations = textOf(read("data/"), '[data-source="ucdp-organized-violence-cy"]');
    expect(citations).toContain("Eck, Kristine & Lisa Hultman (2007)");
    expect(citations).toContain("Davies, Shawn");
    expect(citations).toContain("Sundberg, Ralph & Erik Melander (2013)");
  });

  test("the Palestine caveat appears where it concerns, not on Sudan's page", () => {
    expect(textOf(read("countries/sdn/"), "main")).not.toContain("Palestine has no row in UCDP");
    expect(textOf(read("countries/isr/"), "main")).toContain("Palestine has no row in UCDP");
  });

  test("'not covered' reasons are true: Palestine is not called small, former states are former states", () => {
    const forecastCard = '.evidence-card article[data-layer="forecast"]';
    expect(textOf(read("countries/pse/"), forecastCard)).not.toContain("500,000");
    for (const code of ["ddr", "csk", "ymd"]) expect(textOf(read(`countries/${code}/`), forecastCard), code).toContain("former state");
  });

  test("Taiwan's 2013 EWP value carries its age; computed ranks say so", () => {
    const card = textOf(read("countries/twn/"), '.evidence-card article[data-layer="forecast"]');
    expect(card).toMatch(/12 years older than the latest edition \(2025\)/);
    expect(card).toContain("computed here from the probabilities EWP published");
    expect(textOf(read("map/forecast/2022/"), "[data-rank-computed]")).toContain("2022 edition");
    expect(queryAll("[data-rank-computed]", read("map/forecast/2025/"))).toHaveLength(0);
  });
});

test("every CSV download carries producer, citation and licence on every row", () => {
  const dist = join(import.meta.dirname, "../../dist/downloads");
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".csv"));
  expect(files.length).toBeGreaterThan(50);
  for (const file of files) {
    const rows = csvParse(readFileSync(join(dist, file), "utf8"));
    expect(rows.columns.slice(-3), file).toEqual(["producer", "citation", "licence"]);
    for (const row of rows) for (const col of ["producer", "citation", "licence"]) expect(row[col], `${file} ${col}`).toBeTruthy();
  }
  const sdn = csvParse(readFileSync(join(dist, "countries/sdn-civilian-deaths.csv"), "utf8"));
  expect(sdn[0].citation).toContain("Eck, Kristine & Lisa Hultman (2007)");
  expect(sdn[0].licence).toContain("CC BY 4.0");
});
