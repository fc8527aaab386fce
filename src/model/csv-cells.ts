/**
 * Every CSV the site publishes goes through here, so a cell from hostile data cannot become a
 * spreadsheet formula (CSV injection, OWASP): a text cell starting with =, +, -, @, tab or carriage
 * return gets a leading apostrophe, which spreadsheets show as text. Numbers stay numbers, negative
 * ones included, so the files still load as numbers in R, pandas and spreadsheets.
 */
import { csvFormat } from "d3";

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type Cell = string | number | boolean | null | undefined;

/** The cell's text as written to the CSV, neutralised when it could start a formula. */
export function neutraliseCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  if (typeof value === "number" || PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** d3's RFC 4180 quoting over neutralised cells; columns in the given order. */
export function formatCsv<Row extends { [K in keyof Row]: Cell }>(rows: readonly Row[], columns?: readonly string[]): string {
  const names = columns ?? (rows.length > 0 ? Object.keys(rows[0]!) : []);
  const safe = rows.map((row) => Object.fromEntries(names.map((name) => [name, neutraliseCell((row as Record<string, Cell>)[name])])));
  return csvFormat(safe, [...names]);
}
