/**
 * Publishing survives a kill at any step: each build below is SIGKILLed while paused at a named step
 * (APM_BUILD_PAUSE_AT, see src/build/pause.ts), and dist/ must then hold every page of one complete
 * build, the old or the new one. The builds are real runBuild runs with a fake renderer
 * (publish-child.ts); the tests run in order on one output folder, each starting where the last left.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { PAGES, page } from "./publish-fixture.ts";

const child = resolve(import.meta.dirname, "publish-child.ts");
const scratch = mkdtempSync(join(tmpdir(), "apm-publish-"));
const outDir = join(scratch, "dist");
const versions = join(scratch, ".dist-versions");
const buildTmp = join(scratch, ".build-tmp");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The builds check the small fixture data tree: what is published here are the fake renderer's pages,
 * so the data only has to pass the check, and the full data/ cost each of the dozen builds a second more.
 */
const SMALL_DATA = resolve(import.meta.dirname, "../fixtures/data-small");

function env(label: string, out: string, extra: Record<string, string> = {}) {
  return { ...process.env, OUT_DIR: out, BUILD_LABEL: label, APM_BUILD_PAUSE_AT: "", DATA_DIR_FOR_TEST: SMALL_DATA, ...extra };
}

function build(label: string, out = outDir) {
  const run = spawnSync(process.execPath, [child], { env: env(label, out), encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Starts a build, waits until it reports being paused at `step`, then SIGKILLs it. */
async function killAt(step: string, label: string, out = outDir): Promise<void> {
  const marker = join(scratch, `paused-${label}`);
  const proc = spawn(process.execPath, [child], {
    env: env(label, out, { APM_BUILD_PAUSE_AT: step, APM_BUILD_PAUSE_MARKER: marker }),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  proc.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<never>((_, reject) =>
    proc.on("exit", (code) => reject(new Error(`build ${label} exited (${code}) before pausing at ${step}: ${stderr}`))),
  );
  // The build blocks once paused, so the marker only has to be noticed, never raced.
  const paused = new Promise<void>((done) => {
    const poll = setInterval(() => {
      if (existsSync(marker)) {
        clearInterval(poll);
        done();
      }
    }, 25);
    proc.on("exit", () => clearInterval(poll));
  });
  const killed = new Promise((done) => proc.on("exit", done));
  try {
    await Promise.race([paused, exited]);
    expect(readFileSync(marker, "utf8")).toBe(step);
  } finally {
    // Killed whatever the check says: a paused build left running would block its version for good.
    proc.kill("SIGKILL");
    await killed;
  }
}

/** Every page of one build, complete; returns that build's label. */
function publishedLabel(out = outDir): string {
  const index = readFileSync(join(out, "index.html"), "utf8");
  const label = /<title>(.*)<\/title>/.exec(index)![1];
  for (const path of PAGES) expect(readFileSync(join(out, path, "index.html"), "utf8"), path).toBe(page(label, path));
  return label;
}

/** A pid that certainly belongs to no running process: one that has just exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

describe("publishing through a dist symlink", () => {
  test("the first build migrates a real dist/ folder and removes scratch of dead builds", () => {
    mkdirSync(outDir);
    for (const path of PAGES) {
      mkdirSync(join(outDir, path), { recursive: true });
      writeFileSync(join(outDir, path, "index.html"), page("legacy", path));
    }
    const stale = join(buildTmp, `dist-${deadPid()}`);
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, "index.html"), "<p>half");

    const run = build("b1");
    expect(run.status, run.output).toBe(0);
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    expect(publishedLabel()).toBe("b1");
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(versions)).toHaveLength(2);
  });

  test("killed after rendering: the old site stays", async () => {
    await killAt("after-render", "b2");
    expect(publishedLabel()).toBe("b1");
  });

  test("killed in the swap before the rename: the old site stays", async () => {
    await killAt("before-rename", "b3");
    expect(publishedLabel()).toBe("b1");
  });

  test("killed in the swap right after the rename: the new site is complete", async () => {
    await killAt("after-rename", "b4");
    expect(publishedLabel()).toBe("b4");
  });

  test("killed while pruning old versions: the new site is complete", async () => {
    await killAt("prune", "b5");
    expect(publishedLabel()).toBe("b5");
  });

  test("the next build cleans up after the killed ones and keeps only the current and previous versions", () => {
    const run = build("b6");
    expect(run.status, run.output).toBe(0);
    expect(publishedLabel()).toBe("b6");
    expect(readdirSync(buildTmp)).toEqual([]);
    const kept = readdirSync(versions).map((v) => readFileSync(join(versions, v, "index.html"), "utf8"));
    expect(kept.map((html) => /<title>(.*)<\/title>/.exec(html)![1]).sort()).toEqual(["b5", "b6"]);
  });

  test("a kill in the middle of the one-time migration is repaired by the next start", async () => {
    const other = join(scratch, "site");
    for (const path of PAGES) {
      mkdirSync(join(other, path), { recursive: true });
      writeFileSync(join(other, path, "index.html"), page("legacy", path));
    }
    await killAt("migrate", "m1", other);
    // The one window Node cannot close: a folder cannot be swapped for a link in one rename.
    expect(existsSync(other)).toBe(false);
    await killAt("after-render", "m2", other);
    // Both the old folder and m1's output were complete versions by then; the newest is restored.
    expect(publishedLabel(other)).toBe("m1");
  });

  test("a build that fails on bad data leaves a real dist/ folder as it was", () => {
    const legacy = join(scratch, "kept");
    mkdirSync(legacy);
    writeFileSync(join(legacy, "index.html"), page("legacy", ""));
    const run = spawnSync(process.execPath, [child], { env: { ...env("x", legacy), DATA_DIR_FOR_TEST: join(scratch, "no-data") }, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(lstatSync(legacy).isDirectory()).toBe(true);
    expect(readdirSync(legacy)).toEqual(["index.html"]);
  });

  test("an OUT_DIR whose parent is missing fails before anything is built", () => {
    const run = build("x", join(scratch, "no-such-folder", "dist"));
    expect(run.status).toBe(1);
    expect(run.output).toContain(`The output folder's parent ${join(scratch, "no-such-folder")} does not exist`);
    expect(run.output).not.toContain("data OK");
    expect(existsSync(join(scratch, "no-such-folder"))).toBe(false);
  });
});

/** Staging is under the project root; an OUT_DIR on another file system is reached by copying. */
const otherDevice = existsSync("/dev/shm") && statSync("/dev/shm").dev !== statSync(resolve(import.meta.dirname)).dev;
test.skipIf(!otherDevice)("an OUT_DIR on another file system is published too", () => {
  const elsewhere = mkdtempSync("/dev/shm/apm-publish-");
  try {
    const run = build("far", join(elsewhere, "dist"));
    expect(run.status, run.output).toBe(0);
    expect(publishedLabel(join(elsewhere, "dist"))).toBe("far");
    expect(readdirSync(join(elsewhere, ".build-tmp"))).toEqual([]);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
