/**
 * A hostile copy of data/: every free-text field of every file kind (YAML and CSV) gets a payload of
 * markup, event handlers, attribute break-outs, SVG/MathML, a javascript: link and template syntax
 * appended to its own text (so ids, sort orders and uniqueness rules still hold). Structured fields
 * — ids, codes, dates, URLs, colours, enums, paths — are left alone: the schemas refuse markup there.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { globSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";

/** Calls `__x(n)` if any part of it ever runs; shows as plain text when escaped. */
export const PAYLOAD = `<script>__x(1)</script><img src=x onerror=__x(2)>"'><svg onload=__x(3)><math><a href=javascript:__x(4)>m</a></math>{{__x(5)}}{name}`;

/** Keys whose string values are prose or names people read; everything else is structure. */
const FREE_TEXT_KEYS = new Set([
  "title", "short_title", "summary", "what", "rationale", "supports", "publisher", "name", "label", "term",
  "abbreviation", "definition", "question", "anchors", "evidence_examples", "evidence", "description", "note",
  "producer", "version", "coverage", "citation", "caveats", "actors", "authors",
  // recommendation-titles.yaml: the project's translation of each title, keyed by language.
  "fr", "es", "ru", "zh", "ar",
]);

/** CSV columns that hold text rather than codes, dates or numbers: notes, titles and country names in every language. */
const FREE_TEXT_COLUMN = /^(edition_title|country_name|population_note|unterm_(short|formal)_[a-z]{2}|unsd_name_[a-z]{2})$/;

/** Raw research notes kept for provenance are not read by the site; leave them as they are. */
const NOT_READ = /sources\/recommendation-research\//;

export interface HostileCopy {
  /** Per data file (relative to the data folder): how many fields got the payload. */
  fields: Map<string, number>;
}

function poisonYaml(node: Node | null | undefined, key: string | undefined, count: { n: number }): void {
  if (isMap(node)) {
    for (const pair of node.items) poisonYaml(pair.value as Node, isScalar(pair.key) ? String(pair.key.value) : undefined, count);
  } else if (isSeq(node)) {
    for (const item of node.items) poisonYaml(item as Node, key, count);
  } else if (isScalar(node) && typeof node.value === "string" && key && FREE_TEXT_KEYS.has(key) && node.value.trim() !== "") {
    node.value = `${node.value} ${PAYLOAD}`;
    node.type = "QUOTE_DOUBLE";
    count.n++;
  }
}

const quoteCsv = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Copies `dataDir` to `target` and poisons it; `extra` files (relative path → source file) are added first. */
export function writeHostileData(dataDir: string, target: string, extra: Record<string, string> = {}): HostileCopy {
  cpSync(dataDir, target, { recursive: true });
  for (const [path, from] of Object.entries(extra)) cpSync(from, join(target, path));
  const fields = new Map<string, number>();
  for (const file of globSync("**/*.{yaml,csv}", { cwd: target }).sort()) {
    if (NOT_READ.test(file) || file.includes("/raw/")) continue;
    const full = join(target, file);
    const text = readFileSync(full, "utf8");
    const count = { n: 0 };
    if (file.endsWith(".yaml")) {
      const doc = parseDocument(text);
      poisonYaml(doc.contents, undefined, count);
      writeFileSync(full, doc.toString({ lineWidth: 0 }));
    } else {
      const rows = parseCsv(text, { bom: true }) as string[][];
      const header = rows[0];
      const poisonAt = header.flatMap((column, i) => (FREE_TEXT_COLUMN.test(column) ? [i] : []));
      const out = rows.map((row, r) =>
        row.map((cell, i) => {
          if (r === 0 || !poisonAt.includes(i) || cell === "") return quoteCsv(cell);
          count.n++;
          return quoteCsv(`${cell} ${PAYLOAD}`);
        }).join(","),
      );
      writeFileSync(full, `${out.join("\n")}\n`);
    }
    if (count.n > 0) fields.set(relative(target, full), count.n);
  }
  return { fields };
}
