/**
 * Filter and sort state of the recommendation tracker, kept in the URL query so a filtered view can
 * be shared. Pure functions: the page script applies them to the table rows.
 */

export const SORTS = ["number", "status", "as-of"] as const;
export type Sort = (typeof SORTS)[number];

export interface TrackerState {
  status: string;
  phase: string;
  group: string;
  actor: string;
  sort: Sort;
}

/** What a row carries, from its data-* attributes. */
export interface TrackerRow {
  number: number;
  status: string;
  phase: string;
  group: string;
  actors: string[];
  /** YYYY-MM-DD or "" when there is no dated assessment. */
  asOf: string;
}

export function parseTrackerQuery(search: string): TrackerState {
  const params = new URLSearchParams(search);
  const sort = params.get("sort") ?? "number";
  return {
    status: params.get("status") ?? "",
    phase: params.get("phase") ?? "",
    group: params.get("group") ?? "",
    actor: params.get("actor") ?? "",
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : "number",
  };
}

/** The query string for a state, without defaults: the unfiltered view is the bare URL. */
export function formatTrackerQuery(state: TrackerState): string {
  const params = new URLSearchParams();
  for (const key of ["status", "phase", "group", "actor"] as const) if (state[key]) params.set(key, state[key]);
  if (state.sort !== "number") params.set("sort", state.sort);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function rowMatches(row: TrackerRow, state: TrackerState): boolean {
  return (
    (!state.status || row.status === state.status) &&
    (!state.phase || row.phase === state.phase) &&
    (!state.group || row.group === state.group) &&
    (!state.actor || row.actors.includes(state.actor))
  );
}

/** Orders rows: by number; by status in the scale's order; or newest assessment first (undated last). */
export function compareRows(sort: Sort, statusOrder: readonly string[]): (a: TrackerRow, b: TrackerRow) => number {
  if (sort === "status") return (a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status) || a.number - b.number;
  if (sort === "as-of") return (a, b) => (b.asOf || "0").localeCompare(a.asOf || "0") || a.number - b.number;
  return (a, b) => a.number - b.number;
}
