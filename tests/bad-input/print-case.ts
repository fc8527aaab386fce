/**
 * Prints what the checker says about bad-input cases, the way the corpus test sees them (the real
 * data/ with the case laid over it in memory, today = 2026-11-25):
 *   node tests/bad-input/print-case.ts <case-name>...
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { checkData } from "../../src/model/check-data.ts";
import { loadDataReader } from "../../src/model/load-data.ts";
import { cachedReader, overlayReader, readOverlayFiles } from "../helpers/overlay-reader.ts";

const root = resolve(import.meta.dirname, "../..");
const real = cachedReader(loadDataReader(join(root, "data")));
for (const name of process.argv.slice(2)) {
  const dir = join(import.meta.dirname, "cases", name);
  const expect = parse(readFileSync(join(dir, "expect.yaml"), "utf8")) as { delete?: string[] };
  const files = existsSync(join(dir, "data")) ? readOverlayFiles(join(dir, "data")) : new Map();
  const { problems } = checkData({ reader: overlayReader(real, { files, deleted: expect.delete ?? [] }), today: "2026-11-25" });
  console.log(`== ${name}\n${problems.join("\n") || "(no problem: the case tests nothing)"}`);
}
