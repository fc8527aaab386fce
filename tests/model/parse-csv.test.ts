import { describe, expect, test } from "vitest";
import { parseCsv } from "../../src/model/parse-csv.ts";
import { tableSchemas } from "../../src/model/schemas/tables.ts";

const schema = tableSchemas["gw-iso3-crosswalk"];
const header = "gwno,iso3,country_name";

describe("parseCsv", () => {
  test("parses rows into typed values and keeps each row's line", () => {
    const parsed = parseCsv("g.csv", `\uFEFF${header}\n625,SDN,Sudan\n\n626,SSD,South Sudan\n`, schema);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { gwno: 625, iso3: "SDN", country_name: "Sudan" },
      { gwno: 626, iso3: "SSD", country_name: "South Sudan" },
    ]);
    expect(parsed.lines).toEqual([2, 4]);
  });

  test("a missing column is reported once, on the header", () => {
    const parsed = parseCsv("g.csv", "gwno,country_name\n625,Sudan\n", schema);
    expect(parsed.problems).toEqual([{ file: "g.csv", line: 1, col: 1, field: "iso3", message: 'missing column "iso3" in the header row' }]);
  });

  test("a bad cell names its line, column position and column name", () => {
    const parsed = parseCsv("g.csv", `${header}\n625,SDN,Sudan\nsix,SSD,South Sudan\n`, schema);
    expect(parsed.problems).toEqual([{ file: "g.csv", line: 3, col: 1, field: "gwno", message: 'expected a whole number (got "six")' }]);
  });

  test("a record spanning lines is reported at its first line", () => {
    const parsed = parseCsv("g.csv", `${header}\n625,SDN,Sudan\nx,SSD,"South\nSudan"\n`, schema);
    expect(parsed.problems.map((p) => p.line)).toEqual([3]);
  });

  test("an empty cell is not zero", () => {
    const parsed = parseCsv("g.csv", `${header}\n,SDN,Sudan\n`, schema);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].field).toBe("gwno");
  });
});
