/**
 * Build orchestration: prepare the publish (fails early on a bad OUT_DIR) → validate data → Astro
 * build into a staging folder → search index (Pagefind) → post-build checks → publish by switching the dist symlink (see
 * publish.ts). Any failure, or a kill at any instant, leaves a complete dist/.
 */
import { mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { checkData } from "../model/check-data.ts";
import type { ParsedData } from "../model/parse-data.ts";
import { deriveSiteAddress, placeholderAddressWarning } from "../model/site-config.ts";
import { checkBuiltSiteAside } from "./check-aside.ts";
import { checkBuiltSite } from "./check-built-site.ts";
import { pauseAt } from "./pause.ts";
import { preparePublish, publish } from "./publish.ts";

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  dataDir: string;
  /** Final output path, normally <root>/dist; published as a symlink to a versioned folder beside it. */
  outDir: string;
  /** Today's date, for the edition-date check. */
  today: string;
  /** Runs Astro into the given folder with the data just validated; injected so tests can stand in for it. */
  astroBuild: (outDir: string, data: ParsedData) => Promise<void>;
  /**
   * Writes the search index into its folder of the built site (src/build/search-index.ts). The pages
   * are checked while it is written, and its folder once it is there, so the checks cover it; left out
   * by tests whose stand-in renderer writes no real pages.
   */
  searchIndex?: { folder: string; write: (outDir: string) => Promise<number> };
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Returns the process exit code: 0 when dist/ was replaced, 1 when nothing was published. */
export async function runBuild(options: BuildOptions): Promise<number> {
  const { root, dataDir, outDir, log, error } = options;
  let staging: string;
  try {
    const prepared = preparePublish(outDir, root);
    prepared.log.forEach(log);
    staging = prepared.staging;
  } catch (e) {
    error(e instanceof Error ? e.message : String(e));
    error(`Nothing was built; ${outDir} was left unchanged.`);
    return 1;
  }
  const laps = lapTimer();
  const checked = checkData({ dataDir, today: options.today });
  if (checked.problems.length > 0 || !checked.data) {
    checked.problems.forEach(error);
    error(`${checked.problems.length} problem(s) in data; the build stopped and ${outDir} was left unchanged.`);
    return 1;
  }
  log(checked.summary);
  laps.lap("data checked");

  try {
    mkdirSync(dirname(staging), { recursive: true });
    await options.astroBuild(staging, checked.data);
    laps.lap("pages rendered");
    const address = deriveSiteAddress(checked.data.site.value, process.env);
    const { base } = address;
    const placeholder = placeholderAddressWarning(address);
    if (placeholder) error(placeholder);
    let problems: string[];
    if (options.searchIndex) {
      const skip = `${options.searchIndex.folder}/`;
      // Each side timed on its own: the step lasts as long as the slower one.
      const timed = async <T>(work: Promise<T>): Promise<[T, string]> => {
        const started = performance.now();
        return [await work, `${((performance.now() - started) / 1000).toFixed(1)} s`];
      };
      const [[indexed, indexTime], [pageProblems, checkTime]] = await Promise.all([timed(options.searchIndex.write(staging)), timed(checkBuiltSiteAside(staging, base, { skip }))]);
      log(`Search index: ${indexed} pages in ${indexTime}; the built pages were checked beside it in ${checkTime}.`);
      problems = [...pageProblems, ...checkBuiltSite(staging, base, { only: skip })];
      laps.lap("search index written and site checked");
    } else {
      problems = checkBuiltSite(staging, base);
      laps.lap("site checked");
    }
    if (problems.length > 0) {
      problems.forEach(error);
      throw new Error(`${problems.length} problem(s) in the built site`);
    }
    pauseAt("after-render");
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    error(e instanceof Error ? e.message : String(e));
    error(`The build failed; ${outDir} was left unchanged.`);
    return 1;
  }
  try {
    const version = publish(outDir, staging);
    laps.lap("published");
    log(`Built the site into ${outDir} (→ ${version}).`);
    log(`Time: ${laps.summary()}.`);
    return 0;
  } catch (e) {
    // Every step of publish leaves outDir pointing at a complete version, so it is safe to stop here.
    error(`Publishing failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

/** Wall time of each step since the last, for the closing "Time:" line: where a slow build spends it. */
function lapTimer() {
  const laps: string[] = [];
  let last = performance.now();
  return {
    lap(step: string) {
      const now = performance.now();
      laps.push(`${step} ${((now - last) / 1000).toFixed(1)} s`);
      last = now;
    },
    summary: () => laps.join(" · "),
  };
}
