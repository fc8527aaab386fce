/**
 * A DataReader that lays files over another one in memory: a bad-input case is the real data/
 * plus its own files, without copying data/ to disk per case.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join, sep } from "node:path";
import type { DataLink, DataReader } from "../../src/model/load-data.ts";

/** Files replaced or added (path relative to data/ → bytes, or a symbolic link), and paths removed. */
export interface Overlay {
  files: ReadonlyMap<string, Uint8Array | { link: string }>;
  deleted: readonly string[];
}

/** Memoises reads and listings of a reader whose files never change while tests run. */
export function cachedReader(base: DataReader): DataReader {
  const lists = new Map<string, string[]>();
  const reads = new Map<string, Uint8Array | undefined>();
  let links: DataLink[] | undefined;
  return {
    root: base.root,
    list: (dir) => lists.get(dir) ?? lists.set(dir, base.list(dir)).get(dir)!,
    read: (path) => (reads.has(path) ? reads.get(path) : reads.set(path, base.read(path)).get(path)),
    links: () => (links ??= base.links()),
  };
}

const under = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

export function overlayReader(base: DataReader, { files, deleted }: Overlay): DataReader {
  const gone = (path: string) => deleted.some((d) => under(path, d));
  const overlaid = [...files.keys()];
  return {
    root: base.root,
    list(dir) {
      if (gone(dir)) return [];
      const names = new Set(base.list(dir).filter((name) => !gone(`${dir}/${name}`)));
      for (const path of overlaid) {
        if (path.startsWith(`${dir}/`)) names.add(path.slice(dir.length + 1).split("/")[0]);
      }
      return [...names].sort();
    },
    read(path) {
      const file = files.get(path);
      if (file !== undefined) return file instanceof Uint8Array ? file : undefined;
      return gone(path) ? undefined : base.read(path);
    },
    links() {
      const added = [...files].flatMap(([path, file]) => (file instanceof Uint8Array ? [] : [{ path, target: file.link }]));
      return [...base.links().filter((link) => !gone(link.path) && !files.has(link.path)), ...added].sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}

/** Every file and symbolic link under `dir` (a case's data/ folder), keyed by its path relative to it. */
export function readOverlayFiles(dir: string): Map<string, Uint8Array | { link: string }> {
  const files = new Map<string, Uint8Array | { link: string }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    const path = full.slice(dir.length + 1).split(sep).join("/");
    if (entry.isSymbolicLink()) files.set(path, { link: readlinkSync(full) });
    else if (lstatSync(full).isFile()) files.set(path, readFileSync(full));
  }
  return files;
}
