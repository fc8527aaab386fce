/** The build's pool of threads answers with what the page would have made itself, and never blocks a page. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { formatBibliography } from "../../src/citation/bibliography.ts";
import { renderDeathsByYear } from "../../src/charts/deaths-by-year.ts";
import { startOffThreadPool, type RunningPool } from "../../src/build/off-thread-pool.ts";
import { offThread } from "../../src/build/off-thread-tasks.ts";
import { OFF_THREAD_POOL } from "../../src/build/off-thread-key.ts";

const item = { id: "apm_country_sdn", type: "dataset", title: "Soudan : profil de pays", author: [{ literal: "Atrocity Prevention Monitor editors" }], publisher: "Atrocity Prevention Monitor editors", "container-title": "Atrocity Prevention Monitor", version: "2026.11", issued: { "date-parts": [[2026, 11, 25]] }, accessed: { "date-parts": [[2026, 11, 25]] }, URL: "https://example.org/fr/countries/sdn/" };
const series = [
  { year: 2022, best: 120, low: 100, high: 150 },
  { year: 2023, best: 2316, low: 1627, high: 2387 },
];
const options = { id: "country-deaths", title: "Civilians killed", description: "2,316 in 2023", yLabel: "Nombre", locale: "fr" };

let pool: RunningPool | undefined;
afterEach(async () => {
  await pool?.stop();
  pool = undefined;
});

describe("off-thread tasks", () => {
  test("a thread formats a French reference (CSL files loaded through ?raw) and draws a chart exactly as this thread does", async () => {
    pool = startOffThreadPool(2);
    const [reference, drawing] = await Promise.all([offThread("bibliography", item, "apa", "fr"), offThread("deathsByYear", series, options)]);
    expect(reference).toBe(formatBibliography(item, "apa", "fr"));
    // French typography: citeproc puts a no-break space before the colon.
    expect(reference).toMatch(/Soudan\s:\sprofil de pays/);
    expect(drawing.wide).toBe(renderDeathsByYear(series, options));
    expect(drawing.narrow).toBe(renderDeathsByYear(series, { ...options, id: "country-deaths-narrow", narrow: true }));
    expect(await pool.stop()).toEqual({ threads: 2, tasks: 2 });
    expect(OFF_THREAD_POOL in globalThis).toBe(false);
  });

  test("a task that throws on the thread is run here, so its error names the real cause", async () => {
    pool = startOffThreadPool(1);
    await expect(offThread("deathsByYear", null as never, options)).rejects.toThrow(TypeError);
  });

  test("without a pool, or after it stopped, the page makes the drawing itself", async () => {
    expect(await offThread("bibliography", item, "chicago-author-date", "en")).toBe(formatBibliography(item, "chicago-author-date", "en"));
    pool = startOffThreadPool(1);
    await pool.stop();
    expect((await offThread("deathsByYear", series, options)).wide).toBe(renderDeathsByYear(series, options));
  });
});

describe("the pool and the process", () => {
  test("a process whose only work is a task on the pool waits for its answer; an idle pool does not keep it alive", () => {
    // A child process: this one (Vitest) is kept alive by other handles.
    const src = (path: string) => pathToFileURL(resolve("src/build", path)).href;
    const script = `
      import { startOffThreadPool } from "${src("off-thread-pool.ts")}";
      import { OFF_THREAD_POOL } from "${src("off-thread-key.ts")}";
      startOffThreadPool(1);
      // As a page in Astro's bundle asks (offThread), without loading the tasks here.
      const drawing = await globalThis[OFF_THREAD_POOL].run("deathsByYear", [[{ year: 2023, best: 5, low: 4, high: 6 }], { id: "c", title: "t", description: "d", yLabel: "n" }]);
      console.log(drawing.wide.startsWith("<svg") ? "drawn" : "not drawn");
    `;
    const folder = mkdtempSync(join(tmpdir(), "apm-pool-"));
    const file = join(folder, "only-the-pool.mjs");
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 120_000 });
    rmSync(folder, { recursive: true, force: true });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("drawn");
    expect(run.status).toBe(0);
  });
});
