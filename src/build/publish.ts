/**
 * Publishing that never loses the output folder. Each build renders into `.build-tmp/`, moves the
 * finished site into a versioned folder beside the output (`.dist-versions/<stamp>-<pid>/` for
 * `dist`), and switches `dist` — a symlink — with one rename over it. rename(2) replaces a symlink
 * atomically, so a kill at any instant leaves `dist` pointing at a complete old or new version.
 *
 * Everything in the versions folder is complete (it only arrives there by rename), so the next start
 * can repair the one window that cannot be atomic in Node: the first migration of a real `dist/`
 * directory (a directory cannot be renamed over, and `renameat2(RENAME_EXCHANGE)` is not exposed).
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pauseAt } from "./pause.ts";

export interface PublishPaths {
  /** The published path, a symlink to the current version. */
  outDir: string;
  /** Folder of complete versions, a sibling of outDir so renames stay on one file system. */
  versions: string;
  /** Scratch folder for renders in progress, temporary links and versions being deleted. */
  scratch: string;
  /** The symlink's target as written: relative, so the project folder can be moved. */
  linkPrefix: string;
}

export function publishPaths(outDir: string): PublishPaths {
  const parent = dirname(outDir);
  const versionsName = `.${basename(outDir)}-versions`;
  return { outDir, versions: join(parent, versionsName), scratch: join(parent, ".build-tmp"), linkPrefix: versionsName };
}

/** `<stamp>-<pid>` or `<anything>-<pid>`: the pid of the process that made a scratch or version entry. */
function ownerPid(name: string): number | undefined {
  const match = /-(\d+)$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** An entry left by a process that can no longer finish it (ours too: this process has only just started). */
function isStale(name: string): boolean {
  const pid = ownerPid(name);
  return pid !== undefined && (pid === process.pid || !isAlive(pid));
}

/** Version folders, oldest first (names start with a sortable UTC stamp). */
function listVersions(paths: PublishPaths): string[] {
  return existsSync(paths.versions) ? readdirSync(paths.versions).filter((n) => ownerPid(n) !== undefined).sort() : [];
}

/** The version outDir points at, or undefined when it is missing, a real folder or a foreign link. */
function currentVersion(paths: PublishPaths): string | undefined {
  try {
    const target = readlinkSync(paths.outDir);
    const prefix = `${paths.linkPrefix}/`;
    return target.startsWith(prefix) ? target.slice(prefix.length) : undefined;
  } catch {
    return undefined;
  }
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:.]/g, "");
}

/** Points outDir at a version with one rename, so readers see either the old or the new target. */
function switchLink(paths: PublishPaths, version: string, pauses = false): void {
  const temporary = join(paths.scratch, `${basename(paths.outDir)}-link-${process.pid}`);
  rmSync(temporary, { force: true });
  symlinkSync(`${paths.linkPrefix}/${version}`, temporary);
  if (pauses) pauseAt("before-rename");
  renameSync(temporary, paths.outDir);
  if (pauses) pauseAt("after-rename");
}

/**
 * Removes versions other than those kept. A version is first renamed into scratch under this
 * process's pid, so a kill mid-delete leaves no half-deleted folder among the complete versions,
 * only a stale scratch entry the next start removes. Versions of other live builds are left alone:
 * they may be about to be published.
 */
function prune(paths: PublishPaths, keep: Set<string>, pauseStep?: "prune"): void {
  for (const name of listVersions(paths)) {
    if (keep.has(name)) continue;
    const pid = ownerPid(name)!;
    if (pid !== process.pid && isAlive(pid)) continue;
    const doomed = join(paths.scratch, `old-${name}-${process.pid}`);
    renameSync(join(paths.versions, name), doomed);
    if (pauseStep) pauseAt(pauseStep);
    rmSync(doomed, { recursive: true, force: true });
  }
}

function removeStale(scratch: string): void {
  if (!existsSync(scratch)) return;
  for (const name of readdirSync(scratch)) {
    if (isStale(name)) rmSync(join(scratch, name), { recursive: true, force: true });
  }
}

/**
 * Before a build, changing nothing the site depends on: fails when outDir's parent is missing (so a
 * typo costs nothing), removes scratch left by dead processes, restores outDir if a kill during a
 * migration left it missing, prunes versions, and names the staging folder to render into.
 *
 * Staging is always under the project root's `.build-tmp/`, wherever outDir is: Astro writes its
 * intermediate server build into the output folder only when that lies inside the working folder,
 * and otherwise into the shared `<cwd>/.astro/`, where two builds at once would collide.
 */
export function preparePublish(outDir: string, root: string): { staging: string; log: string[] } {
  const paths = publishPaths(outDir);
  const parent = dirname(outDir);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new Error(`The output folder's parent ${parent} does not exist; create it or set OUT_DIR to a path inside an existing folder.`);
  }
  const log: string[] = [];
  const rootScratch = join(root, ".build-tmp");
  removeStale(paths.scratch);
  if (rootScratch !== paths.scratch) removeStale(rootScratch);
  const kind = lstatOrUndefined(outDir);
  if (kind?.isFile()) throw new Error(`${outDir} is a file, not a folder; move it away before building.`);
  if (!kind?.isDirectory() && !existsSync(outDir)) {
    const newest = listVersions(paths).at(-1);
    if (newest) {
      mkdirSync(paths.scratch, { recursive: true });
      switchLink(paths, newest);
      log.push(`Restored ${outDir} to the last complete version, ${newest}.`);
    }
  }
  // Keep the current version and the newest other one (the previous, or an orphan of a killed build).
  const current = currentVersion(paths);
  const others = listVersions(paths).filter((n) => n !== current);
  if (existsSync(paths.scratch)) prune(paths, new Set([current, others.at(-1)].filter((n) => n !== undefined)));
  return { staging: join(rootScratch, `${basename(outDir)}-${process.pid}`), log };
}

/** A rename, or across file systems a copy into scratch beside the target first (a kill mid-copy leaves only stale scratch). */
function moveInto(from: string, to: string, paths: PublishPaths): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EXDEV") throw e;
    mkdirSync(paths.scratch, { recursive: true });
    const copy = join(paths.scratch, `copy-${basename(to)}-${process.pid}`);
    cpSync(from, copy, { recursive: true });
    renameSync(copy, to);
    rmSync(from, { recursive: true, force: true });
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Publishes a complete, checked staging folder; keeps only it and the version it replaces. A real
 * outDir folder (the layout before versions) is first moved in as that previous version.
 */
export function publish(outDir: string, staging: string): string {
  const paths = publishPaths(outDir);
  mkdirSync(paths.versions, { recursive: true });
  mkdirSync(paths.scratch, { recursive: true });
  // A zero stamp: the folder from before versions always sorts as the oldest.
  const legacy = lstatOrUndefined(outDir)?.isDirectory() ? `00000000T000000000Z-${process.pid}` : undefined;
  const name = `${stamp()}-${process.pid}`;
  moveInto(staging, join(paths.versions, name), paths);
  if (legacy) {
    renameSync(outDir, join(paths.versions, legacy));
    pauseAt("migrate");
  }
  const previous = legacy ?? currentVersion(paths);
  switchLink(paths, name, true);
  prune(paths, new Set([name, previous].filter((n) => n !== undefined)), "prune");
  return join(paths.versions, name);
}
