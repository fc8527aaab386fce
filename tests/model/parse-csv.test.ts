import { describe, expect, test } from "vitest";
import { parseCsv } from "../../src/model/parse-csv.ts";
import { tableSchemas } from "../../src/model/schemas/tables.ts";

const schema = tableSchemas["ucdp-organized-violence-global-year"];
const header = "year,one_sided_deaths_best,one_sided_deaths_low,one_sided_deaths_high,countries_with_one_sided_violence";

describe("parseCsv", () => {
  test("parses rows into typed values and keeps each row's line", () => {
    const parsed = parseCsv("g.csv", `\uFEFF${header}\n2023,10,8,12,3\n\n2024,11,9,13,4\n`, schema);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { year: 2023, one_sided_deaths_best: 10, one_sided_deaths_low: 8, one_sided_deaths_high: 12, countries_with_one_sided_violence: 3 },
      { year: 2024, one_sided_deaths_best: 11, one_sided_deaths_low: 9, one_sided_deaths_high: 13, countries_with_one_sided_violence: 4 },
    ]);
    expect(parsed.lines).toEqual([2, 4]);
  });

  test("a missing column is reported once, on the header", () => {
    const parsed = parseCsv("g.csv", "year,one_sided_deaths_low,one_sided_deaths_high,countries_with_one_sided_violence\n2024,1,2,3\n", schema);
    expect(parsed.problems).toEqual([
      { file: "g.csv", line: 1, col: 1, field: "one_sided_deaths_best", message: 'missing column "one_sided_deaths_best" in the header row' },
    ]);
  });

  test("a bad cell names its line, column position and column name", () => {
    const parsed = parseCsv("g.csv", `${header}\n2023,10,8,12,3\n2024,ten,9,13,4\n`, schema);
    expect(parsed.problems).toEqual([
      { file: "g.csv", line: 3, col: 2, field: "one_sided_deaths_best", message: 'expected a count (a whole number, 0 or more) (got "ten")' },
    ]);
  });

  test("an empty cell is not zero", () => {
    const parsed = parseCsv("g.csv", `${header}\n2024,,9,13,4\n`, schema);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].field).toBe("one_sided_deaths_best");
  });
});
