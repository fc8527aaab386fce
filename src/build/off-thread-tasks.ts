/**
 * Pure, slow steps of rendering a page that the build hands to other threads: a page awaits the
 * result while Astro renders other pages on its one thread (build.concurrency), and threads of the
 * pool (off-thread-pool.ts, started by scripts/build.ts) do the work on the other cores. Each task
 * takes and returns plain data, so a thread's answer is the same string the page would have made;
 * without a pool (tests, `astro dev`) or if a thread fails, the page runs the task itself.
 *
 * Measured on the real site: the country charts (up to three Plot charts per country, ~1,500 in
 * six languages, each in two widths) were ~11 s of the build's main thread, and formatting the
 * references (~3,800 APA and Chicago entries on a cold cache) ~14 s, half of it citeproc setting up
 * an engine per style and language (see THREAD_AFFINITY).
 */
import { formatBibliography } from "../citation/bibliography.ts";
import { renderCategoryTimeline } from "../charts/category-timeline.ts";
import { renderDeathsByYear } from "../charts/deaths-by-year.ts";
import { renderForecastRanks } from "../charts/forecast-ranks.ts";
import { OFF_THREAD_POOL, type OffThreadPool } from "./off-thread-key.ts";

/** A chart drawn for wide screens and for phones (its `-narrow` twin). */
export interface Drawing {
  wide: string;
  narrow: string;
}

function inTwoWidths<S, O extends { id: string; narrow?: boolean }>(render: (series: S, options: O) => string) {
  return (series: S, options: O): Drawing => ({ wide: render(series, options), narrow: render(series, { ...options, id: `${options.id}-narrow`, narrow: true }) });
}

export const offThreadTasks = {
  bibliography: formatBibliography,
  deathsByYear: inTwoWidths(renderDeathsByYear),
  forecastRanks: inTwoWidths(renderForecastRanks),
  categoryTimeline: inTwoWidths(renderCategoryTimeline),
};

export type OffThreadTasks = typeof offThreadTasks;
export type OffThreadTask = keyof OffThreadTasks;

/** `offThreadTasks[task](...args)`, on another thread when the build has a pool. */
export async function offThread<K extends OffThreadTask>(task: K, ...args: Parameters<OffThreadTasks[K]>): Promise<ReturnType<OffThreadTasks[K]>> {
  const here = () => (offThreadTasks[task] as (...a: unknown[]) => ReturnType<OffThreadTasks[K]>)(...args);
  const pool = (globalThis as { [OFF_THREAD_POOL]?: OffThreadPool })[OFF_THREAD_POOL];
  if (!pool) return here();
  try {
    return (await pool.run(task, args)) as ReturnType<OffThreadTasks[K]>;
  } catch {
    // A thread that failed (or stopped) costs only time: the task runs here, and reports its own error.
    return here();
  }
}
