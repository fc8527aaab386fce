import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
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
    const problems = doc.errors.map((error) => {
      const offset = errorOffset(doc, error);
      return {
        file,
        ...lineCounter.linePos(offset),
        field: error.code === "DUPLICATE_KEY" ? formatFieldPath(pathAtOffset(doc, offset)) : "",
        message: error.code === "RESOURCE_EXHAUSTION" ? `nested too deeply for the parser (the limit is ${MAX_DEPTH} levels)` : `YAML syntax: ${firstLine(error.message)}`,
      };
    });
    return { value: undefined, problems, locate, problemAt };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { value: undefined, problems: [{ file, line: 1, col: 1, field: "", message: "file is empty" }], locate, problemAt };
  }
  const deep = firstTooDeep(doc.contents, []);
  if (deep) {
    return { value: undefined, problems: [{ ...problemAt(deep, `nested more than ${MAX_DEPTH} levels deep; no data file needs that`), field: formatFieldPath(deep.slice(0, 3)) + " …" }], locate, problemAt };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws when aliases expand past the count (a "billion laughs" file): point at the first alias.
    let alias: readonly PropertyKey[] = [];
    let offset = 0;
    visit(doc, {
      Alias(_, node, path) {
        offset = node.range?.[0] ?? 0;
        alias = fieldPath(path, node);
        return visit.BREAK;
      },
    });
    const message = error instanceof ReferenceError ? `aliases (*name) expand too much (more than ${MAX_ALIAS_COUNT}); write the values out` : `could not be read: ${firstLine(String(error))}`;
    return { value: undefined, problems: [{ file, ...lineCounter.linePos(offset), field: formatFieldPath(alias), message }], locate, problemAt };
  }
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

/** Limits that keep a hostile file from exhausting the parser (the real files nest 6 deep, use no alias). */
export const MAX_DEPTH = 32;
export const MAX_ALIAS_COUNT = 100;

/** The path of the first collection nested deeper than MAX_DEPTH, or undefined. */
function firstTooDeep(node: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (path.length > MAX_DEPTH && (isMap(node) || isSeq(node))) return path;
  if (isMap(node)) {
    for (const pair of node.items) {
      const found = firstTooDeep(pair.value, [...path, isScalar(pair.key) ? (pair.key.value as PropertyKey) : "?"]);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const found = firstTooDeep(item, [...path, i]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The field path of `node`, given its ancestors as yaml's visit() reports them. */
function fieldPath(ancestors: readonly unknown[], node: unknown): PropertyKey[] {
  const out: PropertyKey[] = [];
  const chain = [...ancestors, node];
  chain.forEach((item, i) => {
    const child = chain[i + 1];
    if (isSeq(item) && child !== undefined) out.push(item.items.indexOf(child as never));
    if (isPair(item)) out.push(isScalar(item.key) ? (item.key.value as PropertyKey) : "?");
  });
  return out;
}

/** The field path of the key or value at a text offset (for a duplicate key: the repeated key). */
function pathAtOffset(doc: Document, offset: number): PropertyKey[] {
  const path: PropertyKey[] = [];
  const within = (node: unknown) => isNode(node) && node.range !== undefined && node.range !== null && node.range[0] <= offset && offset <= node.range[2];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => within(p.key) || within(p.value));
      if (!pair) break;
      path.push(isScalar(pair.key) ? (pair.key.value as PropertyKey) : "?");
      if (within(pair.key)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(within);
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else break;
  }
  return path;
}

/** Offset of the deepest node on `path` that exists (the key for map entries, so a line points at the field name). */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? (node.range?.[0] ?? 0) : 0;
  for (const key of path) {
    if (isMap(node)) {
      // YAML reads `14:` as the number 14 while the schema's path says "14": compare as text.
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(key));
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
