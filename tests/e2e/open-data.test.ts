/**
 * Citations, the open data package and the change feeds of the built site, checked against the
 * data files with parsers independent of the code that writes them.
 */
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";
import { readRawRecommendations, readRawYaml } from "../helpers/raw-data.ts";
import { parseRis } from "../citation/parse-ris.ts";

const { open } = useSite();
const site = readRawYaml<{ title: string; publisher: { name: string }; edition: { id: string; date: string } }>("site.yaml");
const edition = site.edition.id.replace("-", ".");
const rec12 = readRawRecommendations().find((r) => r.number === 12)!;

const citeText = (page: Page, format: string) => page.locator(`.cite-this pre[data-cite-format="${format}"]`).first().textContent();

describe("Cite this", () => {
  test.each([
    ["countries/sdn/", "Sudan: country profile"],
    ["recommendations/12/", `Recommendation 12: ${rec12.title}`],
    ["map/observed/2024/", undefined],
  ])("%s: BibTeX, RIS and CSL-JSON name the title, edition, page address and dates, without JavaScript", async (path, title) => {
    const page = await open(path, false);
    const url = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(url).toMatch(new RegExp(`/${path.replace(/\//g, "\\/")}$`));

    const [csl] = JSON.parse((await citeText(page, "cslJson"))!);
    if (title) expect(csl.title).toBe(title);
    else expect(csl.title).toContain("2024");
    expect(csl).toMatchObject({ version: edition, URL: url, publisher: site.publisher.name, "container-title": site.title });
    expect(csl.accessed["date-parts"][0]).toEqual(site.edition.date.split("-").map(Number));

    const { entries, errors } = parseBibtex((await citeText(page, "bibtex"))!);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.fields.title).toBe(csl.title);
    expect(entries[0]!.fields.edition).toBe(edition);
    expect(entries[0]!.fields.url).toBe(url);

    const records = parseRis((await citeText(page, "ris"))!);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ TY: ["DATA"], TI: [csl.title], ET: [edition], UR: [url], PB: [site.publisher.name], Y2: [site.edition.date.replace(/-/g, "/")] });

    for (const format of ["apa", "chicago"]) {
      const text = await citeText(page, format);
      expect(text).toContain(edition);
      expect(text).toContain(url);
    }
    // Without JavaScript the copy buttons stay hidden; the text is there to select.
    expect(await page.locator(".cite-this .copy-button").first().isVisible()).toBe(false);
    await page.context().close();
  });

  test("the copy button copies the citation text", async () => {
    const page = await open("countries/sdn/");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator(".cite-this summary").first().click();
    const button = page.locator('.cite-this button[data-copy$="-bibtex"]').first();
    await button.click();
    await expect.poll(() => page.locator(".cite-this [data-copy-status]").nth(2).textContent()).not.toBe("");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await citeText(page, "bibtex"));
    await page.context().close();
  });

  test("the trends charts and the whole dataset each have their citation, with stable anchors", async () => {
    const page = await open("trends/", false);
    const urls = await page.locator(".cite-this").evaluateAll((blocks) => blocks.map((b) => (b as HTMLElement).dataset.citeUrl));
    expect(urls.length).toBeGreaterThanOrEqual(1);
    for (const url of urls) {
      const anchor = new URL(url!).hash.slice(1);
      expect(await page.locator(`[id="${anchor}"]`).count(), anchor).toBe(1);
    }
    await page.context().close();
    const data = await open("data/", false);
    const [csl] = JSON.parse((await citeText(data, "cslJson"))!);
    expect(csl.title).toContain(site.title);
    expect(csl.version).toBe(edition);
    await data.context().close();
  });
});
