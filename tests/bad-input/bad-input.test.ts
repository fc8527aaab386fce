/**
 * The bad-input corpus: every folder in cases/ overlays the real data/ with one kind of defect and
 * lists the problems `npm run check` must print for it (file, line, field, message). Each case must
 * also stop the build before Astro runs and leave the previous output untouched.
 * See README.md in this folder for how to add a case.
 *
 * Speed: nothing is copied. The real data/ is read once (cachedReader) and each case is that
 * reader with the case's files laid over it in memory (overlayReader). runBuild receives a virtual
 * data folder name; the mocked checkData below swaps in the case's reader for it and memoises the
 * result, so the build test gets the very result the check test computed. Unchanged CSV tables
 * are parsed once for the whole corpus.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, afterEach, describe, expect, test, vi } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { runBuild } from "../../src/build/run-build.ts";
import { checkData } from "../../src/model/check-data.ts";
import { loadDataReader, type DataReader } from "../../src/model/load-data.ts";
import { cachedReader, overlayReader, readOverlayFiles } from "../helpers/overlay-reader.ts";

// Unit files share a worker (isolate: false in vitest.config.ts). An empty module registry first,
// so the mocks below reach every module this file loads (a file before it may have loaded the
// model's modules bound to the real ones), and again at the end (afterAll), so that no later file
// gets a module bound to these mocks.
const memo = vi.hoisted(() => {
  vi.resetModules();
  return {
    results: new Map<string, unknown>(),
    /** Readers standing in for virtual data folders (one per case). */
    readers: new Map<string, unknown>(),
    /** Every call of checkData, including runBuild's own. */
    calls: [] as { dataDir?: string; today: string }[],
  };
});

vi.mock(import("../../src/model/check-data.ts"), async (importOriginal) => {
  const actual = await importOriginal();
  type Result = ReturnType<typeof actual.checkData>;
  type Options = Parameters<typeof actual.checkData>[0];
  return {
    ...actual,
    checkData: (options: Options): Result => {
      memo.calls.push({ dataDir: options.dataDir, today: options.today });
      const key = JSON.stringify([options.dataDir, options.today]);
      const reader = (options.reader ?? memo.readers.get(options.dataDir ?? "")) as Options["reader"];
      if (!memo.results.has(key)) memo.results.set(key, actual.checkData({ ...options, reader }));
      return memo.results.get(key) as Result;
    },
  };
});

// Most cases leave the big CSV tables as they are: parse each distinct table text once (parseCsv is
// pure and nothing mutates its rows). Keyed on the full text, so an overlaid table is parsed anew.
vi.mock(import("../../src/model/parse-csv.ts"), async (importOriginal) => {
  const actual = await importOriginal();
  const parsed = new Map<string, unknown>();
  return {
    ...actual,
    parseCsv: ((file, text, schema) => {
      const key = `${file}\0${text}`;
      if (!parsed.has(key)) parsed.set(key, actual.parseCsv(file, text, schema));
      return parsed.get(key);
    }) as typeof actual.parseCsv,
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

/** Files (and links) of a case's data/ overlay, keyed by their path relative to it ("recommendations/03.yaml"). */
function overlayOf(name: string): ReturnType<typeof readOverlayFiles> {
  const dir = join(CASES, name, "data");
  return existsSync(dir) ? readOverlayFiles(dir) : new Map();
}

const realReader = cachedReader(loadDataReader(REAL_DATA));

/** The real data with the case's files laid over it and its delete list applied, all in memory. */
function caseReader(name: string): DataReader {
  const deleted = readExpectation(name).delete;
  for (const path of deleted) {
    if (realReader.read(path) === undefined && realReader.list(path).length === 0) throw new Error(`delete: ${path} does not exist in data/ (a typo would make the case test nothing)`);
  }
  return overlayReader(realReader, { files: overlayOf(name), deleted });
}

/** A path inside `dir`, refusing ../ escapes from a case's delete list. */
function inside(dir: string, path: string): string {
  const full = resolve(dir, path);
  if (relative(dir, full).startsWith("..") || full === dir) throw new Error(`${path} is outside ${dir}`);
  return full;
}

/** Temp folders of the current test. */
const testTemps: string[] = [];
const removeAll = (dirs: string[]) => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
};
afterEach(() => removeAll(testTemps));
afterAll(() => {
  memo.results.clear();
  memo.readers.clear();
  vi.resetModules();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "apm-bad-"));
  testTemps.push(dir);
  return dir;
}

/**
 * A real copy of data/ with a case laid over it, for the one test that runs the build script as a
 * subprocess (it reads DATA_DIR itself). Every other test uses caseReader.
 */
function caseData(name: string): string {
  const dataDir = join(tempDir(), "data");
  cpSync(REAL_DATA, dataDir, { recursive: true });
  for (const [path, file] of overlayOf(name)) {
    if (!(file instanceof Uint8Array)) throw new Error(`${name}: the subprocess case must not hold links`);
    const target = inside(dataDir, path);
    // The real files may be read-only; replace rather than overwrite.
    rmSync(target, { force: true });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file);
  }
  for (const path of readExpectation(name).delete) rmSync(inside(dataDir, path), { recursive: true });
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

test("the corpus has at least 75 cases", () => {
  expect(caseNames.length).toBeGreaterThanOrEqual(75);
});

test("the real data passes the checker, so a case's problems come from its overlay", () => {
  const { problems } = checkData({ reader: realReader, today: TODAY });
  expect(problems).toEqual([]);
});

describe.each(caseNames)("%s", (name) => {
  // A folder that does not exist: the mocked checkData reads the case's overlay reader in its place.
  const dataDir = join(CASES, name, "virtual", "data");
  memo.readers.set(dataDir, caseReader(name));

  test("checkData prints every expected problem at its line", () => {
    const expectation = readExpectation(name);
    const overlay = overlayOf(name);
    expect(overlay.size + expectation.delete.length, "a case needs a data/ overlay or a delete list").toBeGreaterThan(0);
    for (const [path, file] of overlay) {
      const real = realReader.read(path);
      if (real && file instanceof Uint8Array) expect(Buffer.from(real).equals(file), `${path} is identical to the real file`).toBe(false);
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
