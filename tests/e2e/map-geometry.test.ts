/**
 * The world's outlines come from one shared file: loaded once, drawn without JavaScript, and not
 * fetched again when the island switches to another view; the island itself comes on first use.
 */
import type { Page, Request } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";

const { browser, baseUrl } = useSite();

async function openRecording(path: string, javaScriptEnabled: boolean): Promise<{ page: Page; requests: Request[] }> {
  const page = await (await browser().newContext({ javaScriptEnabled })).newPage();
  const requests: Request[] = [];
  page.on("requestfinished", (r) => requests.push(r));
  await page.goto(baseUrl + path, { waitUntil: "networkidle" });
  return { page, requests };
}

const geometryRequests = (requests: Request[]) => requests.filter((r) => /\/geo\/world\.[0-9a-f]{10}\.svg$/.test(new URL(r.url()).pathname));

describe("the shared map geometry", () => {
  test("without JavaScript, the map loads the geometry file once and draws every country from it", async () => {
    const { page, requests } = await openRecording("map/observed/2024/", false);
    const geo = geometryRequests(requests);
    expect(geo).toHaveLength(1);
    expect((await geo[0].response())?.status()).toBe(200);
    expect((await geo[0].response())?.headers()["content-type"]).toContain("image/svg+xml");
    const shapes = await page.locator(".map-svg use.c").evaluateAll((uses) =>
      uses.map((u) => {
        const box = (u as SVGGraphicsElement).getBBox();
        return { href: u.getAttribute("href")!, area: box.width * box.height };
      }),
    );
    expect(shapes.length).toBeGreaterThan(170);
    expect(new Set(shapes.map((s) => s.href.split("#")[0]))).toEqual(new Set([new URL(geo[0].url()).pathname]));
    // A reference the browser could not resolve has an empty box; Sudan, Russia and Brazil must be drawn.
    const area = (iso3: string) => shapes.find((s) => s.href.endsWith(`#${iso3}`))!.area;
    for (const iso3 of ["sdn", "rus", "bra"]) expect(area(iso3), iso3).toBeGreaterThan(100);
    expect(await page.locator('.map-svg [d]').count()).toBe(0);
    await page.context().close();
  });

  test("switching layer with the island fetches the new view's page only, never the geometry again", async () => {
    const { page, requests } = await openRecording("map/", true);
    expect(geometryRequests(requests)).toHaveLength(1);
    // A visit that only reads loads neither the island nor the search code (issue 12), but the
    // page's one small script (src/scripts/page.ts), which fetches the island on first use.
    const paths = requests.map((r) => new URL(r.url()).pathname);
    expect(paths.filter((p) => /\/(map-island|site-search)\.[\w-]+\.js$/.test(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith(".js"))).toEqual([expect.stringMatching(/\/PageFrame\.astro_astro_type_script[\w.-]+\.js$/)]);
    // One stylesheet, its own (MapLayout): no /styles/data.css either.
    expect(paths.filter((p) => p.endsWith(".css"))).toHaveLength(1);
    requests.length = 0;
    await page.click('#map-view nav a[href$="/map/observed/2024/"]');
    await page.waitForFunction(() => document.querySelector("#map-view")?.getAttribute("data-layer") === "observed", undefined, { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const box = await page.locator('.map-svg use[href$="#sdn"]').evaluate((u) => (u as SVGGraphicsElement).getBBox().width);
    expect(box).toBeGreaterThan(10);
    // The preview server sends `Cache-Control: no-cache`, so the browser may revalidate the file it
    // holds; it must never be sent again (a host giving /geo/ a long max-age avoids even the 304).
    for (const r of geometryRequests(requests)) expect((await r.response())?.status(), r.url()).toBe(304);
    // Chromium also re-checks the favicon after pushState; that is the browser's, not the map's.
    const bodies = () => requests.filter((r) => !geometryRequests([r]).length && !r.url().endsWith("/favicon.svg")).map((r) => new URL(r.url()).pathname);
    // The first switch also brings the island itself (loaded on first use, issue 12)…
    expect(bodies()).toEqual([expect.stringMatching(/\/_astro\/map-island\.[\w-]+\.js$/), new URL(`${baseUrl}map/observed/2024/`).pathname]);
    // …the next one only the view's page.
    requests.length = 0;
    await page.click('#map-view nav a[href$="/map/forecast/2025/"]');
    await page.waitForFunction(() => document.querySelector("#map-view")?.getAttribute("data-layer") === "forecast", undefined, { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    for (const r of geometryRequests(requests)) expect((await r.response())?.status(), r.url()).toBe(304);
    expect(bodies()).toEqual([new URL(`${baseUrl}map/forecast/2025/`).pathname]);
    await page.context().close();
  });
});
