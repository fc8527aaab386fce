/**
 * The built-site checks on a second thread, so they run while Pagefind indexes the same pages: the
 * checks are CPU work in this process, the indexing mostly waits on Pagefind's own process, and one
 * after the other they cost the sum of both.
 */
import { Worker } from "node:worker_threads";
import type { CheckScope } from "./check-built-site.ts";

export function checkBuiltSiteAside(distDir: string, base: string, scope: CheckScope): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./check-built-site-worker.ts", import.meta.url), { workerData: { distDir, base, scope } });
    let problems: string[] | undefined;
    worker.once("message", (message: string[]) => void (problems = message));
    worker.once("error", reject);
    worker.once("exit", (code) => (problems ? resolve(problems) : reject(new Error(`The built-site checks stopped (exit code ${code}) without a result.`))));
  });
}
