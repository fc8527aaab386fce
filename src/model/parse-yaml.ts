import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { z } from "zod";
import { formatFieldPath, type Problem } from "./problems.ts";

/** Finds the line and column of a field in a parsed YAML file, for cross-file problems too. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; col: number };

export interface ParsedYaml<T> {
  /** Undefined when the file has syntax or schema problems. */
  value: T | undefined;
  problems: Problem[];
  locate: Locate;
  /** Builds a located problem for a field of this file. */
  problemAt: (path: readonly PropertyKey[], message: string) => Problem;
}

/**
 * Parses YAML text and validates it against a schema, reporting every problem with its line and
 * column. Duplicate keys are errors: the second would silently win otherwise.
 */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): ParsedYaml<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const locate: Locate = (path) => lineCounter.linePos(offsetOf(doc, path));
  const problemAt = (path: readonly PropertyKey[], message: string): Problem => ({
    file,
    ...locate(path),
    field: formatFieldPath(path),
    message,
  });

  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => ({
      file,
      ...lineCounter.linePos(errorOffset(doc, error)),
      field: "",
      message: `YAML syntax: ${firstLine(error.message)}`,
    }));
    return { value: undefined, problems, locate, problemAt };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { value: undefined, problems: [{ file, line: 1, col: 1, field: "", message: "file is empty" }], locate, problemAt };
  }

  const data: unknown = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [], locate, problemAt };

  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => problemAt([...issue.path, key], "unknown field (check the spelling; see data/README.md)"));
    }
    const missing = issue.code === "invalid_type" && issue.path.length > 0 && valueAt(data, issue.path) === undefined && isObjectAt(data, issue.path.slice(0, -1));
    return [problemAt(issue.path, missing ? "required field is missing" : issue.message)];
  });
  return { value: undefined, problems, locate, problemAt };
}

/** Offset of the deepest node on `path` that exists (the key for map entries, so a line points at the field name). */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) break;
      offset = isNode(pair.key) ? (pair.key.range?.[0] ?? offset) : offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number" && node.items[key] !== undefined) {
      node = node.items[key];
      offset = isNode(node) ? (node.range?.[0] ?? offset) : offset;
    } else {
      break;
    }
  }
  return offset;
}

/**
 * Where an editor should look for a syntax error. The parser notices an unclosed quote only at the
 * end of the file; point at the quote that opened it instead.
 */
function errorOffset(doc: Document, error: YAMLError): number {
  let offset = error.pos[0];
  if (error.code === "MISSING_CHAR") {
    visit(doc, {
      Scalar(_, node) {
        const [start, , end] = node.range ?? [];
        if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && start !== undefined && end !== undefined && start <= error.pos[0] && error.pos[0] <= end) {
          offset = start;
        }
      },
    });
  }
  return offset;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isObjectAt(data: unknown, path: readonly PropertyKey[]): boolean {
  const value = valueAt(data, path);
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function firstLine(message: string): string {
  return message.split("\n")[0];
}
