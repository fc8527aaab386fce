/**
 * Site search (issue 9, item 8): the header box queries the Pagefind index the build wrote into
 * dist/pagefind/. In Chromium, under the site's own Content-Security-Policy header, with every other
 * origin refused: typing "Sudan" lists the Sudan profile and opens it, and nothing but the site itself
 * is requested. Without JavaScript the box is two links to the country and recommendation indexes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { getModel } from "../../src/model/model.ts";
import { useSite } from "../helpers/browser.ts";
import { DIST } from "../helpers/site-pages.ts";

const { browser, baseUrl, open } = useSite();
const origin = new URL(baseUrl).origin;

/** The policy _headers gives every page (its first Content-Security-Policy line). */
function headerPolicy(): string {
  const line = readFileSync(join(DIST, "_headers"), "utf8").split("\n").find((l) => l.trim().startsWith("Content-Security-Policy:"));
  if (!line) throw new Error("dist/_headers has no Content-Security-Policy");
  return line.trim().slice("Content-Security-Policy:".length).trim();
}

test("the build wrote a Pagefind index with an English part", () => {
  expect(existsSync(join(DIST, "pagefind", "pagefind.js"))).toBe(true);
  const entry = JSON.parse(readFileSync(join(DIST, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  // Every country profile and recommendation page is a page of the index, at the least.
  const { countries, recommendations } = getModel();
  expect(entry.languages.en.page_count).toBeGreaterThan(countries.length + recommendations.length);
});

test('searching "Sudan" finds the Sudan profile, offline from the rest of the web, with no policy violation', async () => {
  const context = await browser().newContext();
  const foreign: string[] = [];
  const policy = headerPolicy();
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin) {
      foreign.push(url);
      await route.abort("internetdisconnected");
      return;
    }
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } });
  });
  const violations: string[] = [];
  context.on("console", (message) => {
    if (/content security policy/i.test(message.text())) violations.push(message.text());
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => violations.push(error.message));
  await page.goto(`${baseUrl}about/`);

  const box = page.getByRole("searchbox", { name: "Search this site" });
  await box.fill("Sudan");
  const results = page.locator(".search-results a");
  await results.first().waitFor();
  const hrefs = await results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const sudan = new URL("countries/sdn/", baseUrl).pathname;
  // The profile, titled "Sudan", ranks above pages that only mention Sudan.
  expect(hrefs[0]).toBe(sudan);
  expect(await results.first().innerText()).toBe("Sudan");
  expect(await page.locator("[data-search-status]").innerText()).toMatch(/^Pages found: \d+$/);

  await box.press("Enter");
  await page.waitForURL(`**${sudan}`);
  expect(await page.title()).toMatch(/^Sudan · /);
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
  // A late request (the favicon) may still be in the route handler; it must not outlive the context.
  await context.unrouteAll({ behavior: "ignoreErrors" });
  await context.close();
});

test("map views are listed by their own title, not the heading they share", async () => {
  const page = await open("about/");
  await page.getByRole("searchbox", { name: "Search this site" }).fill("civilians killed 2024");
  const titles = page.locator(".search-results a");
  await titles.first().waitFor();
  expect(await titles.allInnerTexts()).toContain("Civilians killed in one-sided violence, 2024");
  expect(await titles.allInnerTexts()).not.toContain("Map");
  await page.context().close();
});

test("a search with no match says so", async () => {
  const page = await open("about/");
  await page.getByRole("searchbox", { name: "Search this site" }).fill("zzqxjv");
  await page.locator("[data-search-status]").filter({ hasText: "No page matches." }).waitFor();
  expect(await page.locator(".search-results").isHidden()).toBe(true);
  await page.context().close();
});

test("without JavaScript the search box is links to the country and recommendation indexes", async () => {
  const page = await open("about/", false);
  expect(await page.locator(".site-search form").isHidden()).toBe(true);
  const links = page.locator("[data-search-fallback] a");
  expect(await links.evaluateAll((as) => as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname]))).toEqual([
    ["Find a country", new URL("countries/", baseUrl).pathname],
    ["Find a recommendation", new URL("recommendations/", baseUrl).pathname],
  ]);
  expect(await links.first().isVisible()).toBe(true);
  await page.context().close();
});
