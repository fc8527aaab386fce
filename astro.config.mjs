// Astro configuration. Site URL and base path come from data/site.yaml, overridable by SITE_URL and
// BASE_PATH, so the same build works served from "/" or from a sub-path such as "/monitor/".
import { resolve } from "node:path";
import { writeFile } from "node:fs/promises";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { sitemapXml } from "./src/build/sitemap-xml.ts";
import { headersFile } from "./src/lib/security-policy.ts";
import { loadSiteAddress } from "./src/model/site-config.ts";

const { url, base } = loadSiteAddress(resolve(process.env.DATA_DIR ?? "data"));

/** Writes the security headers (src/lib/security-policy.ts) for static hosts into the build output. */
const securityHeaders = {
  name: "security-headers",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      await writeFile(new URL("_headers", dir), headersFile({ base, embedFrameAncestors: process.env.EMBED_FRAME_ANCESTORS }));
    },
  },
};

export default defineConfig({
  site: url,
  base,
  output: "static",
  trailingSlash: "always",
  // A strict Content-Security-Policy (src/lib/security-policy.ts) allows no inline script or style:
  // every stylesheet and every bundled script is emitted as a file, however small.
  build: { format: "directory", inlineStylesheets: "never" },
  vite: { build: { assetsInlineLimit: 0 } },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
  // sitemapXml() must follow sitemap(): it copies the file sitemap() has just written.
  integrations: [sitemap({ filter: (page) => !page.endsWith("/404/") && !page.includes("/embed/") }), sitemapXml(), securityHeaders],
});
