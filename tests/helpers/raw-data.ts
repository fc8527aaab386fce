/**
 * The repository's data files read directly (yaml + d3-dsv), so tests compute expected values
 * independently of src/model.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { csvParse } from "d3";
import { parse } from "yaml";

export const DATA = resolve(import.meta.dirname, "../../data");

export interface RawEntry {
  date: string;
  date_precision?: "day" | "month" | "year";
  what: string;
  status?: string;
  confidence?: string;
  action?: boolean;
  sources: { title: string; url: string }[];
}
export interface RawRecommendation {
  number: number;
  title: string;
  phase: string;
  group: string;
  actors: string[];
  history: RawEntry[];
}

export function readRawRecommendations(): RawRecommendation[] {
  return readdirSync(`${DATA}/recommendations`)
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => parse(readFileSync(`${DATA}/recommendations/${name}`, "utf8")) as RawRecommendation)
    .sort((a, b) => a.number - b.number);
}

/** Status on a date by hand: the latest entry with a status dated on or before it. */
export function rawStatusOn(rec: RawRecommendation, date: string): string | undefined {
  return rec.history.filter((e) => e.status && e.date <= date).sort((a, b) => a.date.localeCompare(b.date)).at(-1)?.status;
}

export function readRawCsv(path: string) {
  return csvParse(readFileSync(`${DATA}/sources/${path}`, "utf8"));
}

export function readRawYaml<T>(path: string): T {
  return parse(readFileSync(`${DATA}/${path}`, "utf8")) as T;
}
