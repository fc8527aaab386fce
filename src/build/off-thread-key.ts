/**
 * Where the pages (off-thread-tasks.ts, inside Astro's bundle, which has its own copies of the
 * modules) find the build's pool of threads (off-thread-pool.ts, started outside it): on globalThis,
 * under a registered symbol. Its own module, so the pool need not load the tasks' libraries.
 */
export const OFF_THREAD_POOL = Symbol.for("atrocity-prevention-monitor.off-thread-pool");

export interface OffThreadPool {
  run(task: string, args: unknown[]): Promise<unknown>;
}
