/**
 * Vitest global setup: serves the built dist/ with Astro's preview server (the same gzip and
 * trailing-slash behaviour as a static host) and hands its URL to the tests as `baseUrl`.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { preview } from "astro";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin plus base path of the served site, ending in "/". */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, "../..");
  if (!existsSync(resolve(root, "dist/index.html"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test does it for you).");
  }
  const server = await preview({ root, logLevel: "error", server: { host: "127.0.0.1", port: 0 } });
  const { loadSiteAddress } = await import("../../src/model/site-config.ts");
  const { base } = loadSiteAddress(resolve(process.env.DATA_DIR ?? resolve(root, "data")));
  project.provide("baseUrl", `http://127.0.0.1:${server.port}${base}`);
  return async () => {
    await server.stop();
  };
}
