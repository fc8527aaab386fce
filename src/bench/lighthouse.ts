/**
 * Lighthouse (mobile) for the bench, with Debian's Chromium. Lighthouse is not a project dependency:
 * the bench installs a pinned version into .tools/lighthouse/ the first time it is needed.
 */
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

export const LIGHTHOUSE_VERSION = "13.5.0";
export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export interface LighthouseResult {
  /** Median score (0–100) of each category over the runs. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Median of the CPU benchmark index Lighthouse measured on each run (higher is a faster machine). */
  benchmarkIndex: number;
  runs: number;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The CLI's path, installing it if needed; or why it cannot be had. */
export function ensureLighthouse(toolsDir: string, npm: string): { cli: string } | { skipped: string } {
  const prefix = join(toolsDir, "lighthouse");
  const cli = join(prefix, "node_modules", "lighthouse", "cli", "index.js");
  const installed = join(prefix, "node_modules", "lighthouse", "package.json");
  if (existsSync(installed) && JSON.parse(readFileSync(installed, "utf8")).version === LIGHTHOUSE_VERSION) return { cli };
  mkdirSync(prefix, { recursive: true });
  const install = spawnSync(npm, ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", `lighthouse@${LIGHTHOUSE_VERSION}`], { encoding: "utf8" });
  if (install.status !== 0 || !existsSync(cli)) {
    const reason = (install.stderr || install.error?.message || "").trim().split("\n").at(-1);
    return { skipped: `could not install lighthouse@${LIGHTHOUSE_VERSION} into ${prefix}: ${reason}` };
  }
  return { cli };
}

/**
 * Runs Lighthouse `runs` times on one URL; throws with Lighthouse's last words if a run fails.
 * Asynchronous on purpose: the site may be served from this very process, which must keep answering.
 */
export async function runLighthouse(cli: string, url: string, chrome: { path: string; args: string[] }, runs: number, scratch: string): Promise<LighthouseResult> {
  const reports: { categories: Record<string, { score: number | null }>; environment: { benchmarkIndex: number } }[] = [];
  for (let i = 0; i < runs; i++) {
    const output = join(scratch, `lighthouse-${i}.json`);
    const args = [cli, url, "--quiet", "--output=json", `--output-path=${output}`, `--only-categories=${CATEGORIES.join(",")}`, `--chrome-flags=--headless=new ${chrome.args.join(" ")}`];
    try {
      await promisify(execFile)(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome.path }, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 });
    } catch (e) {
      const failure = e as { stderr?: string; message: string };
      throw new Error((failure.stderr || failure.message).trim().split("\n").slice(-3).join(" "));
    }
    if (!existsSync(output)) throw new Error(`no report written for ${url}`);
    reports.push(JSON.parse(readFileSync(output, "utf8")));
    rmSync(output);
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(reports.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)))])) as LighthouseResult["scores"];
  return { scores, benchmarkIndex: median(reports.map((r) => r.environment.benchmarkIndex)), runs };
}
