import { parse } from "csv-parse/sync";
import type { z } from "zod";
import type { Problem } from "./problems.ts";

/** Past this many problems in one file the rest are summed up: one broken column would flood the list. */
const MAX_PROBLEMS_PER_FILE = 100;

export interface ParsedCsv<T> {
  rows: T[];
  /** Line of each row in the file, for problems found later (e.g. an unknown country code). */
  lines: number[];
  columns: string[];
  problems: Problem[];
}

/**
 * Parses a CSV table with a header row and validates each row against a row schema. Problems carry
 * the row's line and the column's position; a missing column is reported once, on the header.
 */
export function parseCsv<S extends z.ZodObject>(file: string, text: string, rowSchema: S): ParsedCsv<z.output<S>> {
  let records: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  let columns: string[] = [];
  try {
    records = parse(text, {
      columns: (header: string[]) => (columns = header.map((c) => c.trim())),
      info: true,
      raw: true,
      bom: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    const e = error as { message: string; lines?: number };
    return { rows: [], lines: [], columns, problems: [{ file, line: e.lines ?? 1, col: 1, field: "", message: `CSV syntax: ${e.message}` }] };
  }
  if (columns.length === 0) {
    return { rows: [], lines: [], columns, problems: [{ file, line: 1, col: 1, field: "", message: "file is empty (expected a header row)" }] };
  }

  const repeated = columns.flatMap((name, i) => (columns.indexOf(name) < i ? [{ name, col: i + 1 }] : []));
  if (repeated.length > 0) {
    const problems = repeated.map(({ name, col }) => ({ file, line: 1, col, field: name, message: `column "${name}" appears twice in the header row` }));
    return { rows: [], lines: [], columns, problems };
  }

  const required = Object.keys(rowSchema.shape);
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    const problems = missing.map((name) => ({ file, line: 1, col: 1, field: name, message: `missing column "${name}" in the header row` }));
    return { rows: [], lines: [], columns, problems };
  }

  // The build would fail later on an empty table (no edition, no year); say so here, on the header.
  if (records.length === 0) {
    return { rows: [], lines: [], columns, problems: [{ file, line: 1, col: 1, field: "", message: "the file has a header row but no data rows" }] };
  }

  const rows: z.output<S>[] = [];
  const lines: number[] = [];
  const problems: Problem[] = [];
  let skipped = 0;
  for (const { record, raw, info } of records) {
    // csv-parse counts lines to the record's end; a quoted cell with line breaks starts it earlier.
    const line = info.lines - (raw.replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "").match(/\n/g)?.length ?? 0);
    const result = rowSchema.safeParse(record);
    if (result.success) {
      rows.push(result.data);
      lines.push(line);
      continue;
    }
    for (const issue of result.error.issues) {
      if (problems.length >= MAX_PROBLEMS_PER_FILE) {
        skipped++;
        continue;
      }
      const field = String(issue.path[0] ?? "");
      problems.push({ file, line, col: columns.indexOf(field) + 1 || 1, field, message: `${issue.message} (got "${record[field] ?? ""}")` });
    }
  }
  if (skipped > 0) {
    problems.push({ file, line: 1, col: 1, field: "", message: `${skipped} more problem(s) in this file not listed` });
  }
  return { rows, lines, columns, problems };
}
