/**
 * The build's pool of threads for off-thread-tasks.ts: started by scripts/build.ts before Astro
 * builds, put on globalThis for the pages (off-thread-key.ts), and stopped after. A task goes to
 * the thread with the fewest waiting (a language's references always to the same: THREAD_AFFINITY); a
 * thread that fails passes its waiting tasks back to their pages, which run them themselves.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { OFF_THREAD_POOL, THREAD_AFFINITY, type OffThreadPool } from "./off-thread-key.ts";

type Reply = { id: number; result: unknown } | { id: number; error: string };
interface Waiting {
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
}

export interface RunningPool {
  /** Removes the pool from globalThis and stops its threads; returns how many tasks they ran. */
  stop(): Promise<{ threads: number; tasks: number }>;
}

export function startOffThreadPool(threads: number = availableParallelism()): RunningPool {
  let nextId = 0;
  let tasks = 0;
  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    const worker = new Worker(new URL("./off-thread-worker.ts", import.meta.url));
    const waiting = new Map<number, Waiting>();
    const entry = { worker, waiting, alive: true };
    worker.on("message", (reply: Reply) => {
      const task = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (waiting.size === 0) worker.unref();
      if ("error" in reply) task?.reject(new Error(reply.error));
      else task?.resolve(reply.result);
    });
    const fail = (reason: Error) => {
      entry.alive = false;
      for (const task of waiting.values()) task.reject(reason);
      waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", () => fail(new Error("the thread stopped")));
    // An idle thread does not keep the process alive (a build that forgot stop() still ends); one
    // with tasks does (ref() in run), or a page awaiting only it could see the process exit first.
    worker.unref();
    return entry;
  });

  // Affinity keys, numbered as they first come: the n-th key goes to the n-th thread (modulo).
  const keys = new Map<string, number>();
  const threadOf = (key: string) => keys.get(key) ?? keys.set(key, keys.size).get(key)!;

  const pool: OffThreadPool = {
    run(task: string, args: unknown[]) {
      const live = workers.filter((w) => w.alive);
      if (live.length === 0) return Promise.reject(new Error("no thread left"));
      const key = THREAD_AFFINITY[task]?.(args);
      const thread = key === undefined ? live.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a)) : live[threadOf(key) % live.length]!;
      const id = nextId++;
      tasks += 1;
      return new Promise((resolve, reject) => {
        thread.waiting.set(id, { resolve, reject });
        thread.worker.ref();
        thread.worker.postMessage({ id, task, args });
      });
    },
  };
  const global = globalThis as { [OFF_THREAD_POOL]?: OffThreadPool };
  global[OFF_THREAD_POOL] = pool;

  return {
    async stop() {
      if (global[OFF_THREAD_POOL] === pool) delete global[OFF_THREAD_POOL];
      await Promise.all(workers.map((w) => w.worker.terminate()));
      return { threads: workers.length, tasks };
    },
  };
}
