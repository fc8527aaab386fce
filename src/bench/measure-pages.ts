/**
 * The bench's browser measurements: what a page loads on a first visit (fresh cache) and what a
 * second map view costs after the island switches layer, recorded in Chromium via playwright-core.
 */
import type { Browser, Page, Response } from "playwright-core";
import type { LoadedResource } from "../build/page-weight.ts";

export interface Visit {
  /** Same-origin resources with their bodies. */
  resources: LoadedResource[];
  /** Requests to any other origin (the site promises none). */
  thirdParty: string[];
  /** Same-origin responses whose bytes could not be read at all (reported, never silently dropped). */
  failed: string[];
}

function record(page: Page, origin: string, visit: Visit): () => Promise<void> {
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const url = response.url();
    if (!url.startsWith("http")) return;
    if (new URL(url).origin !== origin) return void visit.thirdParty.push(url);
    // The preview server sends `no-cache`, so a cached file is revalidated: a request, no body.
    if (response.status() === 304) return void visit.resources.push({ url, resourceType: response.request().resourceType(), body: new Uint8Array(), notModified: true });
    if (response.status() >= 300 && response.status() < 400) return;
    const resourceType = response.request().resourceType();
    // Chromium sometimes drops a body before it can be read (seen with module scripts under load);
    // the same URL fetched again gives the bytes, so nothing the page loaded goes uncounted.
    const refetch = () => page.request.get(url).then((again) => again.body());
    pending.push(
      response
        .body()
        .catch(refetch)
        .then(
          (body) => void visit.resources.push({ url, resourceType, body }),
          () => void visit.failed.push(url),
        ),
    );
  };
  page.on("response", onResponse);
  return async () => {
    page.off("response", onResponse);
    await Promise.all(pending);
  };
}

/** Headless Chromium may skip the favicon; a real first visit fetches it, so it is added if missing. */
async function addIcons(page: Page, visit: Visit) {
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  for (const url of icons) {
    if (visit.resources.some((r) => r.url === url)) continue;
    const response = await page.request.get(url);
    if (response.ok()) visit.resources.push({ url, resourceType: "image", body: await response.body() });
  }
}

export async function firstVisit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const visit: Visit = { resources: [], thirdParty: [], failed: [] };
    const stop = record(page, new URL(url).origin, visit);
    await page.goto(url, { waitUntil: "networkidle" });
    await stop();
    await addIcons(page, visit);
    return visit;
  } finally {
    await context.close();
  }
}

/**
 * Opens a map page, points at a country (which brings the island: it loads on first use) and
 * records that apart, then follows the first layer link that is not the current one (as a reader
 * would) and records only what that switch loads.
 */
export async function secondMapView(browser: Browser, url: string): Promise<Visit & { to: string; island: Visit }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    const island: Visit = { resources: [], thirdParty: [], failed: [] };
    const stopIsland = record(page, new URL(url).origin, island);
    await page.locator("#map-view .map-svg a[aria-label]").first().hover();
    // The tooltip is the island's: once it shows, the island is in.
    await page.locator(".map-tooltip").waitFor({ state: "visible" });
    await stopIsland();
    const link = page.locator('#map-view .layers a:not([aria-current="true"])').first();
    const to = (await link.getAttribute("href")) ?? "";
    const layer = await page.locator("#map-view").getAttribute("data-layer");
    const visit: Visit = { resources: [], thirdParty: [], failed: [] };
    const stop = record(page, new URL(url).origin, visit);
    await link.click();
    await page.waitForFunction((before) => document.querySelector("#map-view")?.getAttribute("data-layer") !== before, layer);
    await page.waitForLoadState("networkidle");
    // Let the swapped-in map draw, so a geometry refetch (if any) is seen.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await stop();
    return { ...visit, to, island };
  } finally {
    await context.close();
  }
}
