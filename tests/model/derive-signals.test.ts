/**
 * Derived signals and the country matrix (issue 5) against the rules applied by hand to the raw
 * UCDP files, read here with d3's csvParse, independently of src/model's CSV parsing.
 */
import { describe, expect, test } from "vitest";
import { createCountryNames } from "../../src/model/countries.ts";
import { deriveMatrix } from "../../src/model/derive-matrix.ts";
import { deriveSignals, type DerivedScore } from "../../src/model/derive-signals.ts";
import { defaultDataDir, loadDataReader } from "../../src/model/load-data.ts";
import { getModel } from "../../src/model/model.ts";
import { parseData } from "../../src/model/parse-data.ts";
import type { AssessmentFile } from "../../src/model/schemas/assessment.ts";
import { readRawCsv } from "../helpers/raw-data.ts";

const parsed = parseData(loadDataReader(defaultDataDir()), { today: "9999-12-31" });
if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("\n"));
const data = parsed.data;
const signals = deriveSignals(data.indicators.value, data.tables);
const signalIndex = new Map(signals.map((s) => [`${s.iso3}:${s.year}:${s.indicator}`, s]));
const signal = (iso3: string, year: number, indicator: string) => signalIndex.get(`${iso3}:${year}:${indicator}`);

// Raw rows, by hand.
const oneSided = new Map(readRawCsv("ucdp-organized-violence-cy/one-sided-violence-country-year.csv").map((r) => [`${r.iso3}:${r.year}`, Number(r.deaths_best)]));
const conflicts = new Map(readRawCsv("ucdp-prio-acd/armed-conflict-country-year.csv").filter((r) => r.iso3).map((r) => [`${r.iso3}:${r.year}`, Number(r.max_intensity)]));
const deaths = (iso3: string, year: number) => oneSided.get(`${iso3}:${year}`);

/** violence-against-civilians by hand: 0 → 0, 1–99 → 1, 100–999 → 2, 1,000+ → 3; at least 2 after a doubling of 50 or more. */
function violenceByHand(iso3: string, year: number): number | undefined {
  const now = deaths(iso3, year);
  if (now === undefined) return undefined;
  const level = now >= 1000 ? 3 : now >= 100 ? 2 : now >= 1 ? 1 : 0;
  const before = deaths(iso3, year - 1);
  const rose = before !== undefined && now >= 2 * before && now - before >= 50;
  return rose ? Math.max(level, 2) : level;
}
/** armed-conflict by hand: war (2) → 3, minor (1) → 2, no row in a year UCDP covers → 0. */
function conflictByHand(iso3: string, year: number): number | undefined {
  const intensity = conflicts.get(`${iso3}:${year}`);
  if (intensity !== undefined) return intensity === 2 ? 3 : 2;
  return deaths(iso3, year) !== undefined ? 0 : undefined;
}
/** past-atrocities by hand: worst year of the ten before, 0 → 0, 1–999 → 1, 1,000+ → 2; a gap in the ten years → none. */
function pastByHand(iso3: string, year: number): number | undefined {
  if (deaths(iso3, year) === undefined) return undefined;
  const window = Array.from({ length: 10 }, (_, i) => deaths(iso3, year - 10 + i));
  if (window.some((v) => v === undefined)) return undefined;
  const worst = Math.max(...(window as number[]));
  return worst >= 1000 ? 2 : worst >= 1 ? 1 : 0;
}

describe("two named countries and years, worked out from the raw rows", () => {
  test("Sudan 2023: 1,792 civilians killed → 3; a war → 3; worst year 2013–2022 was 449 (2016) → 1", () => {
    expect(deaths("SDN", 2023)).toBe(1792);
    expect(conflicts.get("SDN:2023")).toBe(2);
    expect(Math.max(...Array.from({ length: 10 }, (_, i) => deaths("SDN", 2013 + i)!))).toBe(449);
    expect(signal("SDN", 2023, "violence-against-civilians")).toMatchObject({ score: 3, value: 1792, basis: "bands" });
    expect(signal("SDN", 2023, "armed-conflict")).toMatchObject({ score: 3, value: 2, basis: "bands" });
    expect(signal("SDN", 2023, "past-atrocities")).toMatchObject({ score: 1, value: 449 });
    expect([violenceByHand("SDN", 2023), conflictByHand("SDN", 2023), pastByHand("SDN", 2023)]).toEqual([3, 3, 1]);
  });

  test("Myanmar 2021: 708 killed after 10 → 2 (band and rise agree); a minor conflict → 2; 1,864 killed in 2017 → 2", () => {
    expect([deaths("MMR", 2020), deaths("MMR", 2021), deaths("MMR", 2017)]).toEqual([10, 708, 1864]);
    expect(conflicts.get("MMR:2021")).toBe(1);
    expect(signal("MMR", 2021, "violence-against-civilians")).toMatchObject({ score: 2, value: 708 });
    expect(signal("MMR", 2021, "armed-conflict")).toMatchObject({ score: 2, value: 1 });
    expect(signal("MMR", 2021, "past-atrocities")).toMatchObject({ score: 2, value: 1864 });
    expect([violenceByHand("MMR", 2021), conflictByHand("MMR", 2021), pastByHand("MMR", 2021)]).toEqual([2, 2, 2]);
  });

  test("Uganda 2023: 57 killed after none → the rise, not the band, gives 2", () => {
    expect([deaths("UGA", 2022), deaths("UGA", 2023)]).toEqual([0, 57]);
    expect(signal("UGA", 2023, "violence-against-civilians")).toMatchObject({ score: 2, value: 57, basis: "rise" });
  });

  test("Norway 2024: no killings and no conflict row → 0, 0 and 0, the conflict one from no_row_score", () => {
    expect(conflicts.has("NOR:2024")).toBe(false);
    expect(signal("NOR", 2024, "violence-against-civilians")?.score).toBe(0);
    expect(signal("NOR", 2024, "armed-conflict")).toMatchObject({ score: 0, value: undefined, basis: "no-row" });
    expect(signal("NOR", 2024, "past-atrocities")?.score).toBe(0);
  });
});

describe("every derived score", () => {
  const byHand: Record<string, (iso3: string, year: number) => number | undefined> = {
    "violence-against-civilians": violenceByHand,
    "armed-conflict": conflictByHand,
    "past-atrocities": pastByHand,
  };

  test("only the three indicators a dataset measures are ever derived; the rest stay not assessed", () => {
    expect(new Set(signals.map((s) => s.indicator))).toEqual(new Set(Object.keys(byHand)));
  });

  test("equals the hand rule for every country-year of UCDP's one-sided table", () => {
    const mismatches: string[] = [];
    for (const key of oneSided.keys()) {
      const [iso3, y] = key.split(":");
      const year = Number(y);
      for (const [indicator, hand] of Object.entries(byHand)) {
        const expected = hand(iso3, year);
        const got = signal(iso3, year, indicator)?.score;
        if (got !== expected) mismatches.push(`${iso3} ${year} ${indicator}: ${got} ≠ ${expected}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  test("is labelled derived and names its rule and its dataset", () => {
    for (const s of signals.slice(0, 500)) {
      expect(s.kind).toBe("derived");
      expect(s.rule.summary.length).toBeGreaterThan(20);
      expect(["ucdp-organized-violence-cy", "ucdp-prio-acd"]).toContain(s.rule.source);
    }
  });

  test("armed conflicts before UCDP's one-sided data begins (1989) are scored from their rows alone", () => {
    expect(conflicts.get("CHN:1946")).toBe(2);
    expect(signal("CHN", 1946, "armed-conflict")?.score).toBe(3);
    expect(signal("CHN", 1946, "violence-against-civilians")).toBeUndefined();
  });
});

describe("the country matrix", () => {
  const model = getModel();

  test("Sudan's grid shows the five latest data years with the derived scores and no analyst column", () => {
    const sudan = model.matrix.byIso3.SDN;
    expect(sudan.columns.map((c) => c.id)).toEqual(["derived-2020", "derived-2021", "derived-2022", "derived-2023", "derived-2024"]);
    const row = (id: string) => sudan.rows.find((r) => r.indicator === id)!;
    expect(row("violence-against-civilians").cells.map((c) => (c.status === "derived" ? c.score : c.status))).toEqual([1, 2, 1, 3, 3].map((_, i) => violenceByHand("SDN", 2020 + i)));
    expect(row("hate-speech").cells.every((c) => c.status === "not-assessed")).toBe(true);
    // Three derived indicators are fewer than the four the rule needs: the honest result is "insufficient information".
    expect(sudan.columns.every((c) => c.result.level === "insufficient-information" && c.result.assessed === 3)).toBe(true);
  });

  test("an analyst's scores get their own column, and take precedence in the current scores", () => {
    const assessment: AssessmentFile = {
      country: "SDN",
      entries: [
        {
          date: "2024-06-01",
          level: "very-high",
          summary: "Test entry.",
          indicators: { "violence-against-civilians": { score: 2, evidence: "Test evidence A." }, "hate-speech": { score: 3, evidence: "Test evidence B." }, "capacity": { score: 3, evidence: "C." } },
          sources: [{ source: "ucdp-organized-violence-cy" }],
        },
      ],
    };
    const matrix = deriveMatrix({
      indicators: data.indicators.value,
      riskScale: data.riskScale.value,
      signals: signals as DerivedScore[],
      assessments: [assessment],
      glossary: [],
      countryNames: createCountryNames([], []),
    });
    const sudan = matrix.byIso3.SDN;
    // The 2024 data year covers the whole year, so it sorts after an assessment dated within it.
    expect(sudan.columns.map((c) => c.id)).toEqual(["derived-2020", "derived-2021", "derived-2022", "derived-2023", "curated-2024-06-01", "derived-2024"]);
    const curatedAt = sudan.columns.findIndex((c) => c.kind === "curated");
    const cell = (id: string, at: number) => sudan.rows.find((r) => r.indicator === id)!.cells[at];
    expect(cell("violence-against-civilians", curatedAt)).toEqual({ status: "curated", score: 2, evidence: "Test evidence A." });
    expect(cell("armed-conflict", curatedAt)).toEqual({ status: "not-assessed" });
    expect(cell("violence-against-civilians", curatedAt + 1)).toMatchObject({ status: "derived", score: 3 });
    expect(sudan.columns[curatedAt].editorsLevel).toBe("very-high");

    const current = new Map(sudan.current.cells.map((c) => [c.indicator, c]));
    expect(current.get("violence-against-civilians")).toMatchObject({ cell: { status: "curated", score: 2 }, date: "2024-06-01" });
    expect(current.get("armed-conflict")).toMatchObject({ cell: { status: "derived", score: 3 }, date: "2024" });
    expect(current.get("weak-restraints")?.cell.status).toBe("not-assessed");
    // Current: violence 2 (analyst), hate 3, capacity 3, conflict 3, past 2 (derived) → five assessed.
    expect(sudan.current.result).toMatchObject({ assessed: 5, level: "very-high" });
  });
});
