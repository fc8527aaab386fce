/**
 * The model derived from a small fixture tree (tests/fixtures/data-small: five countries, trimmed
 * recommendations, one dataset of each kind) against a golden JSON file. A change in any derive
 * step shows up here as a readable diff. After an intended change, regenerate and review it:
 *   UPDATE_GOLDEN=1 npx vitest run tests/model/fixture-model.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { loadDataReader } from "../../src/model/load-data.ts";
import { deriveModel } from "../../src/model/model.ts";
import { parseData } from "../../src/model/parse-data.ts";
import { formatProblem } from "../../src/model/problems.ts";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/data-small");
const GOLDEN = resolve(import.meta.dirname, "../fixtures/data-small.model.json");

/** JSON with Maps as objects and Sets as arrays, so every part of the model is compared. */
function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v instanceof Set ? [...v] : v), 2)}\n`;
}

test("the fixture tree passes the checker", () => {
  const parsed = parseData(loadDataReader(FIXTURE), { today: "2026-11-25" });
  expect(parsed.problems.map(formatProblem)).toEqual([]);
});

test("the model of the fixture tree equals the golden file", () => {
  const parsed = parseData(loadDataReader(FIXTURE), { today: "2026-11-25" });
  if (!parsed.ok) throw new Error("fixture data is invalid");
  const actual = toJson(deriveModel(parsed.data, { SITE_URL: "https://monitor.example.org/", BASE_PATH: "/" }));
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, actual);
  // Never created silently: a missing golden file fails until someone regenerates and reviews it.
  expect(existsSync(GOLDEN), `${GOLDEN} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
});
