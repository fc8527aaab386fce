/**
 * Every built page (every English page, a sample per route in the other languages) passes html-validate's recommended rules (config: .htmlvalidate.mjs, where each
 * disabled rule says why). Reads dist/ only; it sits in the e2e project because it needs a build.
 */
import { relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { expect, test } from "vitest";
import { join } from "node:path";
import { DIST, sampledPagePaths } from "../helpers/site-pages.ts";

test("every built page has zero html-validate errors", async () => {
  const files = sampledPagePaths().map((p) => join(DIST, p.endsWith(".html") ? p : `${p}index.html`));
  expect(files.length).toBeGreaterThan(30);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  // The project's config was found (it is the one that turns long-title off), not a silent default.
  expect((await validator.getConfigFor(files[0])).getRules().get("long-title")?.[0]).toBe(0);
  const report = await validator.validateMultipleFiles(files);
  const errors = report.results.flatMap(({ filePath, messages }) =>
    messages.map((m) => `${relative(DIST, filePath)}:${m.line}:${m.column} ${m.ruleId} ${m.message} (${m.selector ?? ""})`),
  );
  expect(errors.slice(0, 50), `${errors.length} error(s)`).toEqual([]);
  expect(report.valid).toBe(true);
});
