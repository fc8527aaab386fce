// The thread started by checkBuiltSiteAside (check-aside.ts): one pass of the built-site checks.
import { parentPort, workerData } from "node:worker_threads";
import { checkBuiltSite, type CheckScope } from "./check-built-site.ts";

const { distDir, base, scope } = workerData as { distDir: string; base: string; scope: CheckScope };
parentPort!.postMessage(checkBuiltSite(distDir, base, scope));
