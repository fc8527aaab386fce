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
    const country = page.locator('.map-svg use[href$="#sdn"]');
    // Playwright scrolls the country into view and points at the middle of its box.
    await country.hover();
    const box = (await country.boundingBox())!;
    const pointer = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const tip = page.locator(".map-tooltip");
    await tip.waitFor({ state: "visible" });
    // The country in bold, then its row of the ranked list: the best estimate of 2024 and its range.
    expect(await tip.innerText()).toMatch(/^Sudan\n[\d,]+ \(/);
    const tipBox = (await tip.boundingBox())!;
    const figure = (await page.locator(".map-figure").boundingBox())!;
    expect(tipBox.x + tipBox.width).toBeLessThan(pointer.x);
    expect(tipBox.y).toBeGreaterThan(pointer.y);
    expect(tipBox.x).toBeGreaterThanOrEqual(figure.x);
    await page.context().close();
  });
});

describe("Arabic pages", () => {
  test("are right to left, with the header's first navigation item at the right edge", async () => {
    const page = await site.open("ar/");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    const place = await page.evaluate(() => {
      const list = document.querySelector(".site-nav ul")!.getBoundingClientRect();
      const items = [...document.querySelectorAll(".site-nav li")].map((li) => li.getBoundingClientRect());
      const sameRow = items.filter((r) => Math.abs(r.top - items[0].top) < 1);
      return { fromRight: Math.round(list.right - items[0].right), rightmost: Math.max(...sameRow.map((r) => r.right)) === items[0].right, pastMiddle: items[0].left > innerWidth / 2 };
    });
    expect(place).toEqual({ fromRight: 0, rightmost: true, pastMiddle: true });
    await page.context().close();
  });

  test("the map still switches layers, and its tooltip opens to the left of the pointer", async () => {
    const page = await site.open("ar/map/observed/2024/");
    await page.locator('.map-svg use[href$="#sdn"]').hover();
    const tip = page.locator(".map-tooltip");
    await tip.waitFor({ state: "visible" });
    const box = (await page.locator('.map-svg use[href$="#sdn"]').boundingBox())!;
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.x + tipBox.width).toBeLessThan(box.x + box.width / 2);
    await page.locator('nav.map-controls a[href*="/map/forecast/"]').first().click();
    await page.waitForSelector('#map-view[data-layer="forecast"]');
    expect(new URL(page.url()).pathname).toMatch(/\/ar\/map\/forecast\/\d{4}\/$/);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await page.context().close();
  });

  test("load the self-hosted Arabic font from this site; English pages have no such font at all", async () => {
    const page = await site.open("ar/");
    const origins = new Set<string>();
    page.on("request", (request) => void origins.add(new URL(request.url()).origin));
    const faces = await page.evaluate(async () => {
      const loaded = await document.fonts.load('700 16px "Noto Sans Arabic"', "السودان");
      return loaded.map((face) => [face.family.replaceAll('"', ""), face.weight, face.status]);
    });
    expect(faces).toEqual([["Noto Sans Arabic", "700", "loaded"]]);
    // The preload may already have fetched the file (no request then); any request made is to this site.
    expect([...origins].filter((origin) => origin !== new URL(site.baseUrl).origin)).toEqual([]);
    await page.context().close();

    const english = await site.open("");
    expect(await english.evaluate(() => [...document.fonts].map((face) => face.family))).toEqual([]);
    await english.context().close();
  });
});

describe("Arabic script", () => {
  test("keeps its joins and has no imitation italic", async () => {
    const page = await site.open("ar/countries/sdn/");
    const style = await page.locator(".kind").first().evaluate((el) => ({ spacing: getComputedStyle(el).letterSpacing, synthesis: getComputedStyle(el).fontSynthesisStyle }));
    expect(style).toEqual({ spacing: "normal", synthesis: "none" });
    await page.context().close();
    const english = await site.open("countries/sdn/");
    expect(await english.locator(".kind").first().evaluate((el) => getComputedStyle(el).letterSpacing)).not.toBe("normal");
    await english.context().close();
  });
});

describe("Chinese pages", () => {
  test("use the system CJK fonts and load no web font", async () => {
    const page = await site.open("zh/");
    const fonts = await page.evaluate(() => ({ family: getComputedStyle(document.body).fontFamily, faces: [...document.fonts].length, dir: document.documentElement.dir }));
    expect(fonts.family).toMatch(/^system-ui, .*"PingFang SC", .*"Microsoft YaHei", .*"Noto Sans CJK SC"/);
    expect(fonts.faces).toBe(0);
    expect(fonts.dir).toBe("ltr");
    await page.context().close();

    const english = await site.open("");
    const switcher = await english.locator('.lang-switcher a[lang="zh"]').evaluate((a) => getComputedStyle(a).fontFamily);
    expect(switcher).toContain('"PingFang SC"');
    expect(await english.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain("PingFang");
    await english.context().close();
  });
});
