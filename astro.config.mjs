// Astro configuration. Site URL and base path come from data/site.yaml, overridable by SITE_URL and
// BASE_PATH, so the same build works served from "/" or from a sub-path such as "/monitor/".
import { resolve } from "node:path";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { sitemapXml } from "./src/build/sitemap-xml.ts";
import { loadSiteAddress } from "./src/model/site-config.ts";

const { url, base } = loadSiteAddress(resolve(process.env.DATA_DIR ?? "data"));

export default defineConfig({
  site: url,
  base,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
  // sitemapXml() must follow sitemap(): it copies the file sitemap() has just written.
  integrations: [sitemap({ filter: (page) => !page.endsWith("/404/") }), sitemapXml()],
});
