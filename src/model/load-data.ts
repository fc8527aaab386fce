/** The only file I/O of the model: reading data/. Everything after this is pure. */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";

/** A symbolic link found in the data folder, with its target as written in the link. */
export interface DataLink {
  path: string;
  target: string;
}

/**
 * Read access to a data folder, injected so parsing and tests need no real files (the bad-input
 * corpus overlays the real folder in memory; see tests/helpers/overlay-reader.ts).
 * Paths are relative to the data folder and use "/".
 */
export interface DataReader {
  /** Folder name shown in problem paths, e.g. "data". */
  root: string;
  /** Names in a sub-folder of the data folder, sorted; [] when it does not exist or is a link. */
  list(dir: string): string[];
  /** Bytes of a file; undefined when it does not exist, is a folder or is a symbolic link. */
  read(path: string): Uint8Array | undefined;
  /**
   * Every symbolic link under the folder. Links are refused: one pointing outside would publish
   * any file of the machine, one pointing inside makes a second, silently identical copy.
   */
  links(): DataLink[];
}

/** The data folder used by the build: DATA_DIR or ./data. */
export function defaultDataDir(): string {
  return resolve(process.env.DATA_DIR ?? "data");
}

/** Reads a real folder without ever following a symbolic link or leaving the folder. */
export function loadDataReader(dataDir: string = defaultDataDir()): DataReader {
  const kind = (path: string): "file" | "dir" | "link" | undefined => {
    const full = resolve(dataDir, path);
    if (relative(dataDir, full).split(sep)[0] === "..") return undefined;
    try {
      const stat = lstatSync(full);
      return stat.isSymbolicLink() ? "link" : stat.isDirectory() ? "dir" : stat.isFile() ? "file" : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    root: basename(dataDir),
    list(dir) {
      return kind(dir) === "dir" ? readdirSync(join(dataDir, dir)).sort() : [];
    },
    read(path) {
      return kind(path) === "file" ? readFileSync(join(dataDir, path)) : undefined;
    },
    links() {
      // Recursive readdir does not descend into linked folders, so a loop of links cannot hang it.
      return readdirSync(dataDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isSymbolicLink())
        .map((entry) => {
          const full = join(entry.parentPath, entry.name);
          return { path: relative(dataDir, full).split(sep).join("/"), target: readlinkSync(full) };
        })
        .sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}
