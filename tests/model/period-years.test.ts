import { expect, test } from "vitest";
import { getModel } from "../../src/model/model.ts";
import { hasSeveralPeriodsInAYear, layerPeriodsByYear, periodsByYear } from "../../src/model/period-years.ts";

test("dated copies are grouped by year, newest first, each year keeping its copies in order", () => {
  expect(periodsByYear(["2022-09-01", "2022-03-01", "2021-12-01", "2019"])).toEqual([
    { year: "2022", periods: ["2022-09-01", "2022-03-01"] },
    { year: "2021", periods: ["2021-12-01"] },
    { year: "2019", periods: ["2019"] },
  ]);
  expect(() => periodsByYear(["latest"])).toThrow(/"latest" does not start with a year/);
});

test("in the real data only the judgement layer has several periods in a year", () => {
  const { layers } = getModel();
  const grouped = (id: "forecast" | "observed" | "judgement") => hasSeveralPeriodsInAYear(periodsByYear(layers[id]!.periods.map((p) => p.id)));
  expect(grouped("forecast")).toBe(false);
  expect(grouped("observed")).toBe(false);
  expect(grouped("judgement")).toBe(true);
  const judgement = periodsByYear(layers.judgement!.periods.map((p) => p.id));
  // Every dated copy is reachable: through its year's list.
  expect(judgement.flatMap((y) => y.periods)).toEqual(layers.judgement!.periods.map((p) => p.id));
});

test("a layer's grouping is made once and shared by its views", () => {
  const { layers } = getModel();
  const first = layerPeriodsByYear(layers.judgement!.periods);
  expect(layerPeriodsByYear(layers.judgement!.periods)).toBe(first);
  expect(first).toEqual(periodsByYear(layers.judgement!.periods.map((p) => p.id)));
});
