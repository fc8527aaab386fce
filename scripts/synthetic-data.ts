/**
 * `node scripts/synthetic-data.ts <factor> <out-dir> [data-dir]`: writes a copy of data/ grown
 * <factor> times (see src/bench/synthetic-data.ts) for the bench's scaling runs. Prints what grew.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { scaleDatedTable, scaleHistory, scaleYearTable, type Scaled } from "../src/bench/synthetic-data.ts";

const [factorArg, outArg, dataArg] = process.argv.slice(2);
const factor = Number(factorArg);
if (!Number.isInteger(factor) || factor < 1 || !outArg) {
  console.error("usage: node scripts/synthetic-data.ts <factor: whole number ≥ 1> <out-dir> [data-dir]");
  process.exit(2);
}
const dataDir = resolve(dataArg ?? resolve(import.meta.dirname, "../data"));
const out = resolve(outArg);
rmSync(out, { recursive: true, force: true });
cpSync(dataDir, out, { recursive: true });

// Data years and forecast editions may not pass the edition's year (check-tables.ts), so copies go earlier.
const editionYear = Number((parse(readFileSync(join(out, "site.yaml"), "utf8")) as { edition: { date: string } }).edition.date.slice(0, 4));

/** How each table grows: by year blocks or by dated copies. */
const GROW: Record<string, (text: string, kept: Set<string>) => Scaled> = {
  "ucdp-one-sided-country-year": (t, kept) => scaleYearTable(t, factor, ["year"], [], (r) => kept.has(`${r.iso3} ${r.year}`), editionYear),
  "ewp-risk-forecasts": (t) => scaleYearTable(t, factor, ["edition", "base_data_year", "forecast_year", "forecast_window_end"], ["forecast_window"], undefined, editionYear),
  "gcr2p-categories": (t) => scaleDatedTable(t, factor, "edition_date"),
};

const report: string[] = [];
for (const sourceId of readdirSync(join(out, "sources")).sort()) {
  const source = parse(readFileSync(join(out, "sources", sourceId, "source.yaml"), "utf8")) as { files?: { path: string; table?: string }[]; kept_as_published?: { table: string; row: string }[] };
  for (const file of source.files ?? []) {
    const grow = file.table ? GROW[file.table] : undefined;
    if (!grow) continue;
    const path = join(out, "sources", sourceId, file.path);
    const kept = new Set((source.kept_as_published ?? []).filter((k) => k.table === file.table).map((k) => k.row));
    const scaled = grow(readFileSync(path, "utf8"), kept);
    writeFileSync(path, scaled.text);
    report.push(`${file.table} ×${scaled.factor.toFixed(1)}`);
  }
}
let entries = 0;
for (const name of readdirSync(join(out, "recommendations")).filter((n) => n.endsWith(".yaml"))) {
  const path = join(out, "recommendations", name);
  const scaled = scaleHistory(readFileSync(path, "utf8"), factor);
  writeFileSync(path, scaled.text);
  entries = Math.max(entries, scaled.factor);
}
report.push(`history entries ×${entries.toFixed(1)}`);
console.log(`Synthetic data ×${factor} in ${out}: ${report.join(", ")}`);
