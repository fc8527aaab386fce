import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "apm-citations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, "citations.json");

/** One build's worth of references, in a process of its own (the cache is written when it exits). */
function build(inputs: string[], cache: string | null = file): { formatted: number; texts: string[] } {
  const { CITATION_CACHE: _, ...env } = process.env;
  const run = spawnSync(process.execPath, [join(import.meta.dirname, "citation-cache-child.ts"), ...inputs], {
    env: cache ? { ...env, CITATION_CACHE: cache } : env,
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { formatted: number; texts: string[] };
}

test("a rebuild reads its references from the cache and gives the same text", () => {
  expect(build(["Sudan", "Mali"])).toEqual({ formatted: 2, texts: ["Reference to Sudan.", "Reference to Mali."] });
  expect(build(["Sudan", "Mali"])).toEqual({ formatted: 0, texts: ["Reference to Sudan.", "Reference to Mali."] });
  // A changed input (a renamed page) is formatted afresh; the unchanged one is still reused.
  expect(build(["Sudan", "Chad"]).formatted).toBe(1);
});

test("entries no build used in the last three writes are dropped, so the file does not grow forever", () => {
  const kept = () => Object.keys((JSON.parse(readFileSync(file, "utf8")) as { entries: object }).entries).length;
  // Mali was last used two builds before Sudan and Chad.
  build(["Niger"]);
  build(["Niger"]);
  expect(kept()).toBe(3); // Sudan, Chad, Niger
  build(["Niger"]);
  expect(kept()).toBe(1);
  expect(build(["Chad"]).formatted).toBe(1);
});

test("without CITATION_CACHE (unit tests, the dev server) every reference is formatted and nothing is written", () => {
  const before = readFileSync(file, "utf8");
  expect(build(["Sudan"], null).formatted).toBe(1);
  expect(readFileSync(file, "utf8")).toBe(before);
});
