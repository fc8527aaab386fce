// Astro configuration. Site URL and base path come from data/site.yaml, overridable by SITE_URL and
// BASE_PATH, so the same build works served from "/" or from a sub-path such as "/monitor/".
import { resolve } from "node:path";
import { writeFile } from "node:fs/promises";
import sitemap from "@astrojs/sitemap";
import { defineConfig, fontProviders } from "astro/config";
import { sitemapXml } from "./src/build/sitemap-xml.ts";
import { headersFile } from "./src/lib/security-policy.ts";
import { ARABIC_FONT, arabicFontFamily } from "./src/styles/arabic-font.ts";
import { subsetArabicFonts } from "./src/styles/arabic-font-subset.ts";
import { mapDataStylesheet } from "./src/styles/map-data-styles.ts";
import { loadSiteAddress } from "./src/model/site-config.ts";

const dataDir = resolve(process.env.DATA_DIR ?? "data");
const { url, base } = loadSiteAddress(dataDir);
/** Noto Sans Arabic cut to the characters Arabic pages use (src/styles/arabic-font-subset.ts). */
const arabicFonts = await subsetArabicFonts(resolve("."), dataDir, ARABIC_FONT.files);

/** Writes the security headers (src/lib/security-policy.ts) for static hosts into the build output. */
const securityHeaders = {
  name: "security-headers",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      await writeFile(new URL("_headers", dir), headersFile({ base, embedFrameAncestors: process.env.EMBED_FRAME_ANCESTORS }));
    },
  },
};

/**
 * Browser scripts get their messages pre-parsed at build time (src/i18n/client-messages.ts), so the
 * client bundle takes intl-messageformat without the ICU parser: about 7 KB gzip less per island.
 * The build itself (server side) keeps the full parser for t().
 */
const icuParser = "@formatjs/icu-messageformat-parser";
const clientWithoutIcuParser = {
  name: "client-without-icu-parser",
  enforce: "pre",
  applyToEnvironment: (environment) => environment.name === "client",
  resolveId(id, importer) {
    return id === icuParser ? this.resolve(`${icuParser}/no-parser.js`, importer, { skipSelf: true }) : null;
  },
};

/**
 * `import url from "./x.ts?chunk-url"`: x.ts built as a chunk of its own, and its address. Code that a
 * page loads on first use (the map island, the search) is imported with `import(url)`, a call Vite
 * leaves alone, so a page's script does not carry Vite's preload helper (0.9 KB gzip) for it (issue 12).
 * `astro dev` serves the source file instead.
 */
const CHUNK_URL = "?chunk-url";
/** Under `astro dev`, the dev server's base (files are served from `<base>@fs/…`); undefined in a build. */
let devBase;
const chunkUrl = {
  name: "chunk-url",
  enforce: "pre",
  configResolved: (config) => void (devBase = config.command === "serve" ? config.base : undefined),
  async resolveId(id, importer) {
    if (!id.endsWith(CHUNK_URL)) return null;
    const target = await this.resolve(id.slice(0, -CHUNK_URL.length), importer, { skipSelf: true });
    return target ? `\0chunk-url:${target.id}` : null;
  },
  load(id) {
    if (!id.startsWith("\0chunk-url:")) return null;
    const file = id.slice("\0chunk-url:".length);
    if (devBase !== undefined) return `export default ${JSON.stringify(`${devBase.replace(/\/$/, "")}/@fs${file}`)};`;
    return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: "chunk", id: file })};`;
  },
};

/** `virtual:map-data.css`: the map's bin colours (src/styles/map-data-styles.ts), bundled into the map pages' stylesheet. */
const MAP_DATA_CSS = "virtual:map-data.css";
const mapDataCss = {
  name: "map-data-css",
  resolveId: (id) => (id === MAP_DATA_CSS ? `\0${MAP_DATA_CSS}` : null),
  load: (id) => (id === `\0${MAP_DATA_CSS}` ? mapDataStylesheet() : null),
};

export default defineConfig({
  site: url,
  base,
  output: "static",
  trailingSlash: "always",
  // A strict Content-Security-Policy (src/lib/security-policy.ts) allows no inline script or style:
  // every stylesheet and every bundled script is emitted as a file, however small.
  // Four pages at once: an image endpoint (chart PNG, link preview) waits on sharp's threads, and
  // one at a time the main thread sat idle for 59 of a fresh build's 132 CPU seconds (measured: 109 s → 100 s, same bytes).
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 }, plugins: [clientWithoutIcuParser, chunkUrl, mapDataCss] },
  // English at the root, the other UN languages under /ar/, /zh/, /fr/, /ru/, /es/. Pages live in
  // src/pages/[...lang]/ and are built for the languages data/site.yaml publishes (src/lib/locale-routes.ts);
  // src/middleware.ts turns the route's locale into Astro.locals.i18n.
  i18n: {
    defaultLocale: "en",
    locales: ["en", "ar", "zh", "fr", "ru", "es"],
    routing: { prefixDefaultLocale: false },
  },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
  // sitemapXml() must follow sitemap(): it copies the file sitemap() has just written.
  // The Arabic font, subset from local @fontsource files (src/styles/arabic-font.ts): no CDN, no third party.
  fonts: [arabicFontFamily(fontProviders.local(), arabicFonts)],
  integrations: [sitemap({ filter: (page) => !page.endsWith("/404/") && !page.includes("/embed/") }), sitemapXml(), securityHeaders],
});
