import { describe, expect, test } from "vitest";
import { getModel } from "../../src/model/model.ts";
import { NOT_YET_ASSESSED, deriveFirstHundredDays } from "../../src/model/derive-tracker.ts";
import { addDays, endOfMonth, monthsBetween } from "../../src/model/dates.ts";
import { rawStatusOn, readRawRecommendations, readRawYaml } from "../helpers/raw-data.ts";

const model = getModel();
const raw = readRawRecommendations();
const edition = readRawYaml<{ edition: { date: string } }>("site.yaml").edition.date;

describe("status over time", () => {
  test("runs monthly from January 2017 to the edition month", () => {
    expect(model.statusSeries[0].month).toBe("2017-01");
    expect(model.statusSeries.at(-1)!.month).toBe(edition.slice(0, 7));
    expect(model.statusSeries).toHaveLength(monthsBetween("2017-01-01", edition).length);
    // Counted as of the edition date, never "at the end of" a month that ends after it.
    expect(model.statusSeries.at(-1)!.asOf).toBe(edition);
    expect(model.statusSeries.at(-2)!.asOf <= edition).toBe(true);
  });

  test.each(["2018-06", "2019-12", "2023-12"])("the counts at the end of %s equal a hand count over the files", (month) => {
    const end = endOfMonth(`${month}-01`);
    const expected: Record<string, number> = {};
    for (const rec of raw) {
      const status = rawStatusOn(rec, end) ?? NOT_YET_ASSESSED;
      expected[status] = (expected[status] ?? 0) + 1;
    }
    expect(model.statusSeries.find((m) => m.month === month)!.counts).toEqual(expected);
  });

  test("every month accounts for all 27", () => {
    for (const m of model.statusSeries) expect(Object.values(m.counts).reduce((a, b) => a + b, 0), m.month).toBe(27);
  });

  test("the last month equals the current statuses", () => {
    const last = model.statusSeries.at(-1)!.counts;
    for (const c of model.statusCounts) expect(last[c.id] ?? 0, c.id).toBe(c.count);
  });
});

describe("first 100 days", () => {
  test("day 100 of a term starting 1 January 2017 is 10 April 2017", () => {
    expect(model.dayHundred).toBe("2017-04-10");
    expect(addDays("2017-01-01", 99)).toBe("2017-04-10");
  });

  test("each of the 11 is judged from its entries dated by day 100", () => {
    const firstHundred = raw.filter((r) => r.phase === "first-100-days");
    expect(model.firstHundredDays.map((r) => r.number)).toEqual(firstHundred.map((r) => r.number));
    for (const rec of firstHundred) {
      const early = rec.history.filter((e) => e.date <= "2017-04-10");
      const expected = early.some((e) => e.action === true) ? "action" : early.length > 0 ? "no-action" : "no-evidence";
      expect(model.firstHundredDays.find((r) => r.number === rec.number)!.finding, `recommendation ${rec.number}`).toBe(expected);
    }
    // Recommendation 1: a Security Council speech is not the communiqué it asks for (issue 8).
    expect(model.firstHundredDays.find((r) => r.number === 1)!.finding).toBe("no-action");
    expect(model.firstHundredDaysWithAction).toBe(2);
  });

  test("an entry dated day 101 does not count", () => {
    const rec = { ...model.recommendations[0], history: [{ date: "2017-04-11", date_precision: "day" as const, what: "x", action: true, sources: [] }] };
    expect(deriveFirstHundredDays([rec], rec.phase, "2017-04-10")[0].finding).toBe("no-evidence");
  });
});
