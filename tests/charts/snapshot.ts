/**
 * SVG snapshots in the manner of Observable Plot's tests: the chart's markup, normalised to one
 * element per line, is compared with tests/charts/__snapshots__/<name>.svg. On a mismatch the new
 * output is written beside it as <name>-changed.svg (open both to see the difference) and the test
 * fails; UPDATE_SNAPSHOTS=1 rewrites the snapshot instead. A missing snapshot is written on a
 * developer's machine but fails under CI, so none is ever created silently there.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect } from "vitest";

const DIR = resolve(import.meta.dirname, "__snapshots__");

export function normaliseSvg(svg: string): string {
  return `${svg.replace(/>\s*</g, ">\n<").trim()}\n`;
}

export function expectSvgSnapshot(name: string, svg: string): void {
  const actual = normaliseSvg(svg);
  const file = resolve(DIR, `${name}.svg`);
  const changed = resolve(DIR, `${name}-changed.svg`);
  if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS === "1") {
    if (!existsSync(file) && process.env.CI) throw new Error(`missing snapshot ${name}.svg (run with UPDATE_SNAPSHOTS=1 and commit it)`);
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name}.svg changed; see ${name}-changed.svg (UPDATE_SNAPSHOTS=1 to accept)`).toBe(expected);
}
