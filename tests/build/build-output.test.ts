/**
 * The real build, twice, under a sub-path: every internal link and the canonical URL carry the base
 * path, and the same input gives byte-identical output.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { listHtmlFiles } from "../../src/build/check-built-site.ts";

const root = resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "apm-build-"));
const outputs = [join(scratch, "a"), join(scratch, "b")];

/** The child build must not inherit Vitest's import.meta.env mirrors (BASE_URL, MODE, …). */
const { BASE_URL, MODE, DEV, PROD, SSR, ...parentEnv } = process.env;
void [BASE_URL, MODE, DEV, PROD, SSR];

function build(outDir: string) {
  const run = spawnSync(process.execPath, ["scripts/build.ts"], {
    cwd: root,
    env: { ...parentEnv, SITE_URL: "https://un.example/monitor/", OUT_DIR: outDir },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
}

function fingerprint(dir: string): Map<string, string> {
  return new Map(listHtmlFiles(dir).map((f) => [relative(dir, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
}

beforeAll(() => outputs.forEach(build), 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("every internal link, asset and canonical URL respects the sub-path", () => {
  const html = readFileSync(join(outputs[0], "recommendations/12/index.html"), "utf8");
  expect(html).toContain('<link rel="canonical" href="https://un.example/monitor/recommendations/12/">');
  const internal = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]);
  expect(internal.length).toBeGreaterThan(10);
  expect(internal.filter((url) => !url.startsWith("/monitor/"))).toEqual([]);
});

test("the same input builds byte-identical pages", () => {
  const [a, b] = outputs.map(fingerprint);
  expect(a.size).toBeGreaterThan(30);
  expect([...b.entries()]).toEqual([...a.entries()]);
});
