/**
 * The map page for people and keyboards (issue 8): controls before the map in reading and tab
 * order, a skip link past it, a ranked list that is visible and sortable (aria-sort), countries
 * reached by name with a focus ring drawn on top, and quick switches that never leave a stale map.
 */
import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import { getModel } from "../../src/model/model.ts";
import { useSite } from "../helpers/browser.ts";

const site = useSite();
const model = getModel();
const defaultView = model.maps.find((m) => m.layerId === "forecast" && m.latest) ?? model.maps[0];

/** The country code of the ranked list's first row, from its profile link. */
const firstCode = async (list: Locator) => /\/countries\/([a-z]{3})\/$/.exec((await list.locator("tbody tr th a").first().getAttribute("href"))!)![1]!.toUpperCase();

describe("the map page with a keyboard", () => {
  test("layer and period controls come before the map; the skip link lands on the ranked list", async () => {
    const page = await site.open("map/");
    const order = await page.evaluate(() => {
      const at = (selector: string) => document.querySelector(selector)!;
      const before = (a: string, b: string) => Boolean(at(a).compareDocumentPosition(at(b)) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { layers: before(".map-controls", ".map-svg"), periods: before(".periods", ".map-svg"), skip: before("[data-skip-map]", ".map-svg") };
    });
    expect(order).toEqual({ layers: true, periods: true, skip: true });
    await page.focus("[data-skip-map]");
    expect(await page.locator("[data-skip-map]").isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "map-ranked");
    await page.keyboard.press("Tab");
    // The next stop is in the ranked list, not a country on the map.
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("#map-ranked")))).toBe(true);
    await page.context().close();
  });

  test("the ranked list shows rank, country and value for every value, and sorts with aria-sort", async () => {
    const page = await site.open("map/");
    const list = page.locator('table[data-table="map-ranked"]');
    expect(await list.isVisible()).toBe(true);
    expect(await list.locator("tbody tr").count()).toBe(defaultView.rows.length);
    const first = defaultView.rows[0];
    expect(await firstCode(list)).toBe(first.iso3);
    // One forecast edition: its date is in the title, not in a column of 168 equal cells.
    expect(await list.locator("thead th").allInnerTexts()).toEqual(["Rank", "Country", "Value"].map((x) => expect.stringContaining(x)));
    expect(await list.locator('th[data-sort-key="rank"]').getAttribute("aria-sort")).toBe("ascending");

    // The first click also loads the sort (the island comes on first use): wait for its effect.
    await list.locator('button[data-sort-key="name"]').click();
    await expect.poll(() => list.locator('th[data-sort-key="name"]').getAttribute("aria-sort")).toBe("ascending");
    expect(await list.locator('th[data-sort-key="rank"]').getAttribute("aria-sort")).toBeNull();
    const byName = [...defaultView.rows].sort((a, b) => a.name.localeCompare(b.name));
    expect(await firstCode(list)).toBe(byName[0].iso3);
    await list.locator('button[data-sort-key="name"]').click();
    expect(await list.locator('th[data-sort-key="name"]').getAttribute("aria-sort")).toBe("descending");
    expect(await firstCode(list)).toBe(byName.at(-1)!.iso3);
    // Value: highest first, as built (the rows carry no data attributes; the sort reads the cells).
    await list.locator('button[data-sort-key="value"]').click();
    expect(await list.locator('th[data-sort-key="value"]').getAttribute("aria-sort")).toBe("ascending");
    expect(await firstCode(list)).toBe(first.iso3);
    await list.locator('button[data-sort-key="value"]').click();
    expect(await firstCode(list)).toBe(defaultView.rows.at(-1)!.iso3);
    await page.context().close();
  });

  test("the judgements' ranked list sorts by date, oldest first, from each date's machine-readable form", async () => {
    const view = model.maps.find((m) => m.layerId === "judgement" && m.ageCounts)!;
    const page = await site.open(`map/judgement/${view.period.id}/`);
    const list = page.locator('table[data-table="map-ranked"]');
    const built = view.rows.map((r) => (r.value as { date: string }).date);
    const shown = () => list.locator("tbody tr td time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
    expect(await shown()).toEqual(built);
    // Built by category: sorting by date must move rows.
    expect([...built].sort()).not.toEqual(built);
    await list.locator('button[data-sort-key="date"]').click();
    await expect.poll(() => list.locator('th[data-sort-key="date"]').getAttribute("aria-sort")).toBe("ascending");
    expect(await shown()).toEqual([...built].sort());
    await page.context().close();
  });

  test("countries on the map are reached by name, with a focus ring drawn above their neighbours", async () => {
    const page = await site.open("map/");
    const labels = await page.locator(".map-svg svg a[aria-label]").evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")!));
    expect(labels.length).toBeGreaterThan(100);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en")));
    await page.locator(".map-svg svg a[aria-label]").first().focus();
    // The ring comes with the island, loaded by that first focus.
    await page.waitForFunction(() => document.querySelector(".map-svg svg")!.lastElementChild!.classList.contains("focus-ring"));
    const ring = await page.evaluate(() => {
      const svg = document.querySelector(".map-svg svg")!;
      const last = svg.lastElementChild!;
      const focused = document.activeElement!.querySelector("use")!;
      return { isRing: last.classList.contains("focus-ring"), same: last.getAttribute("href") === focused.getAttribute("href") };
    });
    expect(ring).toEqual({ isRing: true, same: true });
    await page.context().close();
  });

  test("two quick layer switches show the last one asked for", async () => {
    const page = await site.open("map/");
    await page.waitForLoadState("networkidle");
    const ids = ["observed", "judgement"].filter((id) => model.layers[id as "observed" | "judgement"]);
    expect(ids.length).toBe(2);
    // Hold the first response back so that it would arrive last without cancellation.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/map/${ids[0]}/**`, async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    await page.locator(`.map-controls a[href*="/map/${ids[0]}/"]`).click();
    await page.locator(`.map-controls a[href*="/map/${ids[1]}/"]`).click();
    await page.waitForFunction((id) => document.querySelector("#map-view")?.getAttribute("data-layer") === id, ids[1]);
    release();
    await page.waitForLoadState("networkidle");
    expect(await page.locator("#map-view").getAttribute("data-layer")).toBe(ids[1]);
    expect(new URL(page.url()).pathname).toContain(`/map/${ids[1]}/`);
    await page.context().close();
  });
});

describe("the countries index filter box", () => {
  test("typing narrows the list to matching names, kept in the URL; without JavaScript the full list shows", async () => {
    const page = await site.open("countries/");
    const expected = model.countries.filter((c) => c.name.toLowerCase().includes("sudan")).map((c) => c.iso3).sort();
    expect(expected.length).toBeGreaterThanOrEqual(2);
    await page.fill('#country-controls input[name="q"]', "sudan");
    const shown = await page.locator("#country-index tbody tr:not([hidden])").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.iso3!).sort());
    expect(shown).toEqual(expected);
    expect(new URL(page.url()).searchParams.get("q")).toBe("sudan");
    await page.context().close();

    const plain = await site.open("countries/", false);
    expect(await plain.locator("#country-controls").isVisible()).toBe(false);
    expect(await plain.locator("#country-index tbody tr:not([hidden])").count()).toBe(model.countries.length);
    await plain.context().close();
  });
});
