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
 * Tasks that go to one thread per key, named by their arguments: each thread builds a citeproc
 * engine per style and language on first use (up to a second each for APA), so a language's
 * references always go to the same thread and each engine is built once. The languages are dealt
 * out to the threads in turn, so both share the references (they all went to the first thread).
 */
export const THREAD_AFFINITY: Readonly<Record<string, (args: unknown[]) => string>> = {
  bibliography: (args) => String(args[2]),
};
