import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { scaleDatedTable, scaleHistory, scaleYearTable, yearOffsets } from "../../src/bench/synthetic-data.ts";
import { checkData } from "../../src/model/check-data.ts";

describe("synthetic data", () => {
  test("year blocks go back while they fit after 1900, then forward before 2099", () => {
    expect(yearOffsets(1989, 2024, 9)).toEqual([-36, -72, 36, 72]);
    expect(yearOffsets(2013, 2025, 2)).toEqual([-13, -26]);
  });

  test("no block goes past the last year allowed (the edition's, for data years)", () => {
    expect(yearOffsets(1989, 2024, 9, 2026)).toEqual([-36, -72]);
  });

  test("a yearly table grows by shifted copies of every row, windows shifted too", () => {
    const csv = "edition,forecast_window,iso3,risk\n2024,2024-2025,SDN,0.1\n2025,2025-2026,\"MM,R\",0.2\n";
    const { text, factor } = scaleYearTable(csv, 3, ["edition"], ["forecast_window"]);
    expect(factor).toBe(3);
    expect(text.split("\n")).toEqual([
      "edition,forecast_window,iso3,risk",
      "2024,2024-2025,SDN,0.1",
      '2025,2025-2026,"MM,R",0.2',
      "2022,2022-2023,SDN,0.1",
      '2023,2023-2024,"MM,R",0.2',
      "2020,2020-2021,SDN,0.1",
      '2021,2021-2022,"MM,R",0.2',
      "",
    ]);
  });

  test("dated copies move back a day at a time and never land on a date already taken", () => {
    const csv = "edition_date,iso3\n2024-03-02,SDN\n2024-03-01,MMR\n";
    const { text } = scaleDatedTable(csv, 3, "edition_date");
    const dates = text.trim().split("\n").slice(1).map((l) => l.split(",")[0]);
    // 03-02 − 1 day and 03-02 − 2 days are taken by 03-01 and its copy, so that date grows less.
    expect(dates).toEqual(["2024-03-02", "2024-03-01", "2024-02-29", "2024-02-28"]);
  });

  test("history entries are repeated on the same date, marked as copies", () => {
    const yaml = "number: 1\nhistory:\n  - date: 2017-01-10\n    what: First\n  - date: 2018-01-10\n    what: Second\n    status: implemented\n";
    const { text, factor } = scaleHistory(yaml, 2);
    expect(factor).toBe(2);
    expect([...text.matchAll(/what: (.+)/g)].map((m) => m[1])).toEqual(["First", "First (synthetic copy 1)", "Second", "Second (synthetic copy 1)"]);
    expect(text.match(/status: implemented/g)).toHaveLength(2);
  });

  test("the real data grown ×3 still passes every check of npm run check", () => {
    const out = mkdtempSync(join(tmpdir(), "apm-synthetic-"));
    try {
      const root = resolve(import.meta.dirname, "../..");
      execFileSync(process.execPath, [resolve(root, "scripts/synthetic-data.ts"), "3", out], { stdio: "pipe" });
      const real = checkData({ dataDir: resolve(root, "data"), today: "2099-12-31" });
      const grown = checkData({ dataDir: out, today: "2099-12-31" });
      expect(grown.problems).toEqual([]);
      const rows = (summary: string) => Number(/(\d+) table rows/.exec(summary)![1]);
      expect(rows(grown.summary)).toBeGreaterThan(rows(real.summary) * 2.5);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
