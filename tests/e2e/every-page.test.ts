/**
 * End-to-end over every built page in Debian's Chromium: complete without JavaScript, no console
 * error with it, and no request to any origin but the site's own.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchChromium, newContext } from "../helpers/browser.ts";
import { builtPagePaths } from "../helpers/site-pages.ts";
import { getModel } from "../../src/model/model.ts";

const baseUrl = inject("baseUrl");
const origin = new URL(baseUrl).origin;
const pages = builtPagePaths();
const model = getModel();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
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

  test("renders its content with JavaScript disabled", async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const edition = `Data edition ${model.site.edition.id}`;
    for (const path of pages) {
      const response = await page.goto(baseUrl + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator("main h1").count(), `${path} has one h1`).toBe(1);
      expect(await page.locator("footer").innerText(), path).toContain(edition);
      expect(await page.locator("html").getAttribute("lang"), path).toBe("en");
    }
    await context.close();
  });

  test("logs no console error and requests nothing from another origin", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    let current = "";
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`${current}: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`${current}: ${error.message}`));
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== origin) foreign.push(`${current}: ${request.url()}`);
    });
    for (const path of pages) {
      current = path;
      await page.goto(baseUrl + path, { waitUntil: "load" });
    }
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
    const hrefs = await page.locator("header nav a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(10);
    for (const href of hrefs) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      expect(await page.locator('header nav a[aria-current="page"]').getAttribute("href"), href).toBe(new URL(href).pathname);
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
