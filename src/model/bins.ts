/**
 * Colour bins for the map layers: pure, explicit, with "no data" as its own bin that is never the
 * lowest class. Colours are single-hue sequential (ColorBrewer OrRd / PuBu), which stay ordered
 * for the common forms of colour blindness. Bins carry ids and bounds, not words: the legend's text
 * comes from the message catalogue at render time (`formatBinLabel` in src/components/format-layer.ts),
 * so "1,000–9,999" is written with the page's own digits and grouping.
 */

export interface Bin {
  id: string;
  colour: string;
}

export const NO_DATA_BIN: Bin = { id: "no-data", colour: "url(#no-data)" };

/** Deaths in one-sided violence per country-year. Zero is a value (a country UCDP covers, with no such deaths). */
export const DEATH_BINS: (Bin & { min: number })[] = [
  { id: "d0", colour: "#fff7ec", min: 0 },
  { id: "d1", colour: "#fdd49e", min: 1 },
  { id: "d2", colour: "#fc8d59", min: 100 },
  { id: "d3", colour: "#d7301f", min: 1000 },
  { id: "d4", colour: "#7f0000", min: 10000 },
];

/** Statistical risk by rank within an edition: levels are not comparable across model generations, ranks are. */
export const RANK_BINS: (Bin & { maxRank: number })[] = [
  { id: "r1", colour: "#08519c", maxRank: 10 },
  { id: "r2", colour: "#3182bd", maxRank: 30 },
  { id: "r3", colour: "#9ecae1", maxRank: 60 },
  { id: "r4", colour: "#eff3ff", maxRank: Number.POSITIVE_INFINITY },
];

/** GCR2P categories, most severe first; their names are the catalogue's `category.<id>` messages. */
export const CATEGORY_BINS: Bin[] = [
  { id: "current-crisis", colour: "#b30000" },
  { id: "imminent-risk", colour: "#e34a33" },
  { id: "serious-concern", colour: "#fdbb84" },
];

/**
 * What a bin spans, for its legend text: a range of deaths or ranks (`max` undefined = open-ended),
 * or a category. Derived from the bin lists above, so the bounds are written once.
 */
export type BinExtent =
  | { kind: "deaths" | "ranks"; min: number; max: number | undefined }
  | { kind: "category"; id: string }
  | { kind: "no-data" };

/** @example binExtent(DEATH_BINS[3]) // { kind: "deaths", min: 1000, max: 9999 } */
export function binExtent(bin: Bin): BinExtent {
  const d = DEATH_BINS.findIndex((b) => b.id === bin.id);
  if (d >= 0) return { kind: "deaths", min: DEATH_BINS[d].min, max: DEATH_BINS[d + 1] ? DEATH_BINS[d + 1].min - 1 : undefined };
  const r = RANK_BINS.findIndex((b) => b.id === bin.id);
  if (r >= 0) return { kind: "ranks", min: r === 0 ? 1 : RANK_BINS[r - 1].maxRank + 1, max: Number.isFinite(RANK_BINS[r].maxRank) ? RANK_BINS[r].maxRank : undefined };
  return bin.id === NO_DATA_BIN.id ? { kind: "no-data" } : { kind: "category", id: bin.id };
}

/** @example binDeaths(0).id // "d0"; binDeaths(150).id // "d2" */
export function binDeaths(deaths: number): Bin {
  return [...DEATH_BINS].reverse().find((b) => deaths >= b.min)!;
}

/** @example binRank(10).id // "r1"; binRank(11).id // "r2" */
export function binRank(rank: number): Bin {
  return RANK_BINS.find((b) => rank <= b.maxRank)!;
}

export function binCategory(category: string): Bin {
  return CATEGORY_BINS.find((b) => b.id === category) ?? NO_DATA_BIN;
}

/**
 * How old a judgement is at the edition date. A category is never shown without its date; on the
 * "latest known" map the age band changes how it is drawn (solid, lighter and striped, outlined "old").
 */
export interface AgeBand {
  id: "recent" | "aging" | "old";
  /** Upper bound in whole months (exclusive of the next band). */
  maxMonths: number;
}
export const AGE_BANDS: AgeBand[] = [
  { id: "recent", maxMonths: 12 },
  { id: "aging", maxMonths: 36 },
  { id: "old", maxMonths: Number.POSITIVE_INFINITY },
];

/** Whole months from `date` to `asOf` (both YYYY-MM-DD). @example monthsBetween("2025-07-15", "2026-11-25") // 16 */
export function monthsBetween(date: string, asOf: string): number {
  const [y1, m1, d1] = date.split("-").map(Number);
  const [y2, m2, d2] = asOf.split("-").map(Number);
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

/** @example binAge(12).id // "recent"; binAge(13).id // "aging"; binAge(37).id // "old" */
export function binAge(months: number): AgeBand {
  return AGE_BANDS.find((b) => months <= b.maxMonths)!;
}
