// Astro configuration. Site URL and base path come from data/site.yaml, overridable by SITE_URL and
// BASE_PATH, so the same build works served from "/" or from a sub-path such as "/monitor/".
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig } from "astro/config";
import { parse } from "yaml";
import { deriveSiteAddress } from "./src/model/site-config.ts";

function siteAddress() {
  try {
    const site = parse(readFileSync(resolve(process.env.DATA_DIR ?? "data", "site.yaml"), "utf8"));
    return deriveSiteAddress(site, process.env);
  } catch {
    // Invalid site.yaml: the model reports the located problem when the first page loads it.
    return deriveSiteAddress({ url: "https://example.org/", base_path: "/" }, process.env);
  }
}

const { url, base } = siteAddress();

export default defineConfig({
  site: url,
  base,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
});
