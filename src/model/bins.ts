/**
 * Colour bins for the map layers: pure, explicit, with "no data" as its own bin that is never the
 * lowest class. Colours are single-hue sequential (ColorBrewer OrRd / PuBu), which stay ordered
 * for the common forms of colour blindness; every bin also has a text label for the legend.
 */

export interface Bin {
  id: string;
  label: string;
  colour: string;
}

export const NO_DATA_BIN: Bin = { id: "no-data", label: "No data", colour: "url(#no-data)" };

/** Deaths in one-sided violence per country-year. Zero is a value (a country UCDP covers, with no such deaths). */
export const DEATH_BINS: (Bin & { min: number })[] = [
  { id: "d0", label: "0", colour: "#fff7ec", min: 0 },
  { id: "d1", label: "1–99", colour: "#fdd49e", min: 1 },
  { id: "d2", label: "100–999", colour: "#fc8d59", min: 100 },
  { id: "d3", label: "1,000–9,999", colour: "#d7301f", min: 1000 },
  { id: "d4", label: "10,000 or more", colour: "#7f0000", min: 10000 },
];

/** Statistical risk by rank within an edition: levels are not comparable across model generations, ranks are. */
export const RANK_BINS: (Bin & { maxRank: number })[] = [
  { id: "r1", label: "Ranks 1–10", colour: "#08519c", maxRank: 10 },
  { id: "r2", label: "Ranks 11–30", colour: "#3182bd", maxRank: 30 },
  { id: "r3", label: "Ranks 31–60", colour: "#9ecae1", maxRank: 60 },
  { id: "r4", label: "Rank 61 or lower", colour: "#eff3ff", maxRank: Number.POSITIVE_INFINITY },
];

/** GCR2P categories, most severe first. */
export const CATEGORY_BINS: Bin[] = [
  { id: "current-crisis", label: "Current crisis", colour: "#b30000" },
  { id: "imminent-risk", label: "Imminent risk", colour: "#e34a33" },
  { id: "serious-concern", label: "Serious concern", colour: "#fdbb84" },
];

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
