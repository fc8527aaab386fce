/** Map layers and bins against values computed here from the raw CSV files. */
import { describe, expect, test } from "vitest";
import { binDeaths, binRank, CATEGORY_BINS, DEATH_BINS, NO_DATA_BIN, RANK_BINS } from "../../src/model/bins.ts";
import { getModel } from "../../src/model/model.ts";
import { LATEST_KNOWN } from "../../src/model/derive-layers.ts";
import { readRawCsv } from "../helpers/raw-data.ts";

const model = getModel();
const ucdp = readRawCsv("ucdp-organized-violence-cy/one-sided-violence-country-year.csv");
const ewp = readRawCsv("ewp-statistical-risk-assessment/ewp-risk-forecasts.csv").filter((r) => r.run_type === "published");
const gcr2p = readRawCsv("gcr2p-r2p-monitor/r2p-monitor-categories.csv");

describe("bins", () => {
  test.each([
    [0, "d0"], [1, "d1"], [99, "d1"], [100, "d2"], [999, "d2"], [1000, "d3"], [9999, "d3"], [10000, "d4"], [770581, "d4"],
  ])("%i deaths fall in %s", (deaths, bin) => expect(binDeaths(deaths).id).toBe(bin));

  test.each([[1, "r1"], [10, "r1"], [11, "r2"], [30, "r2"], [31, "r3"], [60, "r3"], [61, "r4"], [168, "r4"]])("rank %i falls in %s", (rank, bin) =>
    expect(binRank(rank).id).toBe(bin),
  );

  test("no data is its own bin, never a colour of any scale", () => {
    for (const bins of [DEATH_BINS, RANK_BINS, CATEGORY_BINS]) {
      expect(bins.map((b) => b.id)).not.toContain(NO_DATA_BIN.id);
      expect(bins.map((b) => b.colour)).not.toContain(NO_DATA_BIN.colour);
    }
  });
});

describe("layers", () => {
  test("one observed period per UCDP year, one forecast period per published EWP edition, one judgement period per dated copy", () => {
    const years = new Set(ucdp.map((r) => r.year));
    const editions = new Set(ewp.map((r) => r.edition));
    const dates = new Set(gcr2p.filter((r) => r.iso3).map((r) => r.edition_date));
    expect(model.layers.observed!.periods.map((p) => p.id).sort()).toEqual([...years].sort());
    expect(model.layers.forecast!.periods.map((p) => p.id).sort()).toEqual([...editions].sort());
    expect(model.layers.judgement!.periods.map((p) => p.id).sort()).toEqual([...dates].sort());
    // One more view: each country's latest known category (/map/judgement/latest/).
    expect(model.maps).toHaveLength(years.size + editions.size + dates.size + 1);
  });

  test("a judgement is never carried forward: each period holds only the rows of that date", () => {
    for (const view of model.maps.filter((m) => m.layerId === "judgement" && m.period.id !== LATEST_KNOWN)) {
      const expected = gcr2p.filter((r) => r.edition_date === view.period.id && r.iso3).map((r) => r.iso3).sort();
      expect(view.rows.map((r) => r.iso3).sort(), view.period.id).toEqual(expected);
    }
  });

  test("latest known category: each country's newest dated raw row, with its age at the edition date", () => {
    const view = model.maps.find((m) => m.layerId === "judgement" && m.period.id === LATEST_KNOWN)!;
    expect(model.layers.judgement!.defaultPeriod).toBe(LATEST_KNOWN);
    const newest = new Map<string, Record<string, string>>();
    for (const r of gcr2p.filter((r) => r.iso3)) if (!newest.has(r.iso3) || newest.get(r.iso3)!.edition_date < r.edition_date) newest.set(r.iso3, r);
    expect(view.rows.map((r) => r.iso3).sort()).toEqual([...newest.keys()].sort());
    for (const row of view.rows) {
      expect(row.value, row.iso3).toMatchObject({ date: newest.get(row.iso3)!.edition_date, category: newest.get(row.iso3)!.category });
    }
    const age = (iso3: string) => view.rows.find((r) => r.iso3 === iso3)!.age!;
    // Edition date 2026-11-25: China's copy of 2026-03-16 is 8 months old; Sudan's newest (2024-09-01) 26 months; Syria's (2023-08-31) 38.
    expect(model.site.edition.date).toBe("2026-11-25");
    expect(age("CHN")).toMatchObject({ months: 8, band: { id: "recent" } });
    expect(age("SDN")).toMatchObject({ months: 26, band: { id: "aging" } });
    expect(age("SYR")).toMatchObject({ months: 38, band: { id: "old" } });
    expect(view.ageCounts!.reduce((n, a) => n + a.count, 0)).toBe(view.rows.length);
  });

  test("rows naming no country are reported, not dropped silently", () => {
    const blank = gcr2p.filter((r) => !r.iso3).length;
    expect(model.unmappedRows.filter((r) => r.file.endsWith("r2p-monitor-categories.csv"))).toHaveLength(blank);
    expect(blank).toBeGreaterThan(0);
  });
});

describe("country profiles in the model", () => {
  test.each(["SDN", "MMR", "SYR"])("%s: the latest value of each layer is the newest raw row", (iso3) => {
    const country = model.countries.find((c) => c.iso3 === iso3)!;
    const obs = ucdp.filter((r) => r.iso3 === iso3).sort((a, b) => Number(b.year) - Number(a.year))[0];
    expect(country.latest.observed).toMatchObject({ year: Number(obs.year), best: Number(obs.deaths_best), low: Number(obs.deaths_low), high: Number(obs.deaths_high) });
    const fc = ewp.filter((r) => r.iso3 === iso3).sort((a, b) => Number(b.edition) - Number(a.edition))[0];
    expect(country.latest.forecast).toMatchObject({ edition: Number(fc.edition), rank: Number(fc.rank), risk: Number(fc.risk) });
    const jd = gcr2p.filter((r) => r.iso3 === iso3).sort((a, b) => b.edition_date.localeCompare(a.edition_date))[0];
    expect(country.latest.judgement).toMatchObject({ date: jd.edition_date, category: jd.category });
    const total = ucdp.filter((r) => r.iso3 === iso3).reduce((n, r) => n + Number(r.deaths_best), 0);
    expect(country.stats.deathsTotal).toBe(total);
  });
});
