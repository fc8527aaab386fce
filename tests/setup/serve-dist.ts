/**
 * Global setup of the e2e project: serves the built dist/ with Astro's preview server (the same gzip
 * and trailing-slash behaviour as a static host) and starts one Debian Chromium that every test file
 * connects to, instead of each file launching its own.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { preview } from "astro";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, chromiumPath } from "../helpers/chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin plus base path of the served site, ending in "/". */
    baseUrl: string;
    /** The shared Chromium's WebSocket endpoint for `chromium.connect`. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, "../..");
  if (!existsSync(resolve(root, "dist/index.html"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test does it for you).");
  }
  const server = await preview({ root, logLevel: "error", server: { host: "127.0.0.1", port: 0 } });
  const browser = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, host: "127.0.0.1" });
  const { loadSiteAddress } = await import("../../src/model/site-config.ts");
  const { base } = loadSiteAddress(resolve(process.env.DATA_DIR ?? resolve(root, "data")));
  project.provide("baseUrl", `http://127.0.0.1:${server.port}${base}`);
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.stop();
  };
}
