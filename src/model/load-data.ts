/** The only file I/O of the model: reading data/. Everything after this is pure. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";

/** Read access to a data folder, injected so parsing and tests need no real files. */
export interface DataReader {
  /** Folder name shown in problem paths, e.g. "data". */
  root: string;
  /** Names in a sub-folder of the data folder, sorted; [] when it does not exist. */
  list(dir: string): string[];
  /** Bytes of a file relative to the data folder; undefined when it does not exist. */
  read(path: string): Uint8Array | undefined;
}

/** The data folder used by the build: DATA_DIR or ./data. */
export function defaultDataDir(): string {
  return resolve(process.env.DATA_DIR ?? "data");
}

export function loadDataReader(dataDir: string = defaultDataDir()): DataReader {
  return {
    root: basename(dataDir),
    list(dir) {
      const full = join(dataDir, dir);
      if (!existsSync(full) || !statSync(full).isDirectory()) return [];
      return readdirSync(full).sort();
    },
    read(path) {
      const full = join(dataDir, path);
      if (!existsSync(full) || !statSync(full).isFile()) return undefined;
      return readFileSync(full);
    },
  };
}
