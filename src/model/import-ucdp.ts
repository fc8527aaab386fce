/**
 * Importer for UCDP's own country-year file (organizedviolencecy, one row per Gleditsch–Ward state
 * and year): maps GW numbers to ISO 3166-1 alpha-3 through the crosswalk kept beside it and writes
 * the one-sided-violence table the site reads. Every row whose GW number the crosswalk lacks is
 * reported with its line; nothing is dropped silently. Pure: rows in, rows and problems out.
 */
import type { Problem } from "./problems.ts";

/** The columns of UCDP's file that the site uses (UCDP names). */
export const UCDP_RAW_COLUMNS = [
  "country_id_cy",
  "country_cy",
  "year_cy",
  "os_total_deaths_best_cy",
  "os_total_deaths_low_cy",
  "os_total_deaths_high_cy",
  "os_any_govt_killings_best_cy",
  "os_any_govt_killings_low_cy",
  "os_any_govt_killings_high_cy",
  "os_nsgroup_killings_best_cy",
  "os_nsgroup_killings_low_cy",
  "os_nsgroup_killings_high_cy",
  "os_dyad_count_cy",
] as const;

export type UcdpRawRow = Record<(typeof UCDP_RAW_COLUMNS)[number], string>;

export interface Crosswalk {
  gwno: string;
  iso3: string;
  country_name: string;
}

/** The columns written, in order (the table "ucdp-one-sided-country-year" reads them). */
export const ONE_SIDED_COLUMNS = [
  "year", "country_name", "iso3", "gwno", "ucdp_country_name",
  "deaths_best", "deaths_low", "deaths_high",
  "govt_deaths_best", "govt_deaths_low", "govt_deaths_high",
  "nonstate_deaths_best", "nonstate_deaths_low", "nonstate_deaths_high",
  "os_actor_count",
] as const;

export type OneSidedRow = Record<(typeof ONE_SIDED_COLUMNS)[number], string>;

export function importUcdpOneSided(
  raw: { row: UcdpRawRow; line: number }[],
  crosswalk: readonly Crosswalk[],
  file: string,
): { rows: OneSidedRow[]; problems: Problem[] } {
  // A renamed column in a new UCDP release must stop the import, not write "undefined" cells.
  const missing = raw.length > 0 ? UCDP_RAW_COLUMNS.filter((column) => !(column in raw[0].row)) : [];
  if (missing.length > 0) {
    return { rows: [], problems: missing.map((column) => ({ file, line: 1, col: 1, field: column, message: `missing column "${column}" in UCDP's header row` })) };
  }
  const byGw = new Map(crosswalk.map((c) => [c.gwno, c]));
  const problems: Problem[] = [];
  const rows: OneSidedRow[] = [];
  for (const { row, line } of raw) {
    const match = byGw.get(row.country_id_cy);
    if (!match) {
      problems.push({ file, line, col: 1, field: "country_id_cy", message: `no ISO code for Gleditsch–Ward ${row.country_id_cy} (${row.country_cy}); add it to gw-iso3.csv` });
      continue;
    }
    rows.push({
      year: row.year_cy,
      country_name: match.country_name,
      iso3: match.iso3,
      gwno: row.country_id_cy,
      ucdp_country_name: row.country_cy,
      deaths_best: row.os_total_deaths_best_cy,
      deaths_low: row.os_total_deaths_low_cy,
      deaths_high: row.os_total_deaths_high_cy,
      govt_deaths_best: row.os_any_govt_killings_best_cy,
      govt_deaths_low: row.os_any_govt_killings_low_cy,
      govt_deaths_high: row.os_any_govt_killings_high_cy,
      nonstate_deaths_best: row.os_nsgroup_killings_best_cy,
      nonstate_deaths_low: row.os_nsgroup_killings_low_cy,
      nonstate_deaths_high: row.os_nsgroup_killings_high_cy,
      os_actor_count: row.os_dyad_count_cy,
    });
  }
  rows.sort((a, b) => Number(a.year) - Number(b.year) || a.country_name.localeCompare(b.country_name, "en"));
  return { rows, problems };
}
