/**
 * Derived signals (issue 5, item 3): indicators of the simple matrix that a public dataset can
 * measure get a score for every country and year, by the `derived` rule kept next to the indicator
 * in data/indicators.yaml. Pure. A derived score is evidence of one kind only (a count or an
 * intensity), so it is always labelled "derived" and never stands in for an analyst's judgement;
 * an indicator with no rule, or a country-year a rule cannot score, stays "not assessed".
 */
import type { Tables } from "./parse-data.ts";
import type { MatrixScore } from "./score-matrix.ts";
import type { DerivedRule, IndicatorsFile } from "./schemas/indicators.ts";
import type { TableName } from "./schemas/tables.ts";

export interface DerivedScore {
  kind: "derived";
  indicator: string;
  iso3: string;
  year: number;
  score: MatrixScore;
  /**
   * What the bands were applied to: the year's value (yearly), the highest yearly value in the
   * window (window), or undefined when the country-year has no row and `no_row_score` applied.
   */
  value: number | undefined;
  /** Which part of the rule decided the score. */
  basis: "bands" | "rise" | "no-row";
  /** The rule, shared by every score it produced (its summary, source and thresholds). */
  rule: DerivedRule;
}

/** Year → value for one country, from one numeric column. */
type Series = Map<number, number>;

/**
 * Every derived score, sorted by country, year and the indicators' order in indicators.yaml.
 * @example deriveSignals(indicators, tables).find((s) => s.iso3 === "SDN" && s.year === 2023 && s.indicator === "armed-conflict")?.score // 3
 */
export function deriveSignals(indicators: IndicatorsFile, tables: Tables): DerivedScore[] {
  const out: DerivedScore[] = [];
  const order = new Map(indicators.indicators.map((x, i) => [x.id, i]));
  for (const indicator of indicators.indicators) {
    const rule = indicator.derived;
    if (!rule) continue;
    const series = seriesOf(tables, rule.table, rule.column);
    if (!series) continue;
    if (rule.method === "yearly") out.push(...scoreYearly(indicator.id, rule, series, rule.universe ? countryYears(tables, rule.universe) : undefined));
    else out.push(...scoreWindow(indicator.id, rule, series));
  }
  return out.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0) || a.year - b.year || order.get(a.indicator)! - order.get(b.indicator)!);
}

/** The score of the highest band the value reaches, or undefined below the first band. */
export function bandScore(bands: DerivedRule["bands"], value: number): MatrixScore | undefined {
  return bands.filter((b) => value >= b.min).at(-1)?.score as MatrixScore | undefined;
}

function scoreYearly(indicator: string, rule: Extract<DerivedRule, { method: "yearly" }>, series: Map<string, Series>, universe: Map<string, Set<number>> | undefined): DerivedScore[] {
  const out: DerivedScore[] = [];
  const codes = new Set([...series.keys(), ...(universe?.keys() ?? [])]);
  for (const iso3 of codes) {
    const own = series.get(iso3) ?? new Map<number, number>();
    const years = new Set([...own.keys(), ...(universe?.get(iso3) ?? [])]);
    for (const year of years) {
      const value = own.get(year);
      if (value === undefined) {
        // Covered by the dataset (the universe lists it) but no row: e.g. no armed conflict that year.
        if (rule.no_row_score !== undefined) out.push({ kind: "derived", indicator, iso3, year, score: rule.no_row_score as MatrixScore, value: undefined, basis: "no-row", rule });
        continue;
      }
      const fromBands = bandScore(rule.bands, value);
      const previous = own.get(year - 1);
      const rose = rule.rise !== undefined && previous !== undefined && value >= rule.rise.min_ratio * previous && value - previous >= rule.rise.min_increase;
      const fromRise = rose ? (rule.rise!.at_least as MatrixScore) : undefined;
      if (fromBands === undefined && fromRise === undefined) continue;
      const riseDecides = fromRise !== undefined && (fromBands === undefined || fromRise > fromBands);
      out.push({ kind: "derived", indicator, iso3, year, score: riseDecides ? fromRise! : fromBands!, value, basis: riseDecides ? "rise" : "bands", rule });
    }
  }
  return out;
}

/** Scores year Y from years Y−N … Y−1, only where every one of them has a row (a partial window would understate the past). */
function scoreWindow(indicator: string, rule: Extract<DerivedRule, { method: "window" }>, series: Map<string, Series>): DerivedScore[] {
  const out: DerivedScore[] = [];
  for (const [iso3, own] of series) {
    for (const year of own.keys()) {
      const window = Array.from({ length: rule.years }, (_, i) => own.get(year - rule.years + i));
      if (window.some((v) => v === undefined)) continue;
      const value = Math.max(...(window as number[]));
      const score = bandScore(rule.bands, value);
      if (score !== undefined) out.push({ kind: "derived", indicator, iso3, year, score, value, basis: "bands", rule });
    }
  }
  return out;
}

/**
 * iso3 → year → value of a numeric column. Rows without a country code (states with no ISO code)
 * are skipped. Should a table ever hold two rows for one country-year, the larger value counts:
 * an early-warning signal must not be lowered by a duplicate.
 */
function seriesOf(tables: Tables, table: string, column: string): Map<string, Series> | undefined {
  const loaded = tables[table as TableName];
  if (!loaded) return undefined;
  const out = new Map<string, Series>();
  for (const row of loaded.rows as unknown as Record<string, unknown>[]) {
    const iso3 = row.iso3;
    const year = row.year;
    const value = row[column];
    if (typeof iso3 !== "string" || typeof year !== "number" || typeof value !== "number") continue;
    const series = out.get(iso3) ?? new Map<number, number>();
    series.set(year, Math.max(value, series.get(year) ?? -Infinity));
    out.set(iso3, series);
  }
  return out;
}

/** iso3 → the years a table has a row for. */
function countryYears(tables: Tables, table: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const row of (tables[table as TableName]?.rows ?? []) as unknown as Record<string, unknown>[]) {
    if (typeof row.iso3 !== "string" || typeof row.year !== "number") continue;
    const years = out.get(row.iso3) ?? new Set<number>();
    years.add(row.year);
    out.set(row.iso3, years);
  }
  return out;
}
