/**
 * Map pages, country profiles and trends in Chromium, checked against values computed here from
 * the raw CSVs (bins restated from their definitions, not imported from the site's code).
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";
import countries from "i18n-iso-countries";
import world from "world-atlas/countries-110m.json" with { type: "json" };
import { readRawCsv } from "../helpers/raw-data.ts";

const ucdp = readRawCsv("ucdp-organized-violence-cy/one-sided-violence-country-year.csv");
const ewp = readRawCsv("ewp-statistical-risk-assessment/ewp-risk-forecasts.csv").filter((r) => r.run_type === "published");
const gcr2p = readRawCsv("gcr2p-r2p-monitor/r2p-monitor-categories.csv");
const { open } = useSite();
/** Countries the 110m atlas draws, by alpha-3 (its ids are ISO numeric codes). */
const atlas = new Set(
  (world as { objects: { countries: { geometries: { id?: string }[] } } }).objects.countries.geometries.flatMap((g) =>
    g.id ? [countries.numericToAlpha3(g.id) ?? ""] : [],
  ),
);

/** The bin a value must fall in, restated from the legend's definitions. */
const deathBin = (n: number) => (n === 0 ? "d0" : n < 100 ? "d1" : n < 1000 ? "d2" : n < 10000 ? "d3" : "d4");
const rankBin = (n: number) => (n <= 10 ? "r1" : n <= 30 ? "r2" : n <= 60 ? "r3" : "r4");

async function pathClasses(page: Page): Promise<Map<string, string>> {
  // Each country is a <use> of the shared geometry file whose fragment is its ISO code (in lower case).
  const entries = await page.locator(".map-svg use.c").evaluateAll((shapes) =>
    shapes.map((s) => [s.getAttribute("href")!.split("#")[1]!.toUpperCase(), s.getAttribute("class")!] as [string, string]),
  );
  return new Map(entries);
}

describe("map pages", () => {
  test("observed 2024: a path for every mapped country with data, each in the bin of its value", async () => {
    const page = await open("map/observed/2024/", false);
    const classes = await pathClasses(page);
    const rows = ucdp.filter((r) => r.year === "2024" && atlas.has(r.iso3));
    expect(rows.length).toBeGreaterThan(150);
    for (const row of rows) expect(classes.get(row.iso3), row.iso3).toBe(`c bin-${deathBin(Number(row.deaths_best))}`);
    // Palestine has no UCDP row: it is drawn as no data, not as zero.
    expect(atlas.has("PSE")).toBe(true);
    expect(classes.get("PSE")).toBe("c no-data");
    await page.context().close();
  });

  test("observed 2024: the ranked list holds the countries with deaths recorded, a sentence the ones with none; the tooltip says 0", async () => {
    const page = await open("map/observed/2024/");
    const rows = ucdp.filter((r) => r.year === "2024");
    // None recorded: best and high estimates both 0. A best of 0 with a higher high (Angola, 0–14) is ranked.
    const none = rows.filter((r) => r.deaths_best === "0" && r.deaths_high === "0");
    const killed = rows.filter((r) => !none.includes(r)).sort((a, b) => Number(b.deaths_best) - Number(a.deaths_best));
    expect(killed.find((r) => r.iso3 === "AGO")?.deaths_high).toBe("14");
    expect(killed.length).toBeGreaterThan(40);
    expect(none.length).toBeGreaterThan(100);
    const listed = await page.locator('table[data-table="map-ranked"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ iso3: /\/countries\/([a-z]{3})\/$/.exec(tr.querySelector("th a")!.getAttribute("href")!)![1]!.toUpperCase(), best: Number(tr.querySelectorAll("td")[1]!.textContent!.split(" ")[0]!.replace(/,/g, "")) })),
    );
    expect(listed.map((r) => r.best)).toEqual(killed.map((r) => Number(r.deaths_best)));
    expect(listed.map((r) => r.iso3).sort()).toEqual(killed.map((r) => r.iso3).sort());
    expect(await page.locator("#map-ranked-heading").innerText()).toBe(`Ranked list (${killed.length} countries)`);
    // The sentence names every country with none (as its shape on the map is named), alphabetically.
    const sentence = await page.locator(".map-none").innerText();
    expect(sentence.startsWith(`No civilian killings in one-sided violence recorded in 2024 (${none.length} countries): `)).toBe(true);
    const names = new Map(await page.locator(".map-svg a[aria-label]").evaluateAll((links) => links.map((a) => [/\/countries\/([a-z]{3})\/$/.exec(a.getAttribute("href")!)![1]!.toUpperCase(), a.getAttribute("aria-label")!] as [string, string])));
    // (A few, such as the Holy See, are too small for the atlas: their names are checked by count only.)
    const expected = none.flatMap((r) => names.get(r.iso3) ?? []).sort((a, b) => a.localeCompare(b, "en"));
    expect(expected.length).toBeGreaterThan(100);
    // Where each name stands as a whole item of the list ("Guinea" not inside "Equatorial Guinea").
    const item = (name: string) => new RegExp(`(?<=: |, | and )${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=, | and |\\.$)`).exec(sentence)?.index ?? -1;
    const at = expected.map(item);
    expect(at.every((i) => i > 0), expected.filter((_, i) => at[i]! < 0).join()).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // A country with none has no row: the tooltip gives the legend's word for its colour.
    const quiet = none.find((r) => r.iso3 === "AUS")!;
    expect(quiet).toBeDefined();
    await page.locator('.map-svg a[href$="/countries/aus/"]').focus();
    await expect.poll(() => page.locator(".map-tooltip").innerText()).toBe("Australia\n0");
    await page.context().close();
  });

  test("forecast 2025: bins follow each country's rank; the takeaway names the top three from the data", async () => {
    const page = await open("map/forecast/2025/", false);
    const classes = await pathClasses(page);
    const rows = ewp.filter((r) => r.edition === "2025");
    for (const row of rows.filter((r) => atlas.has(r.iso3))) expect(classes.get(row.iso3), row.iso3).toBe(`c bin-${rankBin(Number(row.rank))}`);
    const top = [...rows].sort((a, b) => Number(a.rank) - Number(b.rank)).slice(0, 3).map((r) => r.country_name);
    const takeaway = await page.locator("[data-takeaway]").innerText();
    expect(takeaway).toContain(`${top[0]} (${(Number(rows.find((r) => r.rank === "1")!.risk) * 100).toFixed(1)}%)`);
    expect(takeaway).toContain(`${top[1]} and ${top[2]}`);
    expect(await page.locator("[data-no-download]").count()).toBe(1);
    await page.context().close();
  });

  test("judgement copies show only their own date's rows", async () => {
    const date = "2024-02-29";
    const page = await open(`map/judgement/${date}/`, false);
    const expected = gcr2p.filter((r) => r.edition_date === date && r.iso3).map((r) => r.iso3).sort();
    const listed = await page.locator('table[data-table="map-ranked"] tbody th a').evaluateAll((links) => links.map((a) => /\/countries\/([a-z]{3})\/$/.exec(a.getAttribute("href")!)![1]!.toUpperCase()));
    expect(listed.sort()).toEqual(expected);
    const classes = await pathClasses(page);
    for (const row of gcr2p.filter((r) => r.edition_date === date && atlas.has(r.iso3))) {
      expect(classes.get(row.iso3), row.iso3).toBe(`c bin-${row.category}`);
    }
    // A country with a category on another date only is drawn as no data here, not carried forward.
    const elsewhere = gcr2p.find((r) => r.iso3 && !expected.includes(r.iso3) && classes.has(r.iso3))!;
    expect(classes.get(elsewhere.iso3)).toBe("c no-data");
    await page.context().close();
  });

  test("switching layer and year updates the map and the URL without a reload", async () => {
    const page = await open("map/");
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.click('#map-view nav a[href$="/map/observed/2024/"]');
    await expect.poll(() => page.locator("#map-view").getAttribute("data-layer"), { timeout: 15_000 }).toBe("observed");
    expect(new URL(page.url()).pathname).toMatch(/\/map\/observed\/2024\/$/);
    await page.click('nav.periods a[href$="/map/observed/1994/"]');
    await expect.poll(() => page.locator("#map-view").getAttribute("data-period"), { timeout: 15_000 }).toBe("1994");
    expect(new URL(page.url()).pathname).toMatch(/\/map\/observed\/1994\/$/);
    expect((await pathClasses(page)).get("RWA")).toBe("c bin-d4");
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.goBack();
    await expect.poll(() => page.locator("#map-view").getAttribute("data-period"), { timeout: 15_000 }).toBe("2024");
    await page.context().close();
  });

  test("keyboard alone reaches a country on the map and opens its profile", async () => {
    const page = await open("map/");
    // The controls come first (issue 8): start from the last period link, then the skip link, then the map.
    await page.locator("nav.periods a").last().focus();
    let label: string | null = null;
    for (let i = 0; i < 10 && !label; i++) {
      await page.keyboard.press("Tab");
      label = await page.evaluate(() => (document.activeElement?.closest("svg") ? document.activeElement.getAttribute("aria-label") : null));
    }
    const href = await page.evaluate(() => (document.activeElement as SVGAElement).getAttribute("href"));
    // The link is named by the country; the tooltip adds its value from the ranked list's row (the
    // default view is the latest forecast edition: a probability), or the legend's "No data".
    const iso3 = /\/countries\/([a-z]{3})\/$/.exec(href!)![1]!.toUpperCase();
    const row = ewp.filter((r) => r.iso3 === iso3).sort((a, b) => Number(b.edition) - Number(a.edition))[0];
    const latest = Math.max(...ewp.map((r) => Number(r.edition)));
    const expected = row && Number(row.edition) === latest ? `${(Number(row.risk) * 100).toFixed(1)}%` : "No data";
    await expect.poll(() => page.locator(".map-tooltip").innerText()).toBe(`${label}\n${expected}`);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator("h1").innerText()).toContain(label);
    await page.context().close();
  });
});

describe("country profiles", () => {
  test.each(["SDN", "MMR", "SYR"])("%s shows the latest value and year of each layer", async (iso3) => {
    const page = await open(`countries/${iso3.toLowerCase()}/`, false);
    const obs = ucdp.filter((r) => r.iso3 === iso3).sort((a, b) => Number(b.year) - Number(a.year))[0];
    const observed = page.locator('.evidence-card article[data-layer="observed"]');
    expect(await observed.locator("[data-value]").innerText()).toContain(Number(obs.deaths_best).toLocaleString("en-GB"));
    expect(await observed.innerText()).toContain(obs.year);
    const fc = ewp.filter((r) => r.iso3 === iso3).sort((a, b) => Number(b.edition) - Number(a.edition))[0];
    const forecast = await page.locator('.evidence-card article[data-layer="forecast"]').innerText();
    expect(forecast).toContain(`rank ${fc.rank} of ${fc.n_countries}`);
    expect(forecast).toContain(fc.edition);
    const jd = gcr2p.filter((r) => r.iso3 === iso3).sort((a, b) => b.edition_date.localeCompare(a.edition_date))[0];
    const judgement = await page.locator('.evidence-card article[data-layer="judgement"]').innerText();
    expect(judgement.toLowerCase()).toContain(jd.category.replace("-", " "));
    // The deaths table has one row per UCDP year.
    expect(await page.locator('table[data-table="deaths"] tbody tr').count()).toBe(ucdp.filter((r) => r.iso3 === iso3).length);
    await page.context().close();
  });

  test("the countries index sorts by civilians killed and filters by region, in the URL", async () => {
    const page = await open("countries/");
    await page.click('th[data-sort-key="observed"] button');
    const first = await page.locator("#country-index tbody tr:visible").first().getAttribute("data-iso3");
    const latest = ucdp.filter((r) => r.year === "2024").sort((a, b) => Number(b.deaths_best) - Number(a.deaths_best))[0];
    expect(first).toBe(latest.iso3);
    expect(new URL(page.url()).searchParams.get("sort")).toBe("observed");
    // Regions are the UN M49 regions, chosen by name and kept in the URL by code.
    await page.selectOption('select[name="region"]', { label: "Africa" });
    const regions = await page.locator("#country-index tbody tr:visible").evaluateAll((rows) => [...new Set(rows.map((r) => (r as HTMLElement).dataset.region))]);
    expect(regions).toEqual(["002"]);
    expect(new URL(page.url()).searchParams.get("region")).toBe("002");
    expect(await page.locator("#country-index tbody tr:visible td:nth-child(2)").first().textContent()).toBe("Africa");
    await page.click('th[data-sort-key="region"] button');
    await page.selectOption('select[name="region"]', "");
    const shown = await page.locator("#country-index tbody tr:visible").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.regionName ?? ""));
    // Sorted by the region's name, not its code ("Americas" 019 sorts before "Asia" 142 and after "Africa" 002, "Oceania" 009 last).
    expect([...new Set(shown.filter(Boolean))]).toEqual(["Africa", "Americas", "Asia", "Europe", "Oceania"]);
    await page.context().close();
  });
});

describe("trends", () => {
  test("world deaths per year equal the sum over countries, and the takeaway states the data", async () => {
    const page = await open("trends/", false);
    for (const year of ["2014", "2024"]) {
      const sum = ucdp.filter((r) => r.year === year).reduce((n, r) => n + Number(r.deaths_best), 0);
      const cell = page.locator(`table[data-series="global-one-sided-deaths"] tr[data-year="${year}"] td`).first();
      expect(await cell.textContent(), year).toBe(sum.toLocaleString("en-GB"));
    }
    const total = (y: string) => ucdp.filter((r) => r.year === y).reduce((n, r) => n + Number(r.deaths_best), 0);
    const change = total("2024") - total("2023");
    expect(await page.locator("#global-deaths [data-takeaway]").innerText()).toBe(
      `2024: ${total("2024").toLocaleString("en-GB")} deaths, ${change >= 0 ? "up" : "down"} ${Math.abs(change).toLocaleString("en-GB")} on 2023.`,
    );
    await page.context().close();
  });
});
