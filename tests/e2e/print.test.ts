/**
 * Print (issue 8): a country brief is one page on A4 and on US Letter whatever sans-serif the
 * reader's machine has (DejaVu Sans, Liberation Sans and Noto Sans forced in turn; scripts/test.sh
 * installs them), with every chart present and a footer naming the page address, the data edition
 * and the print date. Each font and format is laid out for print and measured (tests/helpers/print-fit.ts);
 * the tightest of the six is also printed to a real PDF, which must agree. The blank self-assessment
 * form prints its 0–3 options on at most two pages with JavaScript on and off (real PDFs: where a
 * flow breaks into two pages depends on break rules a measurement does not model).
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { newContext, useSite } from "../helpers/browser.ts";
import { PAPER, pdfPageCount, printFit, restoreScreen, type PaperFormat } from "../helpers/print-fit.ts";
import { readRawYaml } from "../helpers/raw-data.ts";
import type { Site } from "../../src/model/schemas/site.ts";

const site = useSite();
// The edition as written in site.yaml, 2026-11; pages may print it as 2026.11.
const [editionYear, editionMonth] = readRawYaml<Site>("site.yaml").edition.id.split(/[.-]/);
const editionPattern = new RegExp(`${editionYear}[.-]${editionMonth}`);
const COUNTRIES = ["sdn", "ukr", "afg", "mmr", "cod"];
const FONTS = ["DejaVu Sans", "Liberation Sans", "Noto Sans"];
const FORMATS = Object.keys(PAPER) as PaperFormat[];

/** Forces one font family through the CSSOM, which a Content-Security-Policy does not block. */
async function forceFont(page: Page, family: string) {
  await page.evaluate((f) => document.documentElement.style.setProperty("--font-body", `"${f}"`), family);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await page.evaluate((f) => document.fonts.check(`12px "${f}"`), family), family).toBe(true);
}

describe("the country brief prints on one page", () => {
  test.each(COUNTRIES)("%s: one page on A4 and Letter in each font, every chart drawn, footer complete", async (iso) => {
    const context = await newContext(site.browser());
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}countries/${iso}/`);
    const fits: string[] = [];
    let tightest = { font: FONTS[0], format: FORMATS[0], share: 0 };
    for (const font of FONTS) {
      await forceFont(page, font);
      for (const format of FORMATS) {
        const { fits: one, box, content, bodyHeight } = await printFit(page, format);
        fits.push(`${font} ${format}: ${one ? "one page" : `${content.width}×${content.height} px for ${box.width}×${box.height}`}`);
        if (bodyHeight / box.height > tightest.share) tightest = { font, format, share: bodyHeight / box.height };
      }
    }
    expect(fits).toEqual(FONTS.flatMap((font) => FORMATS.map((format) => `${font} ${format}: one page`)));
    // The case closest to a second page, printed for real: Chromium's own pagination agrees.
    await restoreScreen(page);
    await forceFont(page, tightest.font);
    expect(pdfPageCount(await page.pdf({ format: tightest.format, printBackground: true })), `${tightest.font} ${tightest.format}`).toBe(1);

    await page.emulateMedia({ media: "print" });
    // Every chart heading keeps its chart: each figure shows an SVG of real size.
    const figures = await page.locator("main figure").evaluateAll((nodes) =>
      nodes.map((figure) => {
        const svg = figure.querySelector("svg");
        const box = svg?.getBoundingClientRect();
        return { heading: figure.querySelector("figcaption, h2, h3")?.textContent?.trim().slice(0, 40) ?? "", drawn: !!box && box.width > 100 && box.height > 40 };
      }),
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.drawn, f.heading).toBe(true);
    const footer = await page.locator("[data-print-footer]").innerText();
    expect(footer).toContain(`/countries/${iso}/`);
    expect(footer).toMatch(editionPattern);
    expect(footer).toContain(String(new Date().getUTCFullYear()));
    await context.close();
  });
});
test("the measurement and a real PDF both see a brief that grew past one page", async () => {
  const context = await newContext(site.browser());
  const page = await context.newPage();
  await page.goto(`${site.baseUrl}countries/sdn/`);
  // A tenth of the printable height more than the page has: just over, so an off-by-a-margin box would pass it.
  const { box, bodyHeight } = await printFit(page, "A4");
  const room = box.height - bodyHeight;
  await page.evaluate((px) => {
    const filler = document.createElement("div");
    filler.className = "print-filler";
    filler.append(...Array.from({ length: Math.ceil(px / 20) }, () => Object.assign(document.createElement("p"), { textContent: "filler" })));
    document.querySelector("main")!.append(filler);
  }, room + box.height / 10);
  const { fits } = await printFit(page, "A4");
  expect(fits).toBe(false);
  await restoreScreen(page);
  expect(pdfPageCount(await page.pdf({ format: "A4", printBackground: true }))).toBeGreaterThan(1);
  await context.close();
});

describe("the blank self-assessment form prints", () => {
  test.each([true, false])("with JavaScript %s: every 0–3 option visible, at most two pages", async (javaScriptEnabled) => {
    const context = await newContext(site.browser(), { javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${site.baseUrl}tool/`);
    // The form's own script has run (it shows the result box), or JavaScript is off.
    if (javaScriptEnabled) await page.locator("#matrix-result:not([hidden])").waitFor({ state: "attached" });
    await page.emulateMedia({ media: "print" });
    const hidden = await page.locator('.matrix-form input[type="radio"][value]:not([value=""])').evaluateAll((inputs) =>
      inputs.filter((i) => (i.closest("label") as HTMLElement).getBoundingClientRect().height === 0).map((i) => (i as HTMLInputElement).name),
    );
    expect(await page.locator('.matrix-form input[type="radio"][value="3"]').count()).toBeGreaterThan(0);
    expect(hidden).toEqual([]);
    for (const format of FORMATS) expect(pdfPageCount(await page.pdf({ format })), format).toBeLessThanOrEqual(2);
    await context.close();
  });
});
