/**
 * Build orchestration: validate data → Astro build into a temporary folder → post-build checks →
 * replace dist/ in one rename. Any failure leaves the previous dist/ exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkData } from "../model/check-data.ts";
import { deriveSiteAddress, placeholderAddressWarning } from "../model/site-config.ts";
import { checkBuiltSite } from "./check-built-site.ts";

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  dataDir: string;
  /** Final output folder, normally <root>/dist. */
  outDir: string;
  /** Today's date, for the edition-date check. */
  today: string;
  /** Runs Astro into the given folder; injected so tests can stand in for it. */
  astroBuild: (outDir: string) => Promise<void>;
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Returns the process exit code: 0 when dist/ was replaced, 1 when nothing was published. */
export async function runBuild(options: BuildOptions): Promise<number> {
  const { root, dataDir, outDir, log, error } = options;
  const checked = checkData({ dataDir, today: options.today });
  if (checked.problems.length > 0 || !checked.data) {
    checked.problems.forEach(error);
    error(`${checked.problems.length} problem(s) in data; the build stopped and ${outDir} was left unchanged.`);
    return 1;
  }
  log(checked.summary);

  const scratch = resolve(root, ".build-tmp");
  const staging = join(scratch, `dist-${process.pid}`);
  const retired = join(scratch, `old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  try {
    await options.astroBuild(staging);
    const address = deriveSiteAddress(checked.data.site.value, process.env);
    const { base } = address;
    const placeholder = placeholderAddressWarning(address);
    if (placeholder) error(placeholder);
    const problems = checkBuiltSite(staging, base);
    if (problems.length > 0) {
      problems.forEach(error);
      throw new Error(`${problems.length} problem(s) in the built site`);
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    error(e instanceof Error ? e.message : String(e));
    error(`The build failed; ${outDir} was left unchanged.`);
    return 1;
  }
  if (existsSync(outDir)) renameSync(outDir, retired);
  renameSync(staging, outDir);
  rmSync(retired, { recursive: true, force: true });
  log(`Built the site into ${outDir}.`);
  return 0;
}
