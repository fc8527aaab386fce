/**
 * End-to-end over the built pages in Debian's Chromium: complete without JavaScript, no console
 * error with it, and no request to any origin but the site's own (issue 2).
 *
 * What can differ from one page of a route to the next is data: the links and resources a page
 * names, and text. Those are checked on every page of every language without a browser: the build
 * refuses to publish a page with a reference that leads to no file, loads from another origin, or
 * carries an event handler (src/build/check-built-site.ts), csp.test.ts finds no inline script or
 * style on any page, and the test below reads every page's h1, footer and language. Chromium loads
 * one page of every route in every language (and pages whose data takes a different branch), which
 * is where a template's own mistakes show.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { connectChromium, newContext } from "../helpers/browser.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtPagePaths, DIST, pageLanguage, routeSamplePaths } from "../helpers/site-pages.ts";
import { getModel } from "../../src/model/model.ts";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;
const pages = builtPagePaths();
/**
 * One page per route pattern (countries/*, map/*\/*, recommendations/*, …) plus each map layer's
 * newest period, for the checks with JavaScript on (islands).
 */
const routeSamples = [...new Set([
  ...new Map(pages.map((p) => {
    const [first, ...rest] = p.split("/").filter(Boolean);
    return [[first ?? "", ...rest.map(() => "*")].join("/"), p];
  })).values(),
  ...pages.filter((p) => /^map\/(forecast\/2025|observed\/2024|judgement\/2026-03-16)\/$/.test(p)),
])];
/**
 * Every route in every language, each map layer's newest period, and country pages whose data takes
 * another branch: full data (Sudan), a former state (Czechoslovakia), no UCDP row (Palestine).
 */
const noScriptSamples = [...new Set([
  ...routeSamplePaths(pages),
  ...pages.filter((p) => /^(ar\/)?map\/(forecast\/2025|observed\/2024|judgement\/2026-03-16)\/$/.test(p)),
  "countries/sdn/", "countries/csk/", "countries/pse/", "ar/countries/sdn/",
])];
const model = getModel();
let browser: Browser;

/** Visits every page with a few tabs at once: ~330 pages one by one would dominate the suite. */
async function forEachPage(context: BrowserContext, paths: string[], visit: (page: Page, path: string) => Promise<void>, tabs = 3) {
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) await visit(page, path);
      await page.close();
    }),
  );
}

beforeAll(async () => {
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("every page", () => {
  test("the build has the pages the navigation links to", () => {
    for (const path of ["", "map/", "countries/", "recommendations/", "trends/", "tool/", "methodology/", "data/", "changes/", "about/"]) {
      expect(pages).toContain(path);
    }
    expect(pages.filter((p) => /^recommendations\/\d+\/$/.test(p))).toHaveLength(27);
  });

  test("every page's HTML is complete on its own: one h1 in main, the edition in the footer, a language", () => {
    // Read from dist/ directly: fast enough for every page; Chromium checks one page per route below.
    // The footer's words are translated; its edition id is not.
    const edition = `data-edition="${model.site.edition.id}"`;
    for (const path of pages) {
      const lang = pageLanguage(path);
      const html = readFileSync(join(DIST, path.endsWith(".html") ? path : `${path}index.html`), "utf8");
      const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
      expect(main.match(/<h1\b/g)?.length, `${path} has one h1 in main`).toBe(1);
      expect(/<footer\b[\s\S]*<\/footer>/.exec(html)?.[0], path).toContain(edition);
      expect(html, path).toContain(`<html lang="${lang}"`);
    }
  });

  test("one page of every route in every language loads in Chromium with JavaScript disabled: status 200, its h1 and footer shown, no console error, no request to another origin", async () => {
    expect(noScriptSamples.length).toBeGreaterThan(80);
    for (const path of ["countries/csk/", "countries/pse/", "ar/countries/sdn/", "fr/countries/afg/", "zh/map/forecast/2013/"]) expect(pages).toContain(path);
    const context = await newContext(browser, { javaScriptEnabled: false });
    const problems: string[] = [];
    context.on("request", (request) => {
      if (new URL(request.url()).origin !== origin) problems.push(`request to ${request.url()}`);
    });
    await forEachPage(context, noScriptSamples, async (page, path) => {
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === "error") problems.push(`${path}: ${message.text()}`);
      };
      page.on("console", onConsole);
      const response = await page.goto(baseUrl + path, { waitUntil: "load" });
      if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
      // One call for both reads (a round trip each was a good part of a visit). Visible as Playwright's
      // isVisible() has it: not hidden by display or visibility, and a box of some size.
      const shown = await page.evaluate(() => {
        const h1 = document.querySelector("main h1");
        const box = h1?.getBoundingClientRect();
        return {
          h1: !!h1 && !!box && h1.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0,
          footer: document.querySelector("footer")?.innerText ?? "",
        };
      });
      if (!shown.h1) problems.push(`${path}: no visible h1 in main`);
      // The footer's words are translated; its edition id is not.
      if (!shown.footer.includes(model.site.edition.id)) problems.push(`${path}: no edition in the footer`);
      page.off("console", onConsole);
    });
    await context.close();
    expect(problems).toEqual([]);
  });

  test("one page of every route loads in Chromium with no console error and no request to another origin", async () => {
    const context = await newContext(browser);
    const errors: string[] = [];
    const foreign: string[] = [];
    context.on("request", (request) => {
      if (new URL(request.url()).origin !== origin) foreign.push(request.url());
    });
    await forEachPage(context, routeSamples, async (page, path) => {
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === "error") errors.push(`${path}: ${message.text()}`);
      };
      const onError = (error: Error) => errors.push(`${path}: ${error.message}`);
      page.on("console", onConsole);
      page.on("pageerror", onError);
      await page.goto(baseUrl + path, { waitUntil: "load" });
      page.off("console", onConsole);
      page.off("pageerror", onError);
    });
    await context.close();
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe("navigation", () => {
  test("the header links every section, and each link works from a sub-page", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}recommendations/5/`);
    const hrefs = await page.locator("header .site-nav a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(10);
    for (const href of hrefs) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      expect(await page.locator('header .site-nav a[aria-current="page"]').getAttribute("href"), href).toBe(new URL(href).pathname);
    }
    await context.close();
  });

  test("the skip link moves focus to the main landmark", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await context.close();
  });
});
