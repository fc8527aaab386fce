/**
 * Test hook: with APM_BUILD_PAUSE_AT=<step> the build writes APM_BUILD_PAUSE_MARKER and then blocks
 * at that step until it is killed, so tests/build/publish.test.ts can SIGKILL it at an exact point
 * of the publish without guessing at timings. Unset, it costs one comparison.
 */
import { renameSync, writeFileSync } from "node:fs";

export type PauseStep = "after-render" | "migrate" | "before-rename" | "after-rename" | "prune";

export function pauseAt(step: PauseStep): void {
  if (process.env.APM_BUILD_PAUSE_AT !== step) return;
  const marker = process.env.APM_BUILD_PAUSE_MARKER;
  if (!marker) throw new Error("APM_BUILD_PAUSE_AT needs APM_BUILD_PAUSE_MARKER, the file to write when paused.");
  // Written aside and renamed into place: a test that sees the marker also sees what it says (it
  // once read the file between its creation and its write, and failed on an empty step).
  writeFileSync(`${marker}.part`, step);
  renameSync(`${marker}.part`, marker);
  // Blocks the thread with no timer and no busy loop; only a signal ends it.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
