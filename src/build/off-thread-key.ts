/**
 * Where the pages (off-thread-tasks.ts, inside Astro's bundle, which has its own copies of the
 * modules) find the build's pool of threads (off-thread-pool.ts, started outside it): on globalThis,
 * under a registered symbol. Its own module, so the pool need not load the tasks' libraries.
 */
export const OFF_THREAD_POOL = Symbol.for("atrocity-prevention-monitor.off-thread-pool");

export interface OffThreadPool {
  run(task: string, args: unknown[]): Promise<unknown>;
}

/**
 * Tasks that always go to the pool's first thread: each thread builds a citeproc engine per style
 * and language on first use (0.6 s each, twelve of them), which is more than the references cost.
 */
export const FIRST_THREAD_TASKS: ReadonlySet<string> = new Set(["bibliography"]);
