import { relative } from "node:path";
import { loadDataReader, defaultDataDir, type DataReader } from "./load-data.ts";
import { parseData } from "./parse-data.ts";
import type { ParsedData } from "./parse-data.ts";
import { formatProblem } from "./problems.ts";

/** Runs every data check and returns printable lines; shared by scripts/check.ts and scripts/build.ts. */
export function checkData({
  dataDir = defaultDataDir(),
  reader = loadDataReader(dataDir),
  today,
}: {
  dataDir?: string;
  /** Stands in for the files of dataDir (the bad-input corpus overlays data/ in memory). */
  reader?: DataReader;
  today: string;
}): {
  problems: string[];
  summary: string;
  /** The validated data, when there was no problem. */
  data?: ParsedData;
} {
  const result = parseData(reader, { today });
  if (!result.ok) {
    return { problems: result.problems.map(formatProblem), summary: `${result.problems.length} problem(s) found in ${relative(process.cwd(), dataDir) || "."}/; nothing was published.` };
  }
  const { recommendations, sources, tables } = result.data;
  const rows = Object.values(tables).reduce((n, t) => n + (t?.rows.length ?? 0), 0);
  return {
    problems: [],
    data: result.data,
    summary: `data OK: ${recommendations.length} recommendations, ${sources.length} sources, ${rows} table rows.`,
  };
}
