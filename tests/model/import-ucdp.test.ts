/** The UCDP importer: UCDP's own file through the crosswalk gives exactly the table the site reads. */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { importUcdpOneSided, ONE_SIDED_COLUMNS, type Crosswalk, type UcdpRawRow } from "../../src/model/import-ucdp.ts";
import { DATA } from "../helpers/raw-data.ts";

const folder = `${DATA}/sources/ucdp-organized-violence-cy`;
const read = <T>(path: string) => parse(readFileSync(`${folder}/${path}`), { columns: true, bom: true }) as T[];
const raw = read<UcdpRawRow>("raw/organizedviolencecy_v25_1.csv").map((row, i) => ({ row, line: i + 2 }));
const crosswalk = read<Crosswalk>("gw-iso3.csv");

describe("importUcdpOneSided", () => {
  test("reproduces the committed one-sided table row for row", () => {
    const { rows, problems } = importUcdpOneSided(raw, crosswalk, "raw.csv");
    expect(problems).toEqual([]);
    const committed = read<Record<string, string>>("one-sided-violence-country-year.csv");
    expect(rows.map((r) => ONE_SIDED_COLUMNS.map((c) => r[c]).join(","))).toEqual(committed.map((r) => ONE_SIDED_COLUMNS.map((c) => r[c]).join(",")));
  });

  test("Rwanda 1994 (GW 517) comes out as RWA with UCDP's own figures", () => {
    const source = raw.find((r) => r.row.country_id_cy === "517" && r.row.year_cy === "1994")!.row;
    const { rows } = importUcdpOneSided(raw, crosswalk, "raw.csv");
    expect(rows.find((r) => r.iso3 === "RWA" && r.year === "1994")).toMatchObject({ deaths_best: source.os_total_deaths_best_cy, gwno: "517" });
  });

  test("a column missing from a new UCDP release stops the import, naming the column", () => {
    const renamed = raw.map(({ row, line }) => {
      const { os_total_deaths_best_cy, ...rest } = row;
      void os_total_deaths_best_cy;
      return { row: { ...rest, os_deaths_best_cy: "0" } as unknown as UcdpRawRow, line };
    });
    const { rows, problems } = importUcdpOneSided(renamed, crosswalk, "raw.csv");
    expect(rows).toEqual([]);
    expect(problems).toEqual([{ file: "raw.csv", line: 1, col: 1, field: "os_total_deaths_best_cy", message: 'missing column "os_total_deaths_best_cy" in UCDP\'s header row' }]);
  });

  test("a state missing from the crosswalk is reported with its line, not dropped silently", () => {
    const withoutSudan = crosswalk.filter((c) => c.gwno !== "625");
    const { rows, problems } = importUcdpOneSided(raw, withoutSudan, "raw.csv");
    const sudanRows = raw.filter((r) => r.row.country_id_cy === "625");
    expect(problems.map((p) => p.line)).toEqual(sudanRows.map((r) => r.line));
    expect(problems[0].message).toMatch(/Gleditsch–Ward 625 \(Sudan\)/);
    expect(rows).toHaveLength(raw.length - sudanRows.length);
  });
});
