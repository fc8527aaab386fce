/**
 * Formatted references kept between builds. citeproc takes a millisecond or more per reference and a
 * build formats two per page in every language (~3,800), so a rebuild reads them from one JSON file
 * instead. Each entry is keyed by a hash of everything that shapes its text: the CSL item, the style
 * and locale (with the text of the committed CSL files) and the versions of citation-js and citeproc;
 * a changed title, address or library formats afresh. Entries no build has used in the last KEEP
 * writes are dropped, so builds of other data (a test's) do not evict the real site's.
 *
 * On only when CITATION_CACHE is set to the file's path (scripts/build.ts sets it; the bench points it
 * at a scratch file): unit tests and the dev server format every time and write nothing.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";

const KEEP = 3;

interface CacheFile {
  /** How many builds have written the file. */
  writes: number;
  /** key → [text, the write that last used it] */
  entries: Record<string, [string, number]>;
}

let state: { file: string; cache: CacheFile; salt: string; used: boolean } | null | undefined;

function open(): typeof state {
  const file = process.env.CITATION_CACHE;
  if (!file) return null;
  let cache: CacheFile = { writes: 0, entries: {} };
  try {
    cache = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
  } catch {
    // First build, or an unreadable file: start empty.
  }
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const salt = JSON.stringify(["@citation-js/core", "@citation-js/plugin-csl", "citeproc"].map(version));
  process.once("exit", save);
  return { file, cache, salt, used: false };
}

function save(): void {
  if (!state?.used) return;
  const { file, cache } = state;
  const writes = cache.writes + 1;
  const entries = Object.fromEntries(Object.entries(cache.entries).filter(([, [, last]]) => last > writes - KEEP));
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed, so a build killed mid-write never leaves half a file.
  const scratch = `${file}.${process.pid}.tmp`;
  writeFileSync(scratch, JSON.stringify({ writes, entries } satisfies CacheFile));
  renameSync(scratch, file);
}

/**
 * The text `format` gives for `inputs` (which must include everything it depends on), formatted at
 * most once per cache. `format` may answer later (a build formats on another thread).
 */
export async function cachedFormat(inputs: unknown[], format: () => string | Promise<string>): Promise<string> {
  if (state === undefined) state = open();
  if (!state) return format();
  const key = createHash("sha256").update(state.salt).update(JSON.stringify(inputs)).digest("base64url");
  const text = state.cache.entries[key]?.[0] ?? (await format());
  state.cache.entries[key] = [text, state.cache.writes + 1];
  state.used = true;
  return text;
}
