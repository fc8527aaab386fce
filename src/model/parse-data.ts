/**
 * Parses and validates every file in data/ (read through an injected DataReader) and returns the
 * typed content, or every problem found. Nothing is derived here; see derive-model.ts.
 */
import type { z } from "zod";
import { decodeText } from "./decode-text.ts";
import type { DataReader } from "./load-data.ts";
import { parseCsv } from "./parse-csv.ts";
import { parseYaml, type ParsedYaml } from "./parse-yaml.ts";
import { sortProblems, type Problem } from "./problems.ts";
import { checkReferences } from "./check-references.ts";
import { assessmentFileSchema, type AssessmentFile } from "./schemas/assessment.ts";
import { glossaryFileSchema, type GlossaryFile } from "./schemas/glossary.ts";
import { indicatorsFileSchema, type IndicatorsFile } from "./schemas/indicators.ts";
import { recommendationSchema, type RecommendationFile } from "./schemas/recommendation.ts";
import { reportSchema, riskScaleSchema, siteSchema, statusesSchema, type Report, type RiskScale, type Site, type Statuses } from "./schemas/site.ts";
import { sourceFileSchema, type SourceFile } from "./schemas/source.ts";
import { titleTranslationsSchema, type TitleTranslations } from "./schemas/title-translations.ts";
import { isTableName, tableSchemas, type TableName, type TableRow } from "./schemas/tables.ts";

/** A validated file with the means to point at its fields. */
export interface Located<T> {
  file: string;
  value: T;
  doc: ParsedYaml<T>;
}

export interface LoadedTable<T extends TableName> {
  file: string;
  /** Header row as in the file, for locating a column in later problems. */
  columns: string[];
  sourceId: string;
  rows: TableRow<T>[];
  lines: number[];
}
export type Tables = { [T in TableName]?: LoadedTable<T> };

export interface ParsedData {
  site: Located<Site>;
  statuses: Located<Statuses>;
  riskScale: Located<RiskScale>;
  report: Located<Report>;
  indicators: Located<IndicatorsFile>;
  /** UN mechanisms the report discusses, for the methodology page (issue 5). */
  glossary: Located<GlossaryFile>;
  recommendations: Located<RecommendationFile>[];
  /** The project's translations of the 27 titles (data/recommendation-titles.yaml). */
  titleTranslations: Located<TitleTranslations>;
  assessments: Located<AssessmentFile>[];
  sources: Located<SourceFile>[];
  tables: Tables;
}

export interface ParseOptions {
  /** Today's date (YYYY-MM-DD), injected so the edition date can be checked without a clock in logic. */
  today: string;
}

/**
 * Size limits far above the real files (the largest CSV is under 0.5 MB, the largest YAML 61 KB):
 * a file past them is a mistake or an attack on the parser, reported instead of parsed.
 */
export const MAX_YAML_BYTES = 1_000_000;
export const MAX_CSV_BYTES = 20_000_000;
const maxFileBytes = (path: string) => (path.endsWith(".csv") ? MAX_CSV_BYTES : MAX_YAML_BYTES);

export type ParseResult = { ok: true; data: ParsedData; problems: [] } | { ok: false; problems: Problem[] };

export function parseData(reader: DataReader, options: ParseOptions): ParseResult {
  const problems: Problem[] = [];
  const display = (path: string) => `${reader.root}/${path}`;

  // Links are reported once, here; reading through one is never tried (see DataReader.links).
  const links = reader.links();
  const linked = (path: string) => links.some((link) => path === link.path || path.startsWith(`${link.path}/`));
  for (const link of links) {
    problems.push({ file: display(link.path), line: 1, col: 1, field: "", message: `is a symbolic link (to ${link.target}); data/ must hold the files themselves` });
  }

  /** The file's bytes, or undefined after reporting why not (too large; a link was reported above). */
  function readBytes(path: string, ifMissing: () => Problem): Uint8Array | undefined {
    if (linked(path)) return undefined;
    const bytes = reader.read(path);
    if (bytes === undefined) problems.push(ifMissing());
    else if (bytes.length > maxFileBytes(path)) {
      problems.push({ file: display(path), line: 1, col: 1, field: "", message: `file is ${bytes.length} bytes; the limit for a ${path.endsWith(".csv") ? "CSV" : "YAML"} file is ${maxFileBytes(path)}` });
      return undefined;
    }
    return bytes;
  }

  function readYaml<S extends z.ZodType>(path: string, schema: S): Located<z.output<S>> | undefined {
    const bytes = readBytes(path, () => ({ file: display(path), line: 1, col: 1, field: "", message: "file is missing" }));
    if (bytes === undefined) return undefined;
    const decoded = decodeText(display(path), bytes);
    if ("problem" in decoded) {
      problems.push(decoded.problem);
      return undefined;
    }
    const doc = parseYaml(display(path), decoded.text, schema);
    problems.push(...doc.problems);
    return doc.value === undefined ? undefined : { file: display(path), value: doc.value, doc };
  }

  const yamlFilesIn = (dir: string) => reader.list(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => `${dir}/${name}`);

  const site = readYaml("site.yaml", siteSchema);
  const statuses = readYaml("statuses.yaml", statusesSchema);
  const riskScale = readYaml("risk-scale.yaml", riskScaleSchema);
  const report = readYaml("report.yaml", reportSchema);
  const indicators = readYaml("indicators.yaml", indicatorsFileSchema);
  const glossary = readYaml("glossary.yaml", glossaryFileSchema);
  const titleTranslations = readYaml("recommendation-titles.yaml", titleTranslationsSchema);
  const recommendationPaths = yamlFilesIn("recommendations");
  const recommendations = recommendationPaths.flatMap((p) => readYaml(p, recommendationSchema) ?? []);
  const unreadable = new Set(recommendationPaths.filter((p) => !recommendations.some((r) => r.file === display(p))));
  const assessments = yamlFilesIn("assessments").flatMap((p) => readYaml(p, assessmentFileSchema) ?? []);
  // Folders only: a README next to the dataset folders is not a dataset.
  const sourceFolders = reader.list("sources").filter((id) => reader.list(`sources/${id}`).length > 0);
  const sources = sourceFolders
    .flatMap((id) => readYaml(`sources/${id}/source.yaml`, sourceFileSchema) ?? []);

  const tables: Tables = {};
  for (const source of sources) {
    const folder = source.file.slice(reader.root.length + 1).replace(/\/source\.yaml$/, "");
    source.value.files.forEach((entry, index) => {
      const path = `${folder}/${entry.path}`;
      const bytes = readBytes(path, () => source.doc.problemAt(["files", index, "path"], `file ${entry.path} does not exist in ${display(folder)}/`));
      if (bytes === undefined) return;
      if (entry.table === undefined) return;
      if (!isTableName(entry.table)) {
        problems.push(source.doc.problemAt(["files", index, "table"], `unknown table "${entry.table}"; known: ${Object.keys(tableSchemas).join(", ")}`));
        return;
      }
      if (tables[entry.table]) {
        problems.push(source.doc.problemAt(["files", index, "table"], `table "${entry.table}" is already provided by ${tables[entry.table]!.file}`));
        return;
      }
      const decoded = decodeText(display(path), bytes);
      if ("problem" in decoded) {
        problems.push(decoded.problem);
        return;
      }
      const parsed = parseCsv(display(path), decoded.text, tableSchemas[entry.table]);
      problems.push(...parsed.problems);
      if (parsed.problems.length === 0) {
        (tables as Record<string, LoadedTable<TableName>>)[entry.table] = {
          file: display(path),
          sourceId: source.value.id,
          columns: parsed.columns,
          rows: parsed.rows as TableRow<TableName>[],
          lines: parsed.lines,
        };
      }
    });
  }

  // Cross-file rules need the scales; they still run when other files failed, so one pass lists
  // as much as possible (rules about a file that failed to parse are skipped, not guessed).
  if (site && statuses && riskScale && report) {
    problems.push(
      ...checkReferences(
        { site, statuses, riskScale, report, indicators, glossary, recommendations, assessments, sources, tables },
        { ...options, root: reader.root, unreadable: (path) => unreadable.has(path) },
      ),
    );
  }
  if (!site || !statuses || !riskScale || !report || !indicators || !glossary || !titleTranslations || problems.length > 0) {
    return { ok: false, problems: sortProblems(problems) };
  }
  return { ok: true, data: { site, statuses, riskScale, report, indicators, glossary, recommendations, titleTranslations, assessments, sources, tables }, problems: [] };
}
