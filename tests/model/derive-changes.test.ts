import { describe, expect, test } from "vitest";
import { deriveChanges, yearBefore } from "../../src/model/derive-changes.ts";
import type { Recommendation } from "../../src/model/derive-recommendations.ts";
import { getModel } from "../../src/model/model.ts";
import { readRawRecommendations } from "../helpers/raw-data.ts";

const entry = (date: string, status?: string) => ({ date, date_precision: "day", what: "x", sources: [], ...(status ? { status } : {}) });
const rec = (number: number, history: ReturnType<typeof entry>[]) => ({ number, history: [...history].reverse() }) as unknown as Recommendation;
const judgement = (periods: [string, [string, string][]][]) => ({
  sourceId: "gcr2p",
  periods: [...periods].reverse().map(([id]) => ({ id, detail: id })),
  values: new Map(periods.map(([id, rows]) => [id, new Map(rows.map(([iso3, category]) => [iso3, { date: id, category, sourceUrl: `https://example.org/${id}` }]))])),
}) as never;

describe("deriveChanges", () => {
  const log = deriveChanges({
    edition: { date: "2026-11-25", previous_date: "2026-06-30" },
    recommendations: [rec(3, [entry("2025-01-01", "not-implemented"), entry("2026-07-01"), entry("2026-08-01", "in-progress"), entry("2026-09-01", "in-progress")]), rec(4, [entry("2026-06-30", "implemented")])],
    judgement: judgement([["2026-03-01", [["SDN", "current-crisis"], ["MMR", "imminent-risk"]]], ["2026-09-01", [["SDN", "current-crisis"], ["MMR", "current-crisis"], ["HTI", "serious-concern"]]]]),
    layers: [{ sourceId: "ucdp", periods: [{ id: "2024", detail: "" }] } as never],
    sources: [{ id: "ucdp", version: "25.1", retrieved: "2026-11-20" }, { id: "old", version: "1", retrieved: "2026-01-01" }],
  });

  test("the window runs after the previous edition up to this one", () => {
    expect([log.since, log.until, log.firstEdition]).toEqual(["2026-06-30", "2026-11-25", false]);
  });

  test("lists status changes, new and changed categories and retrieved datasets, newest first", () => {
    expect(log.changes.map((c) => c.key)).toEqual(["data-ucdp", "category-hti-2026-09-01", "category-mmr-2026-09-01", "status-3-2026-08-01"]);
    expect(log.changes.find((c) => c.kind === "status")).toMatchObject({ from: "not-implemented", to: "in-progress" });
    expect(log.changes.find((c) => c.key === "category-mmr-2026-09-01")).toMatchObject({ from: "imminent-risk", to: "current-crisis" });
    expect(log.changes.find((c) => c.key === "category-hti-2026-09-01")).toMatchObject({ from: undefined, to: "serious-concern" });
    expect(log.changes[0]).toMatchObject({ kind: "data", version: "25.1", latestPeriod: "2024" });
  });

  test("without a previous edition it looks back one year", () => {
    expect(yearBefore("2028-02-29")).toBe("2027-02-28");
    expect(deriveChanges({ edition: { date: "2026-11-25" }, recommendations: [], judgement: undefined, layers: [], sources: [] })).toEqual({ since: "2025-11-25", until: "2026-11-25", firstEdition: true, changes: [] });
  });

  test("on the real data, every status entry dated in the window that changes the status is listed", () => {
    const { changes, site } = getModel();
    const expected = readRawRecommendations().flatMap((r) => {
      let previous: string | undefined;
      return [...r.history].sort((a, b) => a.date.localeCompare(b.date)).flatMap((e) => {
        if (!e.status) return [];
        const changed = e.status !== previous && e.date > changes.since && e.date <= site.edition.date;
        previous = e.status;
        return changed ? [`status-${r.number}-${e.date}`] : [];
      });
    });
    expect(changes.changes.filter((c) => c.kind === "status").map((c) => c.key).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });
});
