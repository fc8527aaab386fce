/**
 * The real build, twice, under a sub-path, from a copy of the fixture data tree (tests/fixtures/
 * data-small: real data cut to five countries, every file kind) plus one fixture assessment: every
 * internal link and the canonical URL carry the base path, the same input gives byte-identical
 * output, and an analyst's matrix scores render with the right cells. The fixture tree renders
 * every template and every kind of file the full data does, at a fraction of the pages; the full
 * data is built by `npm test` itself and, with hostile text, by tests/e2e/hostile-text.test.ts.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import { parse } from "yaml";
import { listFiles } from "../../src/build/check-built-site.ts";

const root = resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "apm-build-"));
const outputs = [join(scratch, "a"), join(scratch, "b")];
const dataDir = join(scratch, "data");
const fixtureData = join(root, "tests/fixtures/data-small");
const fixture = join(root, "tests/fixtures/assessments/SDN.yaml");

/** The child build must not inherit Vitest's import.meta.env mirrors (BASE_URL, MODE, …). */
const { BASE_URL, MODE, DEV, PROD, SSR, ...parentEnv } = process.env;
void [BASE_URL, MODE, DEV, PROD, SSR];

function build(outDir: string) {
  const run = spawnSync(process.execPath, ["scripts/build.ts"], {
    cwd: root,
    env: { ...parentEnv, SITE_URL: "https://un.example/monitor/", OUT_DIR: outDir, DATA_DIR: dataDir },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
}

/** Every file of a build (pages, scripts, styles, data files, the search index) by its hash. */
function fingerprint(dir: string): Map<string, string> {
  return new Map([...listFiles(dir)].sort().map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

beforeAll(() => {
  cpSync(fixtureData, dataDir, { recursive: true });
  mkdirSync(join(dataDir, "assessments"), { recursive: true });
  cpSync(fixture, join(dataDir, "assessments/SDN.yaml"));
  // Two languages are enough to check prefixed pages under the sub-path; all six would triple the time.
  const siteYaml = join(dataDir, "site.yaml");
  const site = readFileSync(siteYaml, "utf8");
  expect(site).toMatch(/^languages: .*$/m);
  writeFileSync(siteYaml, site.replace(/^languages: .*$/m, "languages: [en, fr]"));
  outputs.forEach(build);
}, 600_000); // A ceiling for two full builds on a loaded 2-core machine.
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("every internal link, asset and canonical URL respects the sub-path", () => {
  const html = readFileSync(join(outputs[0], "recommendations/12/index.html"), "utf8");
  expect(html).toContain('<link rel="canonical" href="https://un.example/monitor/recommendations/12/">');
  const internal = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
  expect(internal.length).toBeGreaterThan(10);
  expect(internal.filter((url) => !url.startsWith("/monitor/"))).toEqual([]);
});

test("a page in another language keeps the sub-path in its links, canonical and alternates", () => {
  const html = readFileSync(join(outputs[0], "fr/recommendations/12/index.html"), "utf8");
  expect(html).toContain('<link rel="canonical" href="https://un.example/monitor/fr/recommendations/12/">');
  expect(html).toContain('<link rel="alternate" hreflang="en" href="https://un.example/monitor/recommendations/12/">');
  const internal = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
  expect(internal.filter((url) => !url.startsWith("/monitor/"))).toEqual([]);
  expect(internal).toContain("/monitor/fr/recommendations/");
});

test("the same input builds a byte-identical site, every file of it", () => {
  const [a, b] = outputs.map(fingerprint);
  expect([...a.keys()].filter((f) => f.endsWith(".html")).length).toBeGreaterThan(30);
  expect([...a.keys()].filter((f) => f.startsWith("pagefind/")).length).toBeGreaterThan(30);
  expect([...b.entries()]).toEqual([...a.entries()]);
});

test("an analyst's matrix scores render in the country's grid, with the level the rule gives", () => {
  const { document } = parseHTML(readFileSync(join(outputs[0], "countries/sdn/index.html"), "utf8"));
  const entry = (parse(readFileSync(fixture, "utf8")) as { entries: { date: string; indicators: Record<string, { score: number }> }[] }).entries[0];
  const grid = document.querySelector(".matrix-grid")!;
  const column = grid.querySelector("th.col-curated")!.getAttribute("data-column");
  for (const [indicator, { score }] of Object.entries(entry.indicators)) {
    const cell = grid.querySelector(`tr[data-indicator="${indicator}"] td[data-column="${column}"]`)!;
    expect(cell.getAttribute("data-status"), indicator).toBe("curated");
    expect(cell.getAttribute("data-score"), indicator).toBe(String(score));
    expect(cell.textContent).toContain("analyst");
  }
  const unscored = grid.querySelector(`tr[data-indicator="capacity"] td[data-column="${column}"]`)!;
  expect(unscored.getAttribute("data-status")).toBe("not-assessed");
  // By hand from indicators.yaml (the fixture tree copies data/ unchanged): weighted mean (3×2 + 2 + 3 + 1) / (2 + 1 + 1 + 1) = 2.4 ≥ 2.25.
  expect(grid.querySelector(`tfoot td[data-column="${column}"]`)!.getAttribute("data-level")).toBe("very-high");
});
