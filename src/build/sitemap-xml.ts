/**
 * @astrojs/sitemap writes sitemap-index.xml and sitemap-0.xml; crawlers and robots.txt expect
 * /sitemap.xml. With one chunk (a few hundred pages here) sitemap.xml is that chunk's URL set;
 * past 45,000 URLs it is the index, which is also a valid sitemap.xml.
 */
import { copyFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

export function sitemapXml(): AstroIntegration {
  return {
    name: "apm-sitemap-xml",
    hooks: {
      "astro:build:done": ({ dir }) => {
        const out = fileURLToPath(dir);
        const single = !existsSync(`${out}/sitemap-1.xml`);
        copyFileSync(`${out}/${single ? "sitemap-0.xml" : "sitemap-index.xml"}`, `${out}/sitemap.xml`);
      },
    },
  };
}
