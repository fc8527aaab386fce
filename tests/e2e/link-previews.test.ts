/**
 * Link previews on the built site: each page's Open Graph and Twitter tags name a 1200×630 PNG that
 * the site serves, and the image is the page's own (drawn from its data) or the home page's.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";
import { readPngSize } from "../helpers/png-size.ts";
import { builtPagePaths, DIST } from "../helpers/site-pages.ts";

const { open, baseUrl } = useSite();
const meta = (page: Awaited<ReturnType<typeof open>>, attr: "property" | "name", key: string) => page.locator(`meta[${attr}="${key}"]`).getAttribute("content");

describe("link previews", () => {
  test.each([
    ["countries/sdn/", "previews/en/countries/sdn.png"],
    ["recommendations/12/", "previews/en/recommendations/12.png"],
    ["map/observed/2024/", "previews/en/map/observed/2024.png"],
    ["trends/", "previews/en/trends.png"],
    ["", "previews/en/home.png"],
    ["about/", "previews/en/home.png"],
  ])("%s: og:image and twitter:image point at an existing 1200×630 PNG (%s)", async (path, image) => {
    const page = await open(path, false);
    const og = (await meta(page, "property", "og:image"))!;
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute("href"))!;
    // Absolute, on the site's own address, as Open Graph requires.
    expect(og).toBe(new URL(image, new URL(canonical).origin + new URL(baseUrl).pathname).href);
    expect(await meta(page, "name", "twitter:image")).toBe(og);
    expect(await meta(page, "name", "twitter:card")).toBe("summary_large_image");
    expect(await meta(page, "property", "og:image:width")).toBe("1200");
    expect(await meta(page, "property", "og:image:height")).toBe("630");
    expect(await meta(page, "property", "og:image:type")).toBe("image/png");
    expect(await meta(page, "name", "twitter:title")).toBe(await meta(page, "property", "og:title"));

    const served = new URL(new URL(og).pathname, baseUrl).href;
    const response = await page.request.get(served);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(readPngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    await page.context().close();
  });

  test("each country, recommendation and map view has an image of its own", async () => {
    const page = await open("countries/sdn/", false);
    const images = new Set<string>();
    for (const path of ["countries/sdn/", "countries/mmr/", "recommendations/12/", "recommendations/1/", "map/observed/2024/", "map/observed/2023/"]) {
      await page.goto(baseUrl + path);
      const og = (await meta(page, "property", "og:image"))!;
      const body = await (await page.request.get(new URL(new URL(og).pathname, baseUrl).href)).body();
      images.add(createHash("sha256").update(body).digest("hex"));
    }
    // Different pixels, not just different names.
    expect(images.size).toBe(6);
    await page.context().close();
  });

  test("every built page names a preview image that was built", () => {
    // Embed pages live inside other sites' pages (noindex, no canonical): the chart's own page is the one shared.
    const pages = builtPagePaths().filter((path) => !path.startsWith("embed/"));
    expect(pages.length).toBeGreaterThan(300);
    const missing: string[] = [];
    for (const path of pages) {
      // The tags are in <head>: parsing only it keeps this check over ~1,500 pages cheap.
      const html = readFileSync(join(DIST, path.endsWith(".html") ? path : `${path}index.html`), "utf8");
      const { document } = parseHTML(html.slice(0, html.indexOf("</head>") + "</head>".length) + "</html>");
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
      const og = document.querySelector('meta[property="og:image"]')?.getAttribute("content");
      if (!og) {
        missing.push(`${path}: no og:image`);
        continue;
      }
      // The image's path below the site's base, the same way for every page.
      const base = canonical ? new URL(canonical).pathname.slice(0, new URL(canonical).pathname.length - path.length) : new URL(baseUrl).pathname;
      const file = join(DIST, new URL(og).pathname.slice(base.length));
      if (!existsSync(file)) missing.push(`${path}: ${og}`);
    }
    expect(missing).toEqual([]);
  });
});
