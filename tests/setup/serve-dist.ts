/**
 * Global setup of the e2e project: serves the built dist/ with Astro's preview server (the same
 * and trailing-slash behaviour as a static host) and starts one Debian Chromium that every test file
 * connects to, instead of each file launching its own.
 */
import { existsSync } from "node:fs";
import type { IncomingMessage, Server } from "node:http";
import { resolve } from "node:path";
import { preview } from "astro";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, headlessShellPath } from "../helpers/chromium.ts";

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
  // Vite's preview server gzips every response on the fly, in this process, on every request (the
  // pages are sent no-cache): about 100 ms per large page on a loaded machine, for bytes Chromium
  // then unpacks again. No test depends on the encoding (page weights are the bench's), so the
  // server is asked for identity responses; this listener runs before the server's own.
  // Astro's public type leaves out the http.Server its preview object carries; fail loudly if it goes.
  const http = (server as typeof server & { server?: Server }).server;
  if (!http) throw new Error("Astro's preview server no longer exposes its http.Server (tests/setup/serve-dist.ts)");
  http.prependListener("request", (request: IncomingMessage) => {
    request.headers["accept-encoding"] = "identity";
  });
  const browser = await chromium.launchServer({ executablePath: headlessShellPath(), args: CHROMIUM_ARGS, host: "127.0.0.1" });
  const { loadSiteAddress } = await import("../../src/model/site-config.ts");
  const { base } = loadSiteAddress(resolve(process.env.DATA_DIR ?? resolve(root, "data")));
  project.provide("baseUrl", `http://127.0.0.1:${server.port}${base}`);
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.stop();
  };
}
