/**
 * The build validates data/ once (checkData in run-build.ts) and hands the result to the pages'
 * getModel(), which would otherwise read and parse every file again (issue 12: 13% of a build).
 */
import { join } from "node:path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { checkData } from "../../src/model/check-data.ts";
import { defaultDataDir } from "../../src/model/load-data.ts";
import { HANDOFF } from "../../src/model/model.ts";
import type { ParsedData } from "../../src/model/parse-data.ts";

/** The real data with a site title no file holds, so the model shows where it came from. */
function marked(title: string): ParsedData {
  const { data, problems } = checkData({ today: "2099-01-01" });
  expect(problems).toEqual([]);
  return { ...data!, site: { ...data!.site, value: { ...data!.site.value, title } } };
}

/** A fresh copy of the model module (getModel() memoises per module instance, as each build does). */
const freshModel = () => import("../../src/model/model.ts");

beforeEach(() => vi.resetModules());
// The hand-over lives on globalThis, which outlasts this file in a shared worker (isolate: false): a
// later file's getModel() must parse data/ itself, not find a marked copy.
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[HANDOFF];
});

test("getModel() derives from the data handed over for its folder, without parsing again", async () => {
  const { getModel, handOverValidatedData } = await freshModel();
  handOverValidatedData(defaultDataDir(), marked("Handed over"));
  expect(getModel().site.title).toBe("Handed over");
});

test("data handed over for another folder is not used", async () => {
  const { getModel, handOverValidatedData } = await freshModel();
  handOverValidatedData(join(defaultDataDir(), "..", "elsewhere"), marked("Wrong folder"));
  expect(getModel().site.title).toBe(checkData({ today: "2099-01-01" }).data!.site.value.title);
});
