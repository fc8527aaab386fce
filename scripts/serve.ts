/** Serves the built dist/ locally (Astro's static preview server, gzip included) and prints its URL. */
import { resolve } from "node:path";
import { preview } from "astro";
import { loadSiteAddress } from "../src/model/site-config.ts";

const root = resolve(import.meta.dirname, "..");
const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 4321);
const server = await preview({ root, logLevel: "warn", server: { host, port } });
const { base } = loadSiteAddress(resolve(process.env.DATA_DIR ?? resolve(root, "data")));
console.log(`Serving the site at http://${host}:${server.port}${base}  (Ctrl+C to stop)`);
