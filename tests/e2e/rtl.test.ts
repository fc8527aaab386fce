/**
 * Right to left (issue 10): the layout mirrors through logical CSS properties, while charts and the
 * map keep running left to right and the map tooltip opens on the reading side of the pointer.
 * These tests turn a built English page right to left in the browser, so they hold whatever the
 * language of the text.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";

const site = useSite();

async function setDirection(page: Page, dir: "ltr" | "rtl") {
  await page.evaluate((d) => document.documentElement.setAttribute("dir", d), dir);
}

/** Where each text of the page's charts is drawn within its chart, rounded to whole pixels. */
function chartTextBoxes(page: Page) {
  return page.locator(".chart-svg svg text").evaluateAll((texts) =>
    texts.map((t) => {
      const r = t.getBoundingClientRect();
      const chart = t.closest("svg")!.getBoundingClientRect();
      return [Math.round(r.left - chart.left), Math.round(r.right - chart.left), Math.round(r.top - chart.top)];
    }),
  );
}

describe("a page turned right to left", () => {
  test("the header's navigation starts at the right edge, and at the left edge left to right", async () => {
    const page = await site.open("");
    const edges = () =>
      page.evaluate(() => {
        const list = document.querySelector(".site-nav ul")!.getBoundingClientRect();
        const first = document.querySelector(".site-nav li")!.getBoundingClientRect();
        return { fromLeft: Math.round(first.left - list.left), fromRight: Math.round(list.right - first.right) };
      });
    expect((await edges()).fromLeft).toBe(0);
    expect((await edges()).fromRight).toBeGreaterThan(0);
    await setDirection(page, "rtl");
    expect((await edges()).fromRight).toBe(0);
    expect((await edges()).fromLeft).toBeGreaterThan(0);
    await page.context().close();
  });

  test("charts sit at the start of the line and draw every label where a left-to-right page does", async () => {
    const page = await site.open("trends/");
    const ltr = await chartTextBoxes(page);
    expect(ltr.length).toBeGreaterThan(20);
    await setDirection(page, "rtl");
    expect(await chartTextBoxes(page)).toEqual(ltr);
    const sides = await page.locator(".chart-svg svg").first().evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const line = svg.closest(".chart-svg")!.getBoundingClientRect();
      return { right: Math.round(line.right - box.right), left: Math.round(box.left - line.left) };
    });
    expect(sides.right).toBe(0);
    expect(sides.left).toBeGreaterThan(0);
    await page.context().close();
  });

  test("the map tooltip opens to the left of the pointer, inside the figure", async () => {
    const page = await site.open("map/observed/2024/");
    await setDirection(page, "rtl");
    const country = page.locator('.map-svg use[href$="#SDN"]');
    // Playwright scrolls the country into view and points at the middle of its box.
    await country.hover();
    const box = (await country.boundingBox())!;
    const pointer = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const tip = page.locator(".map-tooltip");
    await tip.waitFor({ state: "visible" });
    expect(await tip.innerText()).toMatch(/^Sudan: /);
    const tipBox = (await tip.boundingBox())!;
    const figure = (await page.locator(".map-figure").boundingBox())!;
    expect(tipBox.x + tipBox.width).toBeLessThan(pointer.x);
    expect(tipBox.y).toBeGreaterThan(pointer.y);
    expect(tipBox.x).toBeGreaterThanOrEqual(figure.x);
    await page.context().close();
  });
});
