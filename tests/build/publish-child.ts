/**
 * A build for tests/build/publish.test.ts: the real runBuild (data check, built-site check, publish)
 * with Astro replaced by a renderer that writes a few pages labelled BUILD_LABEL, so each run costs
 * a second instead of a full site build. OUT_DIR and the APM_BUILD_PAUSE_* hooks come from the env.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { runBuild } from "../../src/build/run-build.ts";
import { PAGES, page } from "./publish-fixture.ts";

const root = resolve(import.meta.dirname, "../..");
const label = process.env.BUILD_LABEL ?? "unlabelled";
const code = await runBuild({
  root,
  dataDir: resolve(process.env.DATA_DIR_FOR_TEST ?? resolve(root, "data")),
  outDir: resolve(process.env.OUT_DIR!),
  today: new Date().toISOString().slice(0, 10),
  astroBuild: async (outDir) => {
    for (const path of PAGES) {
      mkdirSync(join(outDir, path), { recursive: true });
      writeFileSync(join(outDir, path, "index.html"), page(label, path));
    }
  },
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
process.exit(code);
