/**
 * The bad-input corpus: every folder in cases/ overlays a copy of the real data/ with one kind of
 * defect and lists the problems `npm run check` must print for it (file, line, field, message).
 * Each case must also stop the build before Astro runs and leave the previous output untouched.
 * See README.md in this folder for how to add a case.
 *
 * Speed: one check of the full data takes ~0.3 s (mostly the 11,000 CSV rows). Each case's data
 * folder is made once and never changed, so checkData is memoized on its exact arguments
 * (dataDir, today): the runBuild test then gets the very result the checkData test computed
 * for the same folder instead of parsing it a second time.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { runBuild } from "../../src/build/run-build.ts";
import { checkData } from "../../src/model/check-data.ts";

const memo = vi.hoisted(() => ({
  results: new Map<string, unknown>(),
  /** Every call of checkData, including runBuild's own. */
  calls: [] as { dataDir?: string; today: string }[],
}));

vi.mock(import("../../src/model/check-data.ts"), async (importOriginal) => {
  const actual = await importOriginal();
  type Result = ReturnType<typeof actual.checkData>;
  return {
    ...actual,
    checkData: (options: Parameters<typeof actual.checkData>[0]): Result => {
      memo.calls.push({ ...options });
      const key = JSON.stringify([options.dataDir, options.today]);
      if (!memo.results.has(key)) memo.results.set(key, actual.checkData(options));
      return memo.results.get(key) as Result;
    },
  };
});

const ROOT = resolve(import.meta.dirname, "../..");
const REAL_DATA = join(ROOT, "data");
const CASES = join(import.meta.dirname, "cases");
/** Passed to the checker instead of the clock, so the edition-date rule is deterministic. */
const TODAY = "2026-11-25";
/** The "previous build" a failed build must leave exactly as it was. */
const SENTINEL = Buffer.from("<!doctype html>\n<title>previous build</title>\n<p>sentinel \u2014 must survive a failed build</p>\n", "utf8");
/** The case the subprocess test runs; its problem does not depend on today's date. */
const SUBPROCESS_CASE = "bad-calendar-date";

const expectSchema = z.strictObject({
  description: z.string().min(1),
  /** Paths relative to data/ removed after the overlay; each must exist in the real data. */
  delete: z.array(z.string().min(1)).default([]),
  problems: z
    .array(
      z.strictObject({
        /** As printed: the temp folder is always named data, so paths start with data/. */
        file: z.string().startsWith("data/"),
        line: z.int().positive(),
        /** As printed: "(file)" for a problem with the whole file. */
        field: z.string().min(1),
        /** A substring of the printed message. */
        message: z.string().min(1),
      }),
    )
    .min(1, "list at least one problem the case must produce"),
});
type Expectation = z.output<typeof expectSchema>;
type ExpectedProblem = Expectation["problems"][number];

const caseNames = readdirSync(CASES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function readExpectation(name: string): Expectation {
  return expectSchema.parse(parse(readFileSync(join(CASES, name, "expect.yaml"), "utf8")));
}

/** Files of a case's data/ overlay, relative to it ("recommendations/03.yaml"). */
function overlayFiles(name: string): string[] {
  const dir = join(CASES, name, "data");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join("/"))
    .sort();
}

/** A path inside `dir`, refusing ../ escapes from a case's delete list. */
function inside(dir: string, path: string): string {
  const full = resolve(dir, path);
  if (relative(dir, full).startsWith("..") || full === dir) throw new Error(`${path} is outside ${dir}`);
  return full;
}

/** Temp folders of the current test, and of the current case (its data copy). */
const testTemps: string[] = [];
const caseTemps: string[] = [];
const removeAll = (dirs: string[]) => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
};
afterEach(() => removeAll(testTemps));
afterAll(() => {
  removeAll(caseTemps);
  memo.results.clear();
});

function tempDir(list: string[] = testTemps): string {
  const dir = mkdtempSync(join(tmpdir(), "apm-bad-"));
  list.push(dir);
  return dir;
}

/** A fresh copy of the real data/ in a temp folder, with the case's overlay and deletions applied. */
function caseData(name: string | undefined, temps: string[] = testTemps): string {
  const dataDir = join(tempDir(temps), "data");
  cpSync(REAL_DATA, dataDir, { recursive: true });
  if (name === undefined) return dataDir;
  for (const path of overlayFiles(name)) {
    const target = inside(dataDir, path);
    // The real files may be read-only; replace rather than overwrite.
    rmSync(target, { force: true });
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(CASES, name, "data", path), target);
  }
  for (const path of readExpectation(name).delete) {
    const target = inside(dataDir, path);
    if (!existsSync(target)) throw new Error(`delete: ${path} does not exist in data/ (a typo would make the case test nothing)`);
    rmSync(target, { recursive: true });
  }
  return dataDir;
}

/** Printed lines look like `data/recommendations/03.yaml:19:5  history[1].date  not a real calendar date`. */
function matches(printed: string, p: ExpectedProblem): boolean {
  const prefix = `${p.file}:${p.line}:`;
  if (!printed.startsWith(prefix)) return false;
  const rest = printed.slice(prefix.length).replace(/^\d+/, "");
  return rest.startsWith(`  ${p.field}  `) && rest.slice(p.field.length + 4).includes(p.message);
}

function describeProblem(p: ExpectedProblem): string {
  return `${p.file}:${p.line}:  ${p.field}  …${p.message}…`;
}

/** The expected problems that none of the printed lines matches. */
function missingFrom(printed: readonly string[], expected: readonly ExpectedProblem[]): string[] {
  return expected.filter((p) => !printed.some((line) => matches(line, p))).map(describeProblem);
}

function startOutDir(): string {
  const outDir = join(tempDir(), "dist");
  mkdirSync(outDir);
  writeFileSync(join(outDir, "index.html"), SENTINEL);
  return outDir;
}

/** The output folder still holds the sentinel, byte for byte, and nothing else. */
function expectUntouched(outDir: string): void {
  expect(readdirSync(outDir, { recursive: true, encoding: "utf8" })).toEqual(["index.html"]);
  expect(readFileSync(join(outDir, "index.html")).equals(SENTINEL), "index.html changed").toBe(true);
}

test("the corpus has at least 28 cases", () => {
  expect(caseNames.length).toBeGreaterThanOrEqual(28);
});

test("the real data passes the checker, so a case's problems come from its overlay", () => {
  const { problems } = checkData({ dataDir: caseData(undefined), today: TODAY });
  expect(problems).toEqual([]);
});

describe.each(caseNames)("%s", (name) => {
  // One copy of data/ for the case, shared by its two tests and never modified after this.
  let dataDir = "";
  beforeAll(() => {
    dataDir = caseData(name, caseTemps);
  });
  afterAll(() => {
    removeAll(caseTemps);
    memo.results.clear();
  });

  test("checkData prints every expected problem at its line", () => {
    const expectation = readExpectation(name);
    const overlay = overlayFiles(name);
    expect(overlay.length + expectation.delete.length, "a case needs a data/ overlay or a delete list").toBeGreaterThan(0);
    for (const path of overlay) {
      const real = join(REAL_DATA, path);
      if (existsSync(real)) expect(readFileSync(real).equals(readFileSync(join(CASES, name, "data", path))), `${path} is identical to the real file`).toBe(false);
    }

    const { problems } = checkData({ dataDir, today: TODAY });
    expect(missingFrom(problems, expectation.problems), `printed:\n${problems.join("\n")}`).toEqual([]);
  });

  test("runBuild stops before Astro and leaves the output folder untouched", async () => {
    const expectation = readExpectation(name);
    const outDir = startOutDir();
    memo.calls.length = 0;
    const logged: string[] = [];
    const errors: string[] = [];
    let astroCalls = 0;

    const code = await runBuild({
      root: ROOT,
      dataDir,
      outDir,
      today: TODAY,
      astroBuild: async () => {
        astroCalls++;
      },
      log: (line) => logged.push(line),
      error: (line) => errors.push(line),
    });

    expect(code).toBe(1);
    expect(astroCalls).toBe(0);
    expect(logged, "nothing is reported as built").toEqual([]);
    expect(memo.calls, "runBuild validates the given folder with the given date").toContainEqual({ dataDir, today: TODAY });
    expectUntouched(outDir);
    // The build prints the same located problems as the checker.
    expect(missingFrom(errors, expectation.problems), `printed:\n${errors.join("\n")}`).toEqual([]);
  });
});

test(`scripts/build.ts exits 1 on bad data and keeps OUT_DIR (${SUBPROCESS_CASE})`, { timeout: 60_000 }, () => {
  const expectation = readExpectation(SUBPROCESS_CASE);
  const dataDir = caseData(SUBPROCESS_CASE);
  const outDir = startOutDir();

  const result = spawnSync(process.execPath, ["scripts/build.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir },
    encoding: "utf8",
    timeout: 55_000,
  });

  expect(result.error).toBeUndefined();
  expect(result.status, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(1);
  for (const p of expectation.problems) expect(result.stderr).toContain(`${p.file}:${p.line}:`);
  expect(missingFrom(result.stderr.split("\n"), expectation.problems), result.stderr).toEqual([]);
  expectUntouched(outDir);
});
