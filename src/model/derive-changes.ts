/**
 * What changed in this edition, read from the dated data, never written by hand: status
 * assessments that changed a recommendation's status, R2P Monitor categories that are new or
 * different for a country, and datasets retrieved for this edition with the newest period they hold.
 * The window runs from the previous edition's date (exclusive) to this edition's date (inclusive);
 * the first edition has no previous one, so it looks back twelve months.
 */
import type { JudgementValue, Layer } from "./derive-layers.ts";
import type { Recommendation } from "./derive-recommendations.ts";

export type Change =
  | { kind: "status"; key: string; date: string; number: number; from: string | undefined; to: string }
  | { kind: "category"; key: string; date: string; iso3: string; from: string | undefined; to: string; sourceUrl: string }
  | { kind: "data"; key: string; date: string; sourceId: string; version: string; latestPeriod: string | undefined };

export interface ChangeLog {
  /** Exclusive start of the window (YYYY-MM-DD). */
  since: string;
  /** The edition date, inclusive end. */
  until: string;
  /** True when no previous edition is recorded in site.yaml. */
  firstEdition: boolean;
  /** Newest first; within a day, in a stable order (kind, then key). */
  changes: Change[];
}

/** The same day one year earlier (29 February → 28 February). */
export function yearBefore(date: string): string {
  const [y, m, d] = date.split("-");
  const day = m === "02" && d === "29" ? "28" : d;
  return `${Number(y) - 1}-${m}-${day}`;
}

interface ChangesInput {
  edition: { date: string; previous_date?: string };
  recommendations: readonly Recommendation[];
  judgement: Layer<JudgementValue> | undefined;
  /** Layers whose newest period a data change names, by source id. */
  layers: readonly (Pick<Layer, "sourceId" | "periods"> | undefined)[];
  sources: readonly { id: string; version: string; retrieved: string }[];
}

export function deriveChanges({ edition, recommendations, judgement, layers, sources }: ChangesInput): ChangeLog {
  const since = edition.previous_date ?? yearBefore(edition.date);
  const until = edition.date;
  const inWindow = (date: string) => date > since && date <= until;
  const changes: Change[] = [];

  for (const rec of recommendations) {
    // history is newest first; walk oldest first to know the status before each assessment.
    let previous: string | undefined;
    for (const entry of [...rec.history].reverse()) {
      if (entry.status === undefined) continue;
      if (entry.status !== previous && inWindow(entry.date)) {
        changes.push({ kind: "status", key: `status-${rec.number}-${entry.date}`, date: entry.date, number: rec.number, from: previous, to: entry.status });
      }
      previous = entry.status;
    }
  }

  if (judgement) {
    const oldestFirst = [...judgement.periods].reverse();
    const last = new Map<string, string>();
    for (const period of oldestFirst) {
      for (const [iso3, value] of judgement.values.get(period.id) ?? []) {
        const before = last.get(iso3);
        if (before !== value.category && inWindow(value.date)) {
          changes.push({ kind: "category", key: `category-${iso3.toLowerCase()}-${value.date}`, date: value.date, iso3, from: before, to: value.category, sourceUrl: value.sourceUrl });
        }
        last.set(iso3, value.category);
      }
    }
  }

  for (const source of sources) {
    if (!inWindow(source.retrieved)) continue;
    const layer = layers.find((l) => l?.sourceId === source.id);
    changes.push({ kind: "data", key: `data-${source.id}`, date: source.retrieved, sourceId: source.id, version: source.version, latestPeriod: layer?.periods[0]?.id });
  }

  const order = { data: 0, status: 1, category: 2 } as const;
  changes.sort((a, b) => b.date.localeCompare(a.date) || order[a.kind] - order[b.kind] || a.key.localeCompare(b.key, "en", { numeric: true }));
  return { since, until, firstEdition: edition.previous_date === undefined, changes };
}
