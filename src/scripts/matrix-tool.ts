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

/**
 * Answers handed to /tool/ in its address (issue 5): a country page links to the tool with what
 * public data says, and the analyst completes the rest. The state lives in the URL only, so the
 * link can be bookmarked or sent on, and nothing is stored or sent anywhere.
 */
export interface Prefill {
  country: string;
  scores: Record<string, MatrixScore>;
  /** Indicator id → why the score is what it is (the derived rule, its source and value). */
  evidence: Record<string, string>;
}

/** The query string of a pre-filled /tool/ address, in the form's own field names: "?country=…&score-x=2&evidence-x=…". */
export function prefillQuery(prefill: Prefill): string {
  const params = new URLSearchParams();
  if (prefill.country) params.set("country", prefill.country);
  for (const [id, score] of Object.entries(prefill.scores)) {
    params.set(`score-${id}`, String(score));
    if (prefill.evidence[id]) params.set(`evidence-${id}`, prefill.evidence[id]);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Reads a pre-filled address; anything not a known indicator or a score of 0–3 is ignored. */
export function parsePrefill(search: string, knownIndicators: readonly string[]): Prefill {
  const params = new URLSearchParams(search);
  const scores: Record<string, MatrixScore> = {};
  const evidence: Record<string, string> = {};
  for (const id of knownIndicators) {
    const raw = params.get(`score-${id}`);
    if (raw === "0" || raw === "1" || raw === "2" || raw === "3") {
      scores[id] = Number(raw) as MatrixScore;
      const note = params.get(`evidence-${id}`);
      if (note) evidence[id] = note.slice(0, 2000);
    }
  }
  return { country: (params.get("country") ?? "").slice(0, 200), scores, evidence };
}
