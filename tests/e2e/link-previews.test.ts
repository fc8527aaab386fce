/**
 * Link previews on the built site: each page's Open Graph and Twitter tags name a 1200×630 PNG that
 * the site serves, and the image is the page's own (drawn from its data) or the home page's.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";
import { parsePage, query } from "../helpers/page-dom.ts";
import { readPngSize } from "../helpers/png-size.ts";
import { builtPagePaths, DIST } from "../helpers/site-pages.ts";

const baseUrl = inject("baseUrl");

/**
 * The built page's <head>, as a crawler reads it: the tags are static markup, so no browser is
 * needed to read them; the image is then requested from the served site like a crawler would.
 */
function head(path: string) {
  const html = readFileSync(join(DIST, path.endsWith(".html") ? path : `${path}index.html`), "utf8");
  const document = parsePage(html.slice(0, html.indexOf("</head>") + "</head>".length) + "</html>");
  return {
    meta: (attr: "property" | "name", key: string) => query(`meta[${attr}="${key}"]`, document)?.attribs.content ?? null,
    canonical: query('link[rel="canonical"]', document)?.attribs.href ?? null,
  };
}

/** The served image an og:image names (at the site's own address, whatever origin the build was given). */
async function served(og: string): Promise<Response> {
  return fetch(new URL(new URL(og).pathname, baseUrl).href);
}

describe("link previews", () => {
  test.each([
    ["countries/sdn/", "previews/en/countries/sdn.png"],
    ["recommendations/12/", "previews/en/recommendations/12.png"],
    ["map/observed/2024/", "previews/en/map/observed/2024.png"],
    ["trends/", "previews/en/trends.png"],
    ["", "previews/en/home.png"],
    ["about/", "previews/en/home.png"],
  ])("%s: og:image points at an existing 1200×630 PNG (%s), which X's card reads too", async (path, image) => {
    const { meta, canonical } = head(path);
    const og = meta("property", "og:image")!;
    // Absolute, on the site's own address, as Open Graph requires.
    expect(og).toBe(new URL(image, new URL(canonical!).origin + new URL(baseUrl).pathname).href);
    expect(meta("name", "twitter:card")).toBe("summary_large_image");
    // X falls back to the Open Graph title, description and image; a tag of its own would only repeat them.
    for (const name of ["twitter:title", "twitter:description", "twitter:image"]) expect(meta("name", name)).toBeNull();
    expect(meta("name", "twitter:image:alt")).toBe(meta("property", "og:image:alt"));
    expect(meta("property", "og:image:width")).toBe("1200");
    expect(meta("property", "og:image:height")).toBe("630");
    expect(meta("property", "og:image:type")).toBe("image/png");

    const response = await served(og);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(readPngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
  });

  test("each country, recommendation and map view has an image of its own", async () => {
    const images = new Set<string>();
    for (const path of ["countries/sdn/", "countries/mmr/", "recommendations/12/", "recommendations/1/", "map/observed/2024/", "map/observed/2023/"]) {
      const response = await served(head(path).meta("property", "og:image")!);
      expect(response.status, path).toBe(200);
      images.add(createHash("sha256").update(Buffer.from(await response.arrayBuffer())).digest("hex"));
    }
    // Different pixels, not just different names.
    expect(images.size).toBe(6);
  });

  test("every built page names a preview image that was built", () => {
    // Embed pages live inside other sites' pages (noindex, no canonical): the chart's own page is the one shared.
    const pages = builtPagePaths().filter((path) => !path.startsWith("embed/"));
    expect(pages.length).toBeGreaterThan(300);
    const missing: string[] = [];
    for (const path of pages) {
      // The tags are in <head>: parsing only it keeps this check over ~1,900 pages cheap.
      const { meta, canonical } = head(path);
      const og = meta("property", "og:image");
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
