/** Parser limits and text rules of issue 11 that a committed corpus case cannot hold (huge files). */
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { outOfOrder } from "../../src/model/check-references.ts";
import { loadDataReader } from "../../src/model/load-data.ts";
import { MAX_CSV_BYTES, MAX_YAML_BYTES, parseData } from "../../src/model/parse-data.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { localHostReason } from "../../src/model/schemas/common.ts";
import { findInvisible } from "../../src/model/schemas/text.ts";
import { cachedReader, overlayReader } from "../helpers/overlay-reader.ts";

const real = cachedReader(loadDataReader(resolve(import.meta.dirname, "../../data")));
const check = (files: Record<string, string | Uint8Array>) =>
  parseData(
    overlayReader(real, { files: new Map(Object.entries(files).map(([p, c]) => [p, typeof c === "string" ? new TextEncoder().encode(c) : c])), deleted: [] }),
    { today: "2026-11-25" },
  ).problems.map(formatProblem);

describe("file size limits", () => {
  test("a YAML file over the limit is reported on its first line, never parsed", () => {
    const huge = `terms:\n${"  # padding\n".repeat(Math.ceil(MAX_YAML_BYTES / 12) + 1)}`;
    expect(check({ "glossary.yaml": huge })).toContain(`data/glossary.yaml:1:1  (file)  file is ${huge.length} bytes; the limit for a YAML file is ${MAX_YAML_BYTES}`);
  });

  test("a CSV table over the limit is reported likewise", () => {
    const path = "sources/ucdp-prio-acd/armed-conflict-country-year.csv";
    const bytes = new Uint8Array(MAX_CSV_BYTES + 1).fill(0x41);
    expect(check({ [path]: bytes })).toContain(`data/${path}:1:1  (file)  file is ${MAX_CSV_BYTES + 1} bytes; the limit for a CSV file is ${MAX_CSV_BYTES}`);
  });
});

describe("hosts a reader cannot reach", () => {
  test.each([
    ["localhost", "the local machine"],
    ["app.localhost", "the local machine"],
    ["127.0.0.1", "a loopback address"],
    ["10.0.0.1", "a private address"],
    ["172.16.5.4", "a private address"],
    ["192.168.1.1", "a private address"],
    ["169.254.169.254", "a link-local address"],
    ["[::1]", "a loopback address"],
    ["[fe80::1]", "a link-local address"],
    ["[fd00::1]", "a unique-local address"],
    ["[::ffff:127.0.0.1]", "a loopback address"],
    ["printer.local", "a local network name"],
    ["intranet", "a local network name"],
  ])("%s is %s", (host, reason) => {
    expect(localHostReason(host)).toBe(reason);
  });

  test.each(["press.un.org", "8.8.8.8", "[2001:4860:4860::8888]"])("%s is public", (host) => {
    expect(localHostReason(host)).toBeUndefined();
  });
});

test.each([
  ["a\u202Eb", "U+202E at character 2"],
  ["\u2067x", "U+2067 at character 1"],
  ["x\u200By", "U+200B at character 2"],
  ["x\uFEFF", "U+FEFF at character 2"],
  ["\u0085", "U+0085 at character 1"],
  ["😀\u0007", "U+0007 at character 2"],
])("findInvisible(%j) is %s", (text, found) => {
  expect(findInvisible(text)).toBe(found);
});

test("tabs, line feeds and ordinary non-Latin text are allowed", () => {
  expect(findInvisible("line\n\tnext — مرحبا 你好")).toBeUndefined();
});

test.each([
  [["2020", "2025", "2021", "2022"], [1]],
  [["2021", "2020"], [1]],
  [["2020", "2021", "2019"], [2]],
  [["2020", "2020", "2021"], []],
  [[], []],
])("outOfOrder(%j) names %j", (dates, misplaced) => {
  expect(outOfOrder(dates)).toEqual(misplaced);
});
