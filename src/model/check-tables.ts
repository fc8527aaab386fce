/**
 * Rules that span a CSV row or a whole table (issue 11): figures that contradict each other in one
 * row, two rows for one country and period, and periods later than the edition. Each problem
 * points at the row's line and the column at fault.
 */
import type { LoadedTable, Tables } from "./parse-data.ts";
import type { Problem } from "./problems.ts";
import type { TableName, TableRow } from "./schemas/tables.ts";

/** What makes a row unique in each table, as the words a problem shows ("SDN 2019"). */
const rowKeys: { [T in TableName]: (row: TableRow<T>) => string } = {
  "ucdp-one-sided-country-year": (r) => `${r.iso3} ${r.year}`,
  "ucdp-armed-conflict-country-year": (r) => `${r.iso3 ?? r.country_name} ${r.year}`,
  "ewp-risk-forecasts": (r) => `${r.iso3} ${r.edition} ${r.run_type} ${r.horizon_years}-year`,
  "gcr2p-categories": (r) => `${r.iso3 ?? r.country_name} ${r.edition_date}`,
  "gw-iso3-crosswalk": (r) => `Gleditsch–Ward number ${r.gwno}`,
  "un-country-names": (r) => r.iso3,
};
/** The column a duplicate is reported on: the one an editor would change. */
const keyColumn: { [T in TableName]: string } = {
  "ucdp-one-sided-country-year": "iso3",
  "ucdp-armed-conflict-country-year": "iso3",
  "ewp-risk-forecasts": "iso3",
  "gcr2p-categories": "country_name",
  "gw-iso3-crosswalk": "gwno",
  "un-country-names": "iso3",
};

/** A row rule that an exemption in source.yaml can lift for one row. */
export type ExemptRule = "low-above-best" | "best-above-high";
export type KeptAsPublished = (table: TableName, row: string, rule: ExemptRule) => boolean;

export function checkTables(tables: Tables, edition: string, kept: KeptAsPublished): Problem[] {
  const problems: Problem[] = [];
  const editionYear = Number(edition.slice(0, 4));
  for (const [name, table] of Object.entries(tables) as [TableName, LoadedTable<TableName> | undefined][]) {
    if (!table) continue;
    const at = (i: number, column: string, message: string): Problem => ({
      file: table.file,
      line: table.lines[i],
      col: table.columns.indexOf(column) + 1 || 1,
      field: column,
      message,
    });
    const firstLine = new Map<string, number>();
    table.rows.forEach((row, i) => {
      const key = (rowKeys[name] as (r: typeof row) => string)(row);
      const first = firstLine.get(key);
      if (first !== undefined) problems.push(at(i, keyColumn[name], `a second row for ${key} (the first is on line ${first})`));
      else firstLine.set(key, table.lines[i]);

      const r = row as Partial<Record<string, unknown>>;
      for (const column of ["year", "edition"] as const) {
        if (typeof r[column] === "number" && r[column] > editionYear) problems.push(at(i, column, `${column} ${r[column]} is after the edition (${edition})`));
      }
      if (typeof r.edition_date === "string" && r.edition_date > edition) problems.push(at(i, "edition_date", `date ${r.edition_date} is after the edition date ${edition}`));
      if (name === "ucdp-one-sided-country-year") {
        const d = row as TableRow<"ucdp-one-sided-country-year">;
        if (d.deaths_low > d.deaths_best && !kept(name, key, "low-above-best")) problems.push(at(i, "deaths_low", `the low estimate ${d.deaths_low} is above the best estimate ${d.deaths_best} (if the producer published it so, list it under kept_as_published in source.yaml)`));
        if (d.deaths_best > d.deaths_high && !kept(name, key, "best-above-high")) problems.push(at(i, "deaths_high", `the high estimate ${d.deaths_high} is below the best estimate ${d.deaths_best} (if the producer published it so, list it under kept_as_published in source.yaml)`));
      }
    });
  }
  return problems;
}
