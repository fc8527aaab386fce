/**
 * The derived model against values computed here, independently, from the raw files in data/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { csvParse } from "d3";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { getModel } from "../../src/model/model.ts";
import { deriveStatusAt } from "../../src/model/derive-recommendations.ts";

const DATA = resolve(import.meta.dirname, "../../data");
const model = getModel();
const rawRecommendations = readdirSync(`${DATA}/recommendations`).map(
  (name) => parse(readFileSync(`${DATA}/recommendations/${name}`, "utf8")) as { number: number; phase: string; history: { date: string; status?: string }[] },
);
const csv = (path: string) => csvParse(readFileSync(`${DATA}/sources/${path}`, "utf8"));

describe("recommendations", () => {
  test("all 27, numbered 1 to 27, 11 for the first 100 days and 16 longer-term", () => {
    expect(model.recommendations.map((r) => r.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(model.recommendations.filter((r) => r.phase === "first-100-days")).toHaveLength(11);
    expect(model.recommendations.filter((r) => r.phase === "longer-term")).toHaveLength(16);
    expect(model.trackerSections.flatMap((p) => p.groups)).toHaveLength(6);
  });

  test("status counts equal the latest dated status of each file", () => {
    const expected = new Map<string, number>();
    for (const rec of rawRecommendations) {
      const assessed = rec.history.filter((e) => e.status).sort((a, b) => a.date.localeCompare(b.date));
      const status = assessed.at(-1)?.status ?? "unknown";
      expected.set(status, (expected.get(status) ?? 0) + 1);
    }
    for (const count of model.statusCounts) expect(count.count, count.id).toBe(expected.get(count.id) ?? 0);
    expect(model.statusCounts.reduce((n, c) => n + c.count, 0)).toBe(27);
  });

  test("recommendation 11 (trip to Addis Ababa) is implemented as of 27 January 2018", () => {
    const rec = model.recommendations[10];
    expect(rec.current).toMatchObject({ status: "implemented", asOf: "2018-01-27", confidence: "medium" });
  });

  test("history is shown newest first and sources are counted once each", () => {
    const rec = model.recommendations[3];
    const dates = rec.history.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const raw = rawRecommendations.find((r) => r.number === 4) as unknown as { history: { sources: { url: string }[] }[] };
    expect(rec.evidenceCount).toBe(new Set(raw.history.flatMap((e) => e.sources.map((s) => s.url))).size);
  });
});

describe("deriveStatusAt", () => {
  const history = [
    { date: "2017-03-01", date_precision: "day" as const, what: "a", sources: [] },
    { date: "2018-06-01", date_precision: "day" as const, what: "b", status: "in-progress", confidence: "low", sources: [] },
    { date: "2020-01-15", date_precision: "day" as const, what: "c", status: "implemented", confidence: "high", sources: [] },
  ];
  test.each([
    ["2017-12-31", "unknown", undefined],
    ["2018-06-01", "in-progress", "2018-06-01"],
    ["2020-01-14", "in-progress", "2018-06-01"],
    ["2026-11-25", "implemented", "2020-01-15"],
  ])("on %s the status is %s (as of %s)", (date, status, asOf) => {
    expect(deriveStatusAt(history, date)).toMatchObject({ status, asOf });
  });
  test("with no assessment the status is unknown and there is no date", () => {
    expect(deriveStatusAt(history.slice(0, 1))).toEqual({ status: "unknown", asOf: undefined, precision: undefined, confidence: undefined, rationale: undefined });
  });
});

describe("datasets", () => {
  test("world one-sided deaths per year equal the sum over countries (1994 and 2024 sampled)", () => {
    const rows = csv("ucdp-organized-violence-cy/one-sided-violence-country-year.csv");
    for (const year of [1994, 2024]) {
      const sum = (column: string) => rows.filter((r) => Number(r.year) === year).reduce((n, r) => n + Number(r[column]), 0);
      const derived = model.globalOneSidedDeaths.find((y) => y.year === year)!;
      expect(derived).toMatchObject({ best: sum("deaths_best"), low: sum("deaths_low"), high: sum("deaths_high") });
    }
    expect(model.globalOneSidedDeaths.find((y) => y.year === 2024)).toMatchObject({ best: 14347, low: 11605, high: 16993 });
  });

  test("each country's latest forecast is its newest published EWP edition", () => {
    const rows = csv("ewp-statistical-risk-assessment/ewp-risk-forecasts.csv").filter((r) => r.run_type === "published");
    for (const iso3 of ["MMR", "TCD", "SDN"]) {
      const latest = rows.filter((r) => r.iso3 === iso3).sort((a, b) => Number(b.edition) - Number(a.edition))[0];
      const country = model.countries.find((c) => c.iso3 === iso3)!;
      expect(country.latest.forecast).toMatchObject({ edition: Number(latest.edition), risk: Number(latest.risk), rank: Number(latest.rank) });
    }
    expect(model.countries.find((c) => c.iso3 === "MMR")!.latest.forecast).toMatchObject({ edition: 2025, risk: 0.1041, rank: 1 });
  });

  test("every source's redistribution is carried; EWP's is not-stated", () => {
    expect(model.sources.find((s) => s.id === "ewp-statistical-risk-assessment")?.redistribution).toBe("not-stated");
    expect(model.sources.find((s) => s.id === "ucdp-organized-violence-cy")?.redistribution).toBe("allowed");
  });
});
