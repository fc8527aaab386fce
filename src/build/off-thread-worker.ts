// A thread of off-thread-pool.ts: runs the tasks of off-thread-tasks.ts it is sent, one at a time.
import { readFileSync } from "node:fs";
import { registerHooks } from "node:module";
import { parentPort } from "node:worker_threads";

// The citation module imports its CSL files with Vite's `?raw` (a file's text as its default
// export), which plain Node does not know: this thread loads them the same way.
registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith("file:") || !url.endsWith("?raw")) return nextLoad(url, context);
    const text = readFileSync(new URL(url.slice(0, -"?raw".length)), "utf8");
    return { format: "module", source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  },
});

const { offThreadTasks } = await import("./off-thread-tasks.ts");
type Task = keyof typeof offThreadTasks;

parentPort!.on("message", ({ id, task, args }: { id: number; task: Task; args: unknown[] }) => {
  try {
    const result = (offThreadTasks[task] as (...a: unknown[]) => unknown)(...args);
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
