/**
 * The simple matrix as the site shows it (issue 5): per country, an indicator × date grid of the
 * latest derived scores and every curated (analyst) assessment, and the current scores where an
 * analyst's score takes precedence over a derived one. Both kinds stay visible in the grid. Pure.
 */
import type { CountryNames } from "./countries.ts";
import type { DerivedScore } from "./derive-signals.ts";
import { scoreMatrix, type MatrixResult, type MatrixScore, type MatrixScores } from "./score-matrix.ts";
import type { AssessmentFile } from "./schemas/assessment.ts";
import type { GlossaryTerm } from "./schemas/glossary.ts";
import type { DerivedRule, IndicatorsFile } from "./schemas/indicators.ts";
import type { RiskScale } from "./schemas/site.ts";

export type MatrixCell =
  | { status: "derived"; score: MatrixScore; value: number | undefined; basis: DerivedScore["basis"]; sourceId: string; summary: string }
  | { status: "curated"; score: MatrixScore; evidence: string }
  | { status: "not-assessed" };

export interface MatrixColumn {
  /** Unique within the country: "derived-2024" or "curated-2026-11-01". */
  id: string;
  kind: "derived" | "curated";
  /** The year for derived columns ("2024"), the assessment date for curated ones. */
  date: string;
  /** The rule applied to this column's scores. */
  result: MatrixResult;
  /** Curated columns only: the level the editors chose for that date (data/assessments/). */
  editorsLevel?: string;
}

export interface MatrixRow {
  indicator: string;
  label: string;
  /** One cell per column, in the columns' order. */
  cells: MatrixCell[];
}

export interface CountryMatrix {
  iso3: string;
  name: string;
  /** Oldest first: the latest derived years, and every curated assessment. */
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Latest score per indicator: an analyst's (curated) score wins over a derived one whatever their dates. */
  current: {
    cells: { indicator: string; label: string; cell: MatrixCell; date: string | undefined }[];
    result: MatrixResult;
  };
  /**
   * What public data alone says: the derived scores of the latest derived year, which a country
   * page offers to the tool on /tool/ as the start of a full assessment. Undefined without data.
   */
  latestDerived: { year: number; cells: { indicator: string; label: string; cell: Extract<MatrixCell, { status: "derived" }> }[]; result: MatrixResult } | undefined;
}

export interface SignalRuleSummary {
  indicator: string;
  label: string;
  rule: DerivedRule;
}

export interface MatrixModel {
  /** How many of the most recent derived years each country's grid shows. */
  latestYears: number;
  /** The indicators public data scores, with their rules; the others are never derived. */
  rules: SignalRuleSummary[];
  /** Every country with a derived or curated score, by name. */
  countries: CountryMatrix[];
  /** The same objects by ISO3 code, for country pages. */
  byIso3: Record<string, CountryMatrix>;
  /**
   * UN mechanisms the report discusses (data/glossary.yaml), for the methodology page. Kept here
   * so the Model gains one field for the whole of issue 5.
   */
  glossary: GlossaryTerm[];
}

export interface MatrixInput {
  indicators: IndicatorsFile;
  riskScale: RiskScale;
  signals: readonly DerivedScore[];
  assessments: readonly AssessmentFile[];
  glossary: readonly GlossaryTerm[];
  /** English names for the grid's countries (countries.ts). */
  countryNames: CountryNames;
  /** Default 5: enough to see a trend, small enough for a phone screen. */
  latestYears?: number;
}

export function deriveMatrix(input: MatrixInput): MatrixModel {
  const { indicators, riskScale, signals, latestYears = 5 } = input;
  const score = (scores: MatrixScores) => scoreMatrix(scores, indicators.scoring, riskScale);

  // iso3 → year → indicator → derived score
  const derived = new Map<string, Map<number, Map<string, DerivedScore>>>();
  for (const s of signals) {
    const years = derived.get(s.iso3) ?? new Map<number, Map<string, DerivedScore>>();
    const cells = years.get(s.year) ?? new Map<string, DerivedScore>();
    cells.set(s.indicator, s);
    years.set(s.year, cells);
    derived.set(s.iso3, years);
  }
  const curated = new Map(input.assessments.map((a) => [a.country, a.entries]));

  const countries = [...new Set([...derived.keys(), ...curated.keys()])].map((iso3): CountryMatrix => {
    const years = derived.get(iso3) ?? new Map<number, Map<string, DerivedScore>>();
    const entries = curated.get(iso3) ?? [];
    const recentYears = [...years.keys()].sort((a, b) => a - b).slice(-latestYears);

    type Pending = { column: MatrixColumn; sortKey: string; cellOf: (indicator: string) => MatrixCell };
    const pending: Pending[] = [
      ...recentYears.map((year): Pending => {
        const cells = years.get(year)!;
        const scores = Object.fromEntries([...cells].map(([id, s]) => [id, s.score]));
        // A derived year sorts after any assessment dated in that year: it covers the whole year.
        return { column: { id: `derived-${year}`, kind: "derived", date: String(year), result: score(scores) }, sortKey: `${year}-12-31~`, cellOf: (id) => derivedCell(cells.get(id)) };
      }),
      ...entries.map((entry): Pending => {
        const scores = Object.fromEntries(Object.entries(entry.indicators).map(([id, s]) => [id, s.score as MatrixScore]));
        return {
          column: { id: `curated-${entry.date}`, kind: "curated", date: entry.date, result: score(scores), editorsLevel: entry.level },
          sortKey: entry.date,
          cellOf: (id) => {
            const s = entry.indicators[id];
            return s ? { status: "curated", score: s.score as MatrixScore, evidence: s.evidence } : { status: "not-assessed" };
          },
        };
      }),
    ].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));

    const rows = indicators.indicators.map((x) => ({ indicator: x.id, label: x.label, cells: pending.map((p) => p.cellOf(x.id)) }));

    const latestYear = recentYears.at(-1);
    const currentCells = indicators.indicators.map((x) => {
      const analyst = entries.filter((e) => e.indicators[x.id]).at(-1);
      if (analyst) return { indicator: x.id, label: x.label, cell: { status: "curated", score: analyst.indicators[x.id].score as MatrixScore, evidence: analyst.indicators[x.id].evidence } as MatrixCell, date: analyst.date };
      const fromData = latestYear === undefined ? undefined : years.get(latestYear)?.get(x.id);
      return { indicator: x.id, label: x.label, cell: derivedCell(fromData), date: fromData ? String(fromData.year) : undefined };
    });
    const currentScores = Object.fromEntries(currentCells.flatMap((c) => (c.cell.status === "not-assessed" ? [] : [[c.indicator, c.cell.score]])));

    const derivedCells = latestYear === undefined ? [] : indicators.indicators.flatMap((x) => {
      const cell = derivedCell(years.get(latestYear)?.get(x.id));
      return cell.status === "derived" ? [{ indicator: x.id, label: x.label, cell }] : [];
    });
    const latestDerived = latestYear === undefined
      ? undefined
      : { year: latestYear, cells: derivedCells, result: score(Object.fromEntries(derivedCells.map((c) => [c.indicator, c.cell.score]))) };

    return {
      iso3,
      name: input.countryNames.resolve(iso3, "en").name,
      latestDerived,
      columns: pending.map((p) => p.column),
      rows,
      current: { cells: currentCells, result: score(currentScores) },
    };
  });
  countries.sort((a, b) => a.name.localeCompare(b.name, "en"));

  return {
    latestYears,
    rules: indicators.indicators.flatMap((x) => (x.derived ? [{ indicator: x.id, label: x.label, rule: x.derived }] : [])),
    countries,
    byIso3: Object.fromEntries(countries.map((c) => [c.iso3, c])),
    glossary: [...input.glossary],
  };
}

/** Recommendation 12 of the report asks for the simple matrix; its page links to /tool/ as the site's answer. */
export const MATRIX_RECOMMENDATION = 12;

function derivedCell(s: DerivedScore | undefined): MatrixCell {
  if (!s) return { status: "not-assessed" };
  return { status: "derived", score: s.score, value: s.value, basis: s.basis, sourceId: s.rule.source, summary: s.rule.summary };
}
