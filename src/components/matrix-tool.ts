/**
 * The saved-answers file of the self-assessment form on /tool/ (issue 5): what "Save" writes and
 * "Load" reads. Pure and dependency-free, so the page script stays small; the file never leaves
 * the user's device.
 */
import type { MatrixScore } from "../model/score-matrix.ts";

/** Names the file kind, so loading an unrelated JSON file fails clearly instead of half-filling the form. */
export const SAVED_FORMAT = "atrocity-prevention-monitor/simple-matrix";
export const SAVED_VERSION = 1;

export interface SavedAnswers {
  format: typeof SAVED_FORMAT;
  version: typeof SAVED_VERSION;
  /** Data edition of the site whose form and rule were used. */
  edition: string;
  country: string;
  /** YYYY-MM-DD or "" */
  date: string;
  assessor: string;
  /** Indicator id → score, or null for "not assessed" (kept explicit so a reader sees it was left open). */
  scores: Record<string, MatrixScore | null>;
  /** Indicator id → the assessor's note on the evidence. */
  evidence: Record<string, string>;
  /** The level the rule gave when the file was saved, for a reader without the site. */
  level: string;
}

export type LoadResult = { ok: true; answers: SavedAnswers; unknown: string[] } | { ok: false; reason: "json" | "format" };

/** Parses a saved file; answers to indicators the form does not know are dropped and listed. */
export function parseSavedAnswers(text: string, knownIndicators: readonly string[]): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: "json" };
  }
  if (!isRecord(raw) || raw.format !== SAVED_FORMAT || raw.version !== SAVED_VERSION || !isRecord(raw.scores)) return { ok: false, reason: "format" };
  const scores: Record<string, MatrixScore | null> = {};
  const evidence: Record<string, string> = {};
  const unknown: string[] = [];
  for (const [id, value] of Object.entries(raw.scores)) {
    if (!knownIndicators.includes(id)) {
      unknown.push(id);
      continue;
    }
    if (value === null || value === 0 || value === 1 || value === 2 || value === 3) scores[id] = value;
    else return { ok: false, reason: "format" };
  }
  if (isRecord(raw.evidence)) {
    for (const [id, note] of Object.entries(raw.evidence)) if (knownIndicators.includes(id) && typeof note === "string") evidence[id] = note;
  }
  const text_ = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    ok: true,
    unknown,
    answers: {
      format: SAVED_FORMAT,
      version: SAVED_VERSION,
      edition: text_(raw.edition),
      country: text_(raw.country),
      date: /^\d{4}-\d{2}-\d{2}$/.test(text_(raw.date)) ? text_(raw.date) : "",
      assessor: text_(raw.assessor),
      scores,
      evidence,
      level: text_(raw.level),
    },
  };
}

/** A file name that sorts by date and says what it is: simple-matrix-sudan-2026-11-25.json */
export function savedFileName(country: string, date: string): string {
  const slug = country
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return ["simple-matrix", slug, date].filter(Boolean).join("-") + ".json";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
