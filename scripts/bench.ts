/**
 * `npm run bench`: build time of the full real dataset, and the gzip weight of representative pages
 * against DESIGN.md's budgets. Prints a table; never fails a test run (targets are not tests).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { measurePage } from "../src/build/page-weight.ts";
import { loadSiteAddress } from "../src/model/site-config.ts";

const root = resolve(import.meta.dirname, "..");
const dist = resolve(root, "dist");
const KB = 1024;

const started = performance.now();
const build = spawnSync(process.execPath, [resolve(root, "scripts/build.ts")], { cwd: root, stdio: "inherit" });
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(build.status ?? 1);

const { base } = loadSiteAddress(resolve(process.env.DATA_DIR ?? resolve(root, "data")));
const pages: { name: string; path: string; budget: number; jsBudget?: number }[] = [
  { name: "home", path: "", budget: 150 * KB, jsBudget: 30 * KB },
  { name: "map", path: "map/", budget: 80 * KB },
  { name: "map, observed 2024", path: "map/observed/2024/", budget: 80 * KB },
  { name: "country (Sudan)", path: "countries/sdn/", budget: 80 * KB },
  { name: "trends", path: "trends/", budget: 80 * KB },
  { name: "countries index", path: "countries/", budget: 80 * KB },
  { name: "recommendations", path: "recommendations/", budget: 80 * KB },
  { name: "recommendation", path: "recommendations/1/", budget: 80 * KB },
];

const rows = pages
  .filter((p) => existsSync(resolve(dist, p.path, "index.html")))
  .map((p) => {
    const w = measurePage(dist, p.path, base);
    const ok = w.total <= p.budget && (p.jsBudget === undefined || w.js <= p.jsBudget);
    const kb = (n: number) => (n / KB).toFixed(1);
    return [p.name, `/${p.path}`, kb(w.html), kb(w.css), kb(w.js), kb(w.other), kb(w.total), `${kb(p.budget)}${p.jsBudget ? ` (JS ${kb(p.jsBudget)})` : ""}`, ok ? "ok" : "OVER"];
  });
const header = ["page", "path", "HTML KB", "CSS KB", "JS KB", "other KB", "total KB gz", "budget KB", ""];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(`\nBuild of the full real dataset (check + Astro + post-build checks): ${buildSeconds.toFixed(1)} s\n`);
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
rows.forEach((r) => console.log(line(r)));
