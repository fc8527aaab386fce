/**
 * `npm run build`: validate data/, build the site, index it for search, check it, then replace dist/ atomically.
 * Invalid data prints every problem and leaves the previous dist/ untouched (exit code 1).
 */
import { resolve } from "node:path";
import { build } from "astro";
import { startOffThreadPool } from "../src/build/off-thread-pool.ts";
import { runBuild } from "../src/build/run-build.ts";
import { SEARCH_FOLDER, writeSearchIndex } from "../src/build/search-index.ts";
import { drawPreviewsAhead } from "../src/previews/draw-ahead.ts";
import { useI18n, type Lang } from "../src/i18n/index.ts";
import { getModel, handOverValidatedData } from "../src/model/model.ts";
import { listPreviewCards } from "../src/previews/preview-cards.ts";

const root = resolve(import.meta.dirname, "..");
const dataDir = resolve(process.env.DATA_DIR ?? resolve(root, "data"));
process.env.DATA_DIR = dataDir;
process.env.ASTRO_TELEMETRY_DISABLED = "1";
// Formatted references kept between builds (src/citation/citation-cache.ts).
process.env.CITATION_CACHE ??= resolve(root, ".cache/citations.json");

const code = await runBuild({
  root,
  dataDir,
  outDir: resolve(process.env.OUT_DIR ?? resolve(root, "dist")),
  today: new Date().toISOString().slice(0, 10),
  // The pages derive from the data validated a moment ago instead of reading and parsing it again.
  astroBuild: async (outDir, data) => {
    handOverValidatedData(dataDir, data);
    const model = getModel();
    const previews = drawPreviewsAhead(model.site.languages.flatMap((lang) => listPreviewCards(model, useI18n(lang as Lang))));
    // Charts and references the pages hand to other threads (src/build/off-thread-tasks.ts).
    const pool = startOffThreadPool();
    try {
      await build({ root, outDir, logLevel: "warn" });
    } catch (e) {
      await previews.stop();
      throw e;
    } finally {
      const offThread = await pool.stop();
      console.log(`Charts and references: ${offThread.tasks} made on ${offThread.threads} other thread(s).`);
    }
    // Link previews are not Astro pages in this build (src/previews/draw-ahead.ts): written here.
    const ahead = await previews.writeInto(outDir);
    console.log(`Preview images: ${ahead.written} written, ${ahead.drawn} of them drawn (on ${ahead.threads} other thread(s) while the pages rendered).`);
  },
  searchIndex: { folder: SEARCH_FOLDER, write: writeSearchIndex },
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
process.exit(code);
