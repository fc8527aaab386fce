/**
 * Synthetic data for the bench's scaling runs: the real data/ grown k times along the axes that add
 * work per build — more years of observed deaths, more forecast editions, more dated expert
 * categories, more history entries per recommendation. Copies are shifted in time (never changed in
 * value), so every rule `npm run check` applies still holds. Pure: text in, text out.
 *
 * Years must stay within 1900–2099 (the table schema), so a yearly series can grow only as far as
 * that range allows; the achieved factor of every table is returned so the bench can say so.
 */
import { parse } from "csv-parse/sync";
import { parseDocument, YAMLSeq, type YAMLMap } from "yaml";

const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

/**
 * Offsets (in years) for up to `copies` extra copies of a series spanning first–last: earlier
 * blocks first while they fit after 1900, then later ones while they fit before `lastYear` (2099,
 * the schema's limit; the edition's year for tables whose years may not pass the edition).
 */
export function yearOffsets(first: number, last: number, copies: number, lastYear = LAST_YEAR): number[] {
  const span = last - first + 1;
  const out: number[] = [];
  for (let j = 1; out.length < copies && first - j * span >= FIRST_YEAR; j++) out.push(-j * span);
  for (let j = 1; out.length < copies && last + j * span <= lastYear; j++) out.push(j * span);
  return out;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function toCsv(header: string[], rows: Record<string, string>[]): string {
  return [header.join(","), ...rows.map((r) => header.map((h) => csvCell(r[h] ?? "")).join(","))].join("\n") + "\n";
}

function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const header = (parse(text, { to_line: 1 }) as string[][])[0];
  return { header, rows };
}

export interface Scaled {
  text: string;
  /** Rows (or entries) after ÷ before. */
  factor: number;
}

/**
 * A yearly table with `factor − 1` time-shifted copies. `yearColumns` hold a year; `windowColumns`
 * hold "YYYY" or "YYYY-YYYY" and shift the same way. Rows for which `onlyOnce` holds are not copied:
 * a row kept as its producer published it despite a row rule (source.yaml `kept_as_published`) is
 * exempt under its own key only, so a shifted copy would be a new error.
 */
export function scaleYearTable(
  text: string,
  factor: number,
  yearColumns: string[],
  windowColumns: string[] = [],
  onlyOnce: (row: Record<string, string>) => boolean = () => false,
  lastYear = LAST_YEAR,
): Scaled {
  const { header, rows } = readCsv(text);
  const years = rows.map((r) => Number(r[yearColumns[0]]));
  const offsets = yearOffsets(Math.min(...years), Math.max(...years), factor - 1, lastYear);
  const out = [...rows];
  for (const offset of offsets) {
    for (const row of rows.filter((r) => !onlyOnce(r))) {
      const copy = { ...row };
      for (const c of yearColumns) if (copy[c]) copy[c] = String(Number(copy[c]) + offset);
      for (const c of windowColumns) if (copy[c]) copy[c] = copy[c].replace(/\d{4}/g, (y) => String(Number(y) + offset));
      out.push(copy);
    }
  }
  return { text: toCsv(header, out), factor: out.length / rows.length };
}

function shiftDate(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A table of dated copies (one group of rows per date) with each date repeated 1…factor−1 days earlier. */
export function scaleDatedTable(text: string, factor: number, dateColumn: string): Scaled {
  const { header, rows } = readCsv(text);
  const dates = new Set(rows.map((r) => r[dateColumn]));
  const out = [...rows];
  for (let j = 1; j < factor; j++) {
    const taken = new Set(out.map((r) => r[dateColumn]));
    for (const date of dates) {
      const shifted = shiftDate(date, -j);
      // Two real copies a few days apart would otherwise merge into one date with duplicate countries.
      if (taken.has(shifted)) continue;
      out.push(...rows.filter((r) => r[dateColumn] === date).map((r) => ({ ...r, [dateColumn]: shifted })));
    }
  }
  return { text: toCsv(header, out), factor: out.length / rows.length };
}

/** A recommendation file with each history entry followed by factor−1 copies on the same date. */
export function scaleHistory(text: string, factor: number): Scaled {
  const doc = parseDocument(text);
  const history = doc.get("history");
  if (!(history instanceof YAMLSeq) || history.items.length === 0) return { text, factor: 1 };
  const before = history.items.length;
  const items: unknown[] = [];
  for (const item of history.items) {
    items.push(item);
    for (let j = 1; j < factor; j++) {
      const copy = (item as YAMLMap).clone() as YAMLMap;
      copy.set("what", `${String(copy.get("what"))} (synthetic copy ${j})`);
      items.push(copy);
    }
  }
  history.items = items;
  return { text: doc.toString({ lineWidth: 0 }), factor: items.length / before };
}
