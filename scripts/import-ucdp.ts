/**
 * `node scripts/import-ucdp.ts [raw.csv]`: rebuilds data/sources/ucdp-organized-violence-cy/
 * one-sided-violence-country-year.csv from UCDP's own file (default: the copy in raw/). Prints every
 * row it cannot map to a country code and then writes nothing (exit 1). Afterwards run
 * `npm run check`, and update version and retrieved in source.yaml.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { csvFormat } from "d3";
import { importUcdpOneSided, ONE_SIDED_COLUMNS, type Crosswalk, type UcdpRawRow } from "../src/model/import-ucdp.ts";
import { formatProblem } from "../src/model/problems.ts";

const folder = resolve(import.meta.dirname, "../data/sources/ucdp-organized-violence-cy");
const rawPath = resolve(process.argv[2] ?? `${folder}/raw/organizedviolencecy_v25_1.csv`);
const shown = relative(process.cwd(), rawPath);

const raw = (parse(readFileSync(rawPath), { columns: true, bom: true, info: true, skip_empty_lines: true }) as { record: UcdpRawRow; info: { lines: number } }[]).map(
  ({ record, info }) => ({ row: record, line: info.lines }),
);
const crosswalk = parse(readFileSync(`${folder}/gw-iso3.csv`), { columns: true, bom: true }) as Crosswalk[];
const { rows, problems } = importUcdpOneSided(raw, crosswalk, shown);
if (problems.length > 0) {
  problems.forEach((p) => console.error(formatProblem(p)));
  console.error(`${problems.length} row(s) could not be mapped; nothing was written.`);
  process.exit(1);
}
writeFileSync(`${folder}/one-sided-violence-country-year.csv`, `${csvFormat(rows, [...ONE_SIDED_COLUMNS])}\n`);
console.log(`wrote ${rows.length} rows to ${relative(process.cwd(), folder)}/one-sided-violence-country-year.csv`);
