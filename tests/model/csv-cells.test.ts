import { csvParse } from "d3";
import { describe, expect, test } from "vitest";
import { formatCsv, neutraliseCell } from "../../src/model/csv-cells.ts";

describe("CSV formula neutralisation", () => {
  test.each([
    ["=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"],
    ["+cmd", "'+cmd"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tleading tab", "'\tleading tab"],
    ["\rleading return", "'\rleading return"],
  ])("text %j starting a formula gets an apostrophe", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  test.each([
    [-12, "-12"],
    ["-12", "-12"],
    ["-0.5", "-0.5"],
    ["+3", "+3"],
    ["1e-3", "1e-3"],
    [0, "0"],
  ])("number %j stays a number", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  test("ordinary text, booleans and empty cells pass unchanged", () => {
    expect(neutraliseCell("Sudan")).toBe("Sudan");
    expect(neutraliseCell("a=b")).toBe("a=b");
    expect(neutraliseCell(true)).toBe("true");
    expect(neutraliseCell(null)).toBe("");
    expect(neutraliseCell(undefined)).toBe("");
    expect(neutraliseCell("2026-11-25")).toBe("2026-11-25");
  });

  test("the file round-trips through a CSV parser with the neutralised values", () => {
    const csv = formatCsv([{ name: "=1+1", deaths: -3, note: 'say "hi", then\nleave' }], ["name", "deaths", "note"]);
    const [row] = csvParse(csv);
    expect(row).toEqual({ name: "'=1+1", deaths: "-3", note: 'say "hi", then\nleave' });
  });
});
