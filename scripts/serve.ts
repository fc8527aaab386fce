/** Serves the built dist/ locally (Astro's static preview server, gzip included) and prints its URL. */
import { resolve } from "node:path";
import { preview } from "astro";

const root = resolve(import.meta.dirname, "..");
const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 4321);
const server = await preview({ root, logLevel: "warn", server: { host, port } });
const base = (await import("../src/model/site-config.ts")).deriveSiteAddress(
  { url: "http://localhost/", base_path: "/" },
  { BASE_PATH: process.env.BASE_PATH },
).base;
console.log(`Serving the site at http://${host}:${server.port}${base}  (Ctrl+C to stop)`);
