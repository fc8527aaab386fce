/** The recommendation tracker in Chromium, against values computed from the data files. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";
import { pdfPageCount, printFit, restoreScreen } from "../helpers/print-fit.ts";
import { rawStatusOn, readRawRecommendations, readRawYaml } from "../helpers/raw-data.ts";
import { parsePage, queryAll, text, type Document } from "../helpers/page-dom.ts";
import { DIST } from "../helpers/site-pages.ts";

const raw = readRawRecommendations();
const statusScale = readRawYaml<{ statuses: { id: string; label: string }[] }>("statuses.yaml").statuses;
const current = (n: number) => rawStatusOn(raw[n - 1], "9999-12-31") ?? "unknown";
const { open, baseUrl } = useSite();

const built = (path: string): Document => parsePage(readFileSync(join(DIST, path, "index.html"), "utf8"));

const visibleNumbers = (page: Page) =>
  page.locator("#tracker tr.rec:visible").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.number)));

describe("tracker page", () => {
  test("the progress summary shows the counts computed from data/", async () => {
    const page = await open("recommendations/");
    for (const status of statusScale) {
      const expected = raw.filter((r) => current(r.number) === status.id).length;
      const cell = page.locator(`.status-summary tr[data-status="${status.id}"] td.num`).first();
      expect(await cell.innerText(), status.id).toBe(String(expected));
    }
    await page.context().close();
  });

  test("with JavaScript off all 27 rows are listed under their groups, and no filter is shown", async () => {
    const page = await open("recommendations/", false);
    expect(await visibleNumbers(page)).toEqual(raw.map((r) => r.number));
    expect(await page.locator("#tracker-filters").isVisible()).toBe(false);
    expect(await page.locator("#tracker tr.group-heading").count()).toBe(6);
    await page.context().close();
  });

  test("filters narrow the list to the expected rows and the URL reflects them", async () => {
    const page = await open("recommendations/");
    await page.selectOption('select[name="status"]', "not-implemented");
    await page.selectOption('select[name="phase"]', "longer-term");
    const expected = raw.filter((r) => r.phase === "longer-term" && current(r.number) === "not-implemented").map((r) => r.number);
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleNumbers(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe("?status=not-implemented&phase=longer-term");
    expect(await page.locator("#tracker-filters .count").innerText()).toBe(`Showing ${expected.length} of 27 recommendations.`);

    await page.selectOption('select[name="status"]', "");
    await page.selectOption('select[name="phase"]', "");
    await page.selectOption('select[name="actor"]', "OSAPG");
    const byActor = raw.filter((r) => r.actors.includes("OSAPG")).map((r) => r.number);
    expect(await visibleNumbers(page)).toEqual(byActor);
    expect(new URL(page.url()).searchParams.get("actor")).toBe("OSAPG");
    await page.context().close();
  });

  test("loading a filtered URL restores the view, including the sort", async () => {
    const page = await open("recommendations/?group=early-response&sort=status");
    expect(await page.locator('select[name="group"]').inputValue()).toBe("early-response");
    const order = statusScale.map((s) => s.id);
    const expected = raw
      .filter((r) => r.group === "early-response")
      .sort((a, b) => order.indexOf(current(a.number)) - order.indexOf(current(b.number)) || a.number - b.number)
      .map((r) => r.number);
    expect(await visibleNumbers(page)).toEqual(expected);
    expect(await page.locator("#tracker tbody[data-group]:visible").count()).toBe(0);
    await page.click('button[type="reset"]');
    await expect.poll(() => visibleNumbers(page)).toEqual(raw.map((r) => r.number));
    expect(new URL(page.url()).search).toBe("");
    await page.context().close();
  });

  test("the status-over-time table matches a hand count for December 2019", () => {
    // Static markup: read from the built page (tests/helpers/page-dom.ts), not loaded in Chromium.
    const page = built("recommendations/");
    for (const status of [...statusScale.map((s) => s.id), "not-yet-assessed"]) {
      const expected = raw.filter((r) => (rawStatusOn(r, "2019-12-31") ?? "not-yet-assessed") === status).length;
      const cells = queryAll(`table[data-table="status-over-time"] tr[data-month="2019-12"] td[data-status="${status}"]`, page);
      expect(cells.map((cell) => text(cell)), status).toEqual([String(expected)]);
    }
  });
});

describe("recommendation pages", () => {
  test("an unknown status shows Unknown and the newest evidence reviewed, never an assessment date", async () => {
    const rec = raw.find((r) => current(r.number) === "unknown")!;
    const assessed = rec.history.filter((e) => e.status).at(-1)!;
    const page = await open(`recommendations/${rec.number}/`, false);
    const status = page.locator("[data-current-status]");
    expect(await status.getAttribute("data-current-status")).toBe("unknown");
    expect(await status.locator(".badge").innerText()).toBe("Unknown");
    const asOf = await status.locator(".as-of").innerText();
    expect(asOf).toMatch(/^latest evidence reviewed: /);
    expect(asOf).not.toMatch(/as of/);
    expect(await page.locator(`.timeline li[data-date="${assessed.date}"]`).count()).toBe(1);
    await page.context().close();
  });

  test("a year-only date is shown as the year, not as 1 January", async () => {
    const rec = raw.find((r) => r.history.filter((e) => e.status).at(-1)?.date_precision === "year")!;
    const page = await open(`recommendations/${rec.number}/`, false);
    const asOf = await page.locator("[data-current-status] .as-of").innerText();
    const year = rec.history.filter((e) => e.status).at(-1)!.date.slice(0, 4);
    expect(asOf).toMatch(new RegExp(`(as of|reviewed:) ${year}$`));
    await page.context().close();
  });

  test("the history lists every entry newest first, each with its sources as links", () => {
    const rec = raw[26];
    const page = built(`recommendations/${rec.number}/`);
    const dates = queryAll(".timeline > li", page).map((li) => li.attribs["data-date"]);
    expect(dates).toEqual(rec.history.map((e) => e.date).reverse());
    // Resolved as the browser resolves a link's href against the page's address.
    const address = `${baseUrl}recommendations/${rec.number}/`;
    const links = queryAll(".timeline a", page).map((a) => new URL(a.attribs.href!, address).href);
    expect(new Set(links)).toEqual(new Set(rec.history.flatMap((e) => e.sources.map((s) => new URL(s.url).href))));
  });
});

test("every recommendation page prints on one A4 page", async () => {
  const page = await open("recommendations/");
  // Each page laid out for print and measured (tests/helpers/print-fit.ts); the longest printed for real.
  const overflowing: number[] = [];
  let tightest = { number: 0, share: 0 };
  // The print medium and the A4 viewport stay set from one page to the next.
  for (const rec of raw) {
    const response = await page.goto(`${baseUrl}recommendations/${rec.number}/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").innerText()).toContain(rec.title.slice(0, 30));
    const { fits, box, bodyHeight } = await printFit(page, "A4");
    if (!fits) overflowing.push(rec.number);
    if (bodyHeight / box.height > tightest.share) tightest = { number: rec.number, share: bodyHeight / box.height };
  }
  expect(overflowing).toEqual([]);
  await restoreScreen(page);
  await page.goto(`${baseUrl}recommendations/${tightest.number}/`);
  expect(pdfPageCount(await page.pdf({ format: "A4" })), `recommendation ${tightest.number}`).toBe(1);
  await page.context().close();
});

describe("downloads", () => {
  test("recommendations.csv round-trips to the data: number, title, status and its date", () => {
    const rows = csvParse(readFileSync(join(DIST, "downloads/recommendations.csv"), "utf8"));
    expect(rows).toHaveLength(27);
    for (const rec of raw) {
      const row = rows[rec.number - 1];
      const assessed = rec.history.filter((e) => e.status).at(-1);
      expect(row).toMatchObject({ number: String(rec.number), title: rec.title, phase: rec.phase, group: rec.group, actors: rec.actors.join(" | ") });
      expect(row.status).toBe(assessed?.status ?? "unknown");
      expect(row.status_as_of).toBe(assessed?.date ?? "");
    }
  });

  test("recommendation-history.csv has one row per history entry with its sources", () => {
    const rows = csvParse(readFileSync(join(DIST, "downloads/recommendation-history.csv"), "utf8"));
    const expected = raw.flatMap((r) => r.history.map((e) => ({ number: String(r.number), date: e.date, what: e.what, status: e.status ?? "", source_urls: e.sources.map((s) => s.url).join(" | ") })));
    expect(rows.map((r) => ({ number: r.number, date: r.date, what: r.what, status: r.status, source_urls: r.source_urls }))).toEqual(expected);
  });

  test("the JSON downloads carry the same rows as the CSV", () => {
    const json = JSON.parse(readFileSync(join(DIST, "downloads/recommendations.json"), "utf8"));
    const csv = csvParse(readFileSync(join(DIST, "downloads/recommendations.csv"), "utf8"));
    expect(json.recommendations.map((r: { number: number; status: string }) => `${r.number}:${r.status}`)).toEqual(csv.map((r) => `${r.number}:${r.status}`));
    expect(json.edition.id).toBe(readRawYaml<{ edition: { id: string } }>("site.yaml").edition.id);
  });
});
