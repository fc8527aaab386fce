/** A located data problem: what `npm run check` prints, one per line. */
export interface Problem {
  /** Path shown to editors, e.g. data/recommendations/03.yaml. */
  file: string;
  /** 1-based line; for a CSV row, the row's line in the file. */
  line: number;
  /** 1-based column; for a CSV cell, the column's position in the header. */
  col: number;
  /** Dotted field path, e.g. history[2].status, or a CSV column name. */
  field: string;
  message: string;
}

/** `data/site.yaml:4:3  edition.date  not a real calendar date` */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.field || "(file)"}  ${p.message}`;
}

/** history[2].sources[0].url */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.field.localeCompare(b.field),
  );
}

/** Thrown by getModel() when data/ is invalid; carries every problem. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} problem(s) in data/:\n${problems.map(formatProblem).join("\n")}`);
    this.name = "DataError";
    this.problems = problems;
  }
}
