/**
 * Phones and desktops (issue 8): at 390 and 1366 px no visible text renders under 11 CSS px —
 * SVG text measured as its font size times the scale its viewBox is drawn at — and the page never
 * scrolls sideways; at 360 px the same for every page type. Set PHONE_SCREENSHOTS=<dir> to keep
 * a full-page screenshot of each case for a human look.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";

const { browser, baseUrl } = useSite();
const MIN_TEXT_PX = 11;

async function openAt(path: string, width: number): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(baseUrl + path);
  return page;
}

/** Every rendered piece of text whose effective size is under the minimum, described for the failure message. */
function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest("title, desc, style, script, noscript, .visually-hidden, .skip-link")) continue;
      const rects = el.getClientRects();
      if (rects.length === 0 || [...rects].every((r) => r.width === 0 || r.height === 0)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden") continue;
      let size = parseFloat(style.fontSize);
      if (el instanceof SVGElement) {
        const ctm = (el as unknown as SVGGraphicsElement).getScreenCTM?.();
        if (ctm) size *= Math.hypot(ctm.a, ctm.b);
      }
      if (size < min - 0.05) out.push(`${el.tagName.toLowerCase()}${el.closest("[id]") ? ` in #${el.closest("[id]")!.id}` : ""}: "${text.slice(0, 30)}" at ${size.toFixed(1)}px`);
    }
    return out;
  }, min);
}

const overflow = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

/**
 * Every width a page is checked at, on one load: the page is resized from one to the next. The site's
 * layout follows the width through CSS alone (no script reads the viewport's size), so a resized page
 * is laid out as one loaded at that width; a load per width cost the file two thirds of its time.
 */
async function check(path: string, widths: number[]) {
  const page = await openAt(path, widths[0]);
  const dir = process.env.PHONE_SCREENSHOTS;
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    if (dir) {
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, `${path.replace(/\W+/g, "-") || "home"}${width}.png`), fullPage: true });
    }
    expect(await smallText(page, MIN_TEXT_PX), `${path} at ${width}px`).toEqual([]);
    const { scrollWidth, innerWidth } = await overflow(page);
    expect(innerWidth, `${path}: the viewport took the width`).toBe(width);
    expect(scrollWidth, `${path} at ${width}px scrolls sideways`).toBeLessThanOrEqual(innerWidth);
  }
  await page.context().close();
}

/** At 390 and 1366 px: these pages; at 360 px: every page type. */
const WIDTHS = new Map<string, number[]>();
for (const width of [390, 1366]) {
  for (const path of ["", "countries/sdn/", "map/", "map/judgement/latest/", "recommendations/", "trends/", "embed/countries-sdn-deaths/"]) {
    WIDTHS.set(path, [...(WIDTHS.get(path) ?? []), width]);
  }
}
for (const path of ["", "countries/sdn/", "map/", "recommendations/", "recommendations/1/", "trends/", "methodology/", "data/", "countries/", "tool/", "about/"]) {
  WIDTHS.set(path, [...(WIDTHS.get(path) ?? []), 360]);
}

test.each([...WIDTHS])("/%s at %j px: text ≥ 11 px, no sideways scroll", (path, widths) => check(path, widths));

describe("tracker on a phone", () => {
  test("every recommendation's number, title and status are visible without scrolling sideways", async () => {
    const page = await openAt("recommendations/", 390);
    const rows = await page.locator("#tracker tr.rec").evaluateAll((rows) =>
      rows.filter((r) => r.getClientRects().length > 0).map((r) => {
        const cells = [...r.querySelectorAll("th, td")].filter((c) => c.getClientRects().length > 0);
        return { text: (r as HTMLElement).innerText, right: Math.max(...cells.map((c) => c.getBoundingClientRect().right)), badge: r.querySelector(".badge")?.getBoundingClientRect().width ?? 0 };
      }),
    );
    expect(rows).toHaveLength(27);
    for (const row of rows) {
      expect(row.right, row.text).toBeLessThanOrEqual(390);
      expect(row.badge, row.text).toBeGreaterThan(0);
    }
    await page.context().close();
  });
});

describe("map on a phone", () => {
  test("a mid-sized country is large enough to tap (≥ 24 px across)", async () => {
    const page = await openAt("map/", 390);
    const box = await page.locator('.map-svg use[href$="#ukr"]').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });
});

describe("the country index", () => {
  test("on a phone its one-word cells stay on one line; the table scrolls in its box, names in view", async () => {
    const page = await openAt("countries/", 390);
    await page.locator("#country-index th button").first().waitFor();
    // Lines a cell's text is laid out on (a word broken across lines counts each piece).
    const lines = await page.locator("#country-index tbody tr").evaluateAll((rows) =>
      rows.slice(0, 12).flatMap((row) => {
        const cell = row.children[1]!;
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = cell.textContent!.trim();
        return /\s/.test(text) ? [] : [{ text, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size }];
      }),
    );
    expect(lines.length).toBe(12);
    for (const { text, lines: count } of lines) expect(count, text).toBe(1);
    // The sort buttons are the site's, not the browser's grey boxes in another font.
    const button = await page.locator('#country-index th[data-sort-key="region"] button').evaluate((b) => ({ border: getComputedStyle(b).borderTopWidth, sameFont: getComputedStyle(b).fontFamily === getComputedStyle(b.closest("th")!).fontFamily }));
    expect(button).toEqual({ border: "0px", sameFont: true });
    // Scrolled sideways, the names stay where they were.
    const name = page.locator("#country-index tbody th").first();
    const value = page.locator("#country-index tbody td").nth(1);
    const [nameAt, valueAt] = [(await name.boundingBox())!.x, (await value.boundingBox())!.x];
    expect(await page.locator(".table-scroll").evaluate((box) => ((box.scrollLeft = 150), box.scrollLeft))).toBeGreaterThan(100);
    expect((await value.boundingBox())!.x).toBeLessThan(valueAt - 100);
    expect((await name.boundingBox())!.x).toBeCloseTo(nameAt, 0);
    await page.context().close();
  });
});

describe("nothing moves when the page's script runs", () => {
  test.each([390, 1366])("at %i px the header and the country filter take the same room with JavaScript as without", async (width) => {
    const measure = async (javaScriptEnabled: boolean) => {
      const context = await browser().newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${baseUrl}countries/`);
      // With JavaScript: once the script has swapped the search links for the form and shown the filter.
      if (javaScriptEnabled) await page.locator(".site-search form:not([hidden]), #country-controls:not([hidden])").nth(1).waitFor();
      const boxes = await page.evaluate(() =>
        [".site-header", ".site-search", "#country-controls", ".table-scroll"].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return { selector, top: Math.round(box.top), height: selector === ".table-scroll" ? undefined : Math.round(box.height) };
        }),
      );
      await context.close();
      return boxes;
    };
    expect(await measure(true)).toEqual(await measure(false));
  });
});
