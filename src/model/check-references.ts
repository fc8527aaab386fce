/**
 * Rules that need more than one file: ids that must exist elsewhere, duplicates, completeness of
 * the 27 recommendations, country codes, dates against the edition date, and ordering.
 */
import { checkTables } from "./check-tables.ts";
import { isKnownCountryCode } from "./countries.ts";
import { UNKNOWN_STATUS } from "./derive-recommendations.ts";
import type { ParsedData } from "./parse-data.ts";
import type { Problem } from "./problems.ts";
import { isTableName, tableSchemas } from "./schemas/tables.ts";

interface ReferenceOptions {
  today: string;
  root: string;
  /** Whether a file (path relative to the data folder) exists but could not be read or validated. */
  unreadable: (path: string) => boolean;
}

/** What the rules need: the scales must have parsed; indicators.yaml may have failed. */
export type ReferenceInput = Omit<ParsedData, "indicators" | "glossary" | "titleTranslations"> & { indicators: ParsedData["indicators"] | undefined; glossary: ParsedData["glossary"] | undefined };

const RECOMMENDATION_COUNT = 27;

export function checkReferences(data: ReferenceInput, options: ReferenceOptions): Problem[] {
  const problems: Problem[] = [];
  const { site, statuses, riskScale, report, indicators } = data;
  const edition = site.value.edition.date;
  const extra = site.value.extra_country_codes;

  // site.yaml
  if (edition > options.today) {
    problems.push(site.doc.problemAt(["edition", "date"], `edition date ${edition} is in the future (today is ${options.today})`));
  }
  duplicates(site.value.languages).forEach((i) => problems.push(site.doc.problemAt(["languages", i], "language listed twice")));
  duplicates(extra.map((x) => x.code)).forEach((i) => problems.push(site.doc.problemAt(["extra_country_codes", i, "code"], `country code "${extra[i].code}" is declared twice`)));

  // Scales: ids must be unique.
  duplicates(statuses.value.statuses.map((s) => s.id)).forEach((i) =>
    problems.push(statuses.doc.problemAt(["statuses", i, "id"], `duplicate status id "${statuses.value.statuses[i].id}"`)),
  );
  duplicates(statuses.value.confidence.map((s) => s.id)).forEach((i) =>
    problems.push(statuses.doc.problemAt(["confidence", i, "id"], "duplicate confidence id")),
  );
  // The model names these two: "unknown" for a recommendation with no assessment, "implemented" for the headline count.
  for (const id of [UNKNOWN_STATUS, "implemented"]) {
    if (!statuses.value.statuses.some((s) => s.id === id)) problems.push(statuses.doc.problemAt(["statuses"], `required status id "${id}" is missing from statuses.yaml`));
  }
  const levelIds = riskScale.value.levels.map((l) => l.id);
  duplicates(levelIds).forEach((i) => problems.push(riskScale.doc.problemAt(["levels", i, "id"], `duplicate level id "${levelIds[i]}"`)));

  // report.yaml
  const phaseIds = report.value.phases.map((p) => p.id);
  const groups = new Map(report.value.groups.map((g) => [g.id, g]));
  report.value.groups.forEach((group, i) => {
    if (!phaseIds.includes(group.phase)) problems.push(report.doc.problemAt(["groups", i, "phase"], `unknown phase "${group.phase}"; known: ${phaseIds.join(", ")}`));
  });
  duplicates(report.value.groups.map((g) => g.id)).forEach((i) => problems.push(report.doc.problemAt(["groups", i, "id"], "duplicate group id")));

  // indicators.yaml
  const indicatorIds = indicators?.value.indicators.map((x) => x.id);
  if (indicators) problems.push(...checkIndicators(indicators, levelIds), ...checkDerivedRules(indicators, data));
  if (data.glossary) {
    const glossary = data.glossary;
    duplicates(glossary.value.terms.map((term) => term.id)).forEach((i) => problems.push(glossary.doc.problemAt(["terms", i, "id"], `duplicate glossary term "${glossary.value.terms[i].id}"`)));
  }
  // recommendations/
  const statusIds = statuses.value.statuses.map((s) => s.id);
  const confidenceIds = statuses.value.confidence.map((c) => c.id);
  const seen = new Map<number, string>();
  for (const rec of data.recommendations) {
    const { value, doc, file } = rec;
    const expectedName = `${String(value.number).padStart(2, "0")}.yaml`;
    if (!file.endsWith(`/${expectedName}`)) problems.push(doc.problemAt(["number"], `recommendation ${value.number} belongs in recommendations/${expectedName}`));
    const other = seen.get(value.number);
    if (other) problems.push(doc.problemAt(["number"], `duplicate recommendation number ${value.number} (also in ${other})`));
    else seen.set(value.number, file);
    if (!phaseIds.includes(value.phase)) problems.push(doc.problemAt(["phase"], `unknown phase "${value.phase}"; known: ${phaseIds.join(", ")}`));
    const group = groups.get(value.group);
    if (!group) problems.push(doc.problemAt(["group"], `unknown group "${value.group}"; known: ${[...groups.keys()].join(", ")}`));
    else if (group.phase !== value.phase) problems.push(doc.problemAt(["group"], `group "${value.group}" belongs to phase "${group.phase}", not "${value.phase}"`));

    const misplacedHistory = new Set(outOfOrder(value.history.map((e) => e.date)));
    const statusByDate = new Map<string, { status: string; index: number }>();
    value.history.forEach((entry, i) => {
      const at = (...path: PropertyKey[]) => ["history", i, ...path];
      if (entry.date < report.value.date) problems.push(doc.problemAt(at("date"), `date ${entry.date} is before the report (${report.value.date}); cite older material as a source instead`));
      if (entry.date > edition) problems.push(doc.problemAt(at("date"), `date ${entry.date} is after the edition date ${edition}`));
      if (misplacedHistory.has(i)) problems.push(doc.problemAt(at("date"), `entries must be oldest first: ${entry.date} is out of place${neighbours(value.history, i)}`));
      if (entry.status !== undefined) {
        if (!statusIds.includes(entry.status)) problems.push(doc.problemAt(at("status"), `unknown status "${entry.status}"; known: ${statusIds.join(", ")}`));
        const same = statusByDate.get(entry.date);
        if (same && same.status !== entry.status) problems.push(doc.problemAt(at("status"), `two different statuses on ${entry.date} ("${same.status}" in history[${same.index}])`));
        statusByDate.set(entry.date, { status: entry.status, index: i });
      }
      if (entry.confidence !== undefined && !confidenceIds.includes(entry.confidence)) {
        problems.push(doc.problemAt(at("confidence"), `unknown confidence "${entry.confidence}"; known: ${confidenceIds.join(", ")}`));
      }
      entry.sources.forEach((source, j) => {
        if (source.date && source.date > edition) problems.push(doc.problemAt(at("sources", j, "date"), `source date ${source.date} is after the edition date ${edition}`));
      });
    });
  }
  for (let n = 1; n <= RECOMMENDATION_COUNT; n++) {
    const name = `${String(n).padStart(2, "0")}.yaml`;
    // A file that failed to parse has its own problem; do not also call its number missing.
    if (!seen.has(n) && !options.unreadable(`recommendations/${name}`)) {
      problems.push({ file: `${options.root}/recommendations/`, line: 1, col: 1, field: "number", message: `recommendation ${n} is missing (expected recommendations/${name})` });
    }
  }

  // sources/
  const sourceIds = new Set<string>();
  for (const source of data.sources) {
    const folder = source.file.split("/").at(-2);
    if (source.value.id !== folder) problems.push(source.doc.problemAt(["id"], `id "${source.value.id}" must equal the folder name "${folder}"`));
    sourceIds.add(source.value.id);
    // Reference names label the edition's figures without being dated evidence of it, so a newer copy may be taken later.
    if (source.value.retrieved > edition && source.value.kind !== "reference") problems.push(source.doc.problemAt(["retrieved"], `retrieval date ${source.value.retrieved} is after the edition date ${edition}`));
  }

  // An exemption must lift a rule some row really breaks, or stale ones would pile up unnoticed.
  const exemptions = data.sources.flatMap((source) => source.value.kept_as_published.map((entry, index) => ({ source, entry, index, used: false })));
  problems.push(
    ...checkTables(data.tables, edition, (table, row, rule) => {
      const match = exemptions.find(({ entry }) => entry.table === table && entry.row === row && entry.rule === rule);
      if (match) match.used = true;
      return match !== undefined;
    }),
  );
  for (const { source, entry, index, used } of exemptions) {
    if (!used && data.tables[entry.table as keyof typeof data.tables]) {
      problems.push(source.doc.problemAt(["kept_as_published", index, "row"], `no row ${entry.row} of ${entry.table} breaks ${entry.rule}; remove this entry`));
    }
  }

  // Country codes in tables.
  for (const table of Object.values(data.tables)) {
    if (!table) continue;
    table.rows.forEach((row, i) => {
      const code = (row as { iso3?: string | null }).iso3;
      if (code && !isKnownCountryCode(code, extra)) {
        problems.push({ file: table.file, line: table.lines[i], col: table.columns.indexOf("iso3") + 1, field: "iso3", message: `unknown country code "${code}" (not ISO 3166-1 alpha-3, nor declared in site.yaml extra_country_codes)` });
      }
    });
  }

  // assessments/
  const assessed = new Map<string, string>();
  for (const { value, doc, file } of data.assessments) {
    if (!isKnownCountryCode(value.country, extra)) problems.push(doc.problemAt(["country"], `unknown country code "${value.country}"`));
    if (!file.endsWith(`/${value.country}.yaml`)) problems.push(doc.problemAt(["country"], `assessments of ${value.country} belong in assessments/${value.country}.yaml`));
    if (assessed.has(value.country)) problems.push(doc.problemAt(["country"], `${value.country} is already assessed in ${assessed.get(value.country)}`));
    assessed.set(value.country, file);
    const misplacedEntries = new Set(outOfOrder(value.entries.map((e) => e.date)));
    value.entries.forEach((entry, i) => {
      const at = (...path: PropertyKey[]) => ["entries", i, ...path];
      if (entry.date > edition) problems.push(doc.problemAt(at("date"), `date ${entry.date} is after the edition date ${edition}`));
      if (misplacedEntries.has(i)) problems.push(doc.problemAt(at("date"), `entries must be oldest first, one per date: ${entry.date} is out of place${neighbours(value.entries, i)}`));
      else if (value.entries.slice(0, i).some((e) => e.date === entry.date)) problems.push(doc.problemAt(at("date"), `entries must be oldest first, one per date: a second entry for ${entry.date}`));
      if (!levelIds.includes(entry.level)) problems.push(doc.problemAt(at("level"), `unknown risk level "${entry.level}"; known: ${levelIds.join(", ")}`));
      for (const id of Object.keys(entry.indicators)) {
        if (indicatorIds && !indicatorIds.includes(id)) problems.push(doc.problemAt(at("indicators", id), `unknown indicator "${id}"; known: ${indicatorIds.join(", ")}`));
      }
      entry.sources.forEach((source, j) => {
        if ("source" in source && !sourceIds.has(source.source)) {
          problems.push(doc.problemAt(at("sources", j, "source"), `no dataset "${source.source}" in sources/ (known: ${[...sourceIds].join(", ")})`));
        }
        if ("date" in source && source.date && source.date > edition) {
          problems.push(doc.problemAt(at("sources", j, "date"), `source date ${source.date} is after the edition date ${edition}`));
        }
      });
    });
  }
  return problems;
}

/** Rules inside indicators.yaml that depend on the risk scale. */
function checkIndicators(indicators: ParsedData["indicators"], levelIds: string[]): Problem[] {
  const problems: Problem[] = [];
  const ind = indicators.value;
  const indicatorIds = ind.indicators.map((x) => x.id);
  duplicates(indicatorIds).forEach((i) => problems.push(indicators.doc.problemAt(["indicators", i, "id"], `duplicate indicator id "${indicatorIds[i]}"`)));
  duplicates(ind.framework_factors.map((f) => f.number)).forEach((i) =>
    problems.push(indicators.doc.problemAt(["framework_factors", i, "number"], "risk factor listed twice")),
  );
  const covered = new Set(ind.indicators.flatMap((x) => x.framework_factors));
  for (let factor = 1; factor <= 14; factor++) {
    if (!covered.has(factor)) problems.push(indicators.doc.problemAt(["indicators"], `no indicator covers risk factor ${factor}; every one of the 14 must be covered`));
  }
  for (const id of Object.keys(ind.scoring.weights)) {
    if (!indicatorIds.includes(id)) problems.push(indicators.doc.problemAt(["scoring", "weights", id], `unknown indicator "${id}"`));
  }
  // Every mean from 0 up must reach some threshold, or a valid set of scores would have no level.
  if (ind.scoring.thresholds[0] && ind.scoring.thresholds[0].min_mean !== 0) {
    problems.push(indicators.doc.problemAt(["scoring", "thresholds", 0, "min_mean"], `the first threshold must start at 0 so every mean has a level, not at ${ind.scoring.thresholds[0].min_mean}`));
  }
  ind.scoring.thresholds.forEach((t, i) => {
    if (!levelIds.includes(t.level)) problems.push(indicators.doc.problemAt(["scoring", "thresholds", i, "level"], `unknown risk level "${t.level}"; known: ${levelIds.join(", ")}`));
    const previous = ind.scoring.thresholds[i - 1];
    if (previous && t.min_mean <= previous.min_mean) {
      problems.push(indicators.doc.problemAt(["scoring", "thresholds", i, "min_mean"], `thresholds must increase: ${t.min_mean} is not above ${previous.min_mean}`));
    }
    if (previous && levelIds.indexOf(t.level) <= levelIds.indexOf(previous.level)) {
      problems.push(indicators.doc.problemAt(["scoring", "thresholds", i, "level"], "threshold levels must follow data/risk-scale.yaml from low to high"));
    }
  });
  // A rule that can never give a level would silently show "insufficient information" everywhere.
  if (ind.scoring.min_assessed > indicatorIds.length) {
    problems.push(indicators.doc.problemAt(["scoring", "min_assessed"], `min_assessed ${ind.scoring.min_assessed} is above the number of indicators (${indicatorIds.length}), so no country could ever get a level`));
  }
  ind.scoring.floors.forEach((f, i) => {
    if (f.score === 0) problems.push(indicators.doc.problemAt(["scoring", "floors", i, "score"], `a floor at score 0 applies to every answer, so no lower level could ever be given; use 1 or more`));
    if (!indicatorIds.includes(f.indicator)) problems.push(indicators.doc.problemAt(["scoring", "floors", i, "indicator"], `unknown indicator "${f.indicator}"`));
    if (!levelIds.includes(f.at_least)) problems.push(indicators.doc.problemAt(["scoring", "floors", i, "at_least"], `unknown risk level "${f.at_least}"`));
  });

  return problems;
}

/**
 * Derived-signal rules (issue 5) name a dataset, a table and a column: each must exist, the table
 * must come from that dataset, and the column must hold numbers, or the rule would score nothing.
 */
function checkDerivedRules(indicators: ParsedData["indicators"], data: ReferenceInput): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = data.sources.map((s) => s.value.id);
  indicators.value.indicators.forEach((indicator, i) => {
    const rule = indicator.derived;
    if (!rule) return;
    const at = (...path: PropertyKey[]) => ["indicators", i, "derived", ...path];
    const knownTables = Object.keys(tableSchemas).join(", ");
    if (!sourceIds.includes(rule.source)) problems.push(indicators.doc.problemAt(at("source"), `no dataset "${rule.source}" in sources/ (known: ${sourceIds.join(", ")})`));
    if (!isTableName(rule.table)) {
      problems.push(indicators.doc.problemAt(at("table"), `unknown table "${rule.table}"; known: ${knownTables}`));
      return;
    }
    const columns = Object.keys(tableSchemas[rule.table].shape);
    if (!columns.includes("year") || !columns.includes("iso3")) problems.push(indicators.doc.problemAt(at("table"), `table "${rule.table}" has no year and iso3 columns, so it cannot score a country-year`));
    const loaded = data.tables[rule.table];
    if (loaded && loaded.sourceId !== rule.source) problems.push(indicators.doc.problemAt(at("table"), `table "${rule.table}" comes from dataset "${loaded.sourceId}", not "${rule.source}"`));
    if (!columns.includes(rule.column)) {
      problems.push(indicators.doc.problemAt(at("column"), `table "${rule.table}" has no column "${rule.column}"; known: ${columns.join(", ")}`));
    } else if (loaded && loaded.rows.length > 0 && typeof (loaded.rows[0] as Record<string, unknown>)[rule.column] !== "number") {
      problems.push(indicators.doc.problemAt(at("column"), `column "${rule.column}" of "${rule.table}" does not hold numbers`));
    }
    if (rule.method === "yearly") {
      if (rule.universe !== undefined && !isTableName(rule.universe)) problems.push(indicators.doc.problemAt(at("universe"), `unknown table "${rule.universe}"; known: ${knownTables}`));
      if (rule.no_row_score !== undefined && rule.universe === undefined) problems.push(indicators.doc.problemAt(at("no_row_score"), "no_row_score needs a universe: the table that lists every country-year the data covers"));
      if (rule.rise && rule.rise.at_least > rule.bands.at(-1)!.score) problems.push(indicators.doc.problemAt(at("rise", "at_least"), `a rise cannot score ${rule.rise.at_least}, above the highest band (${rule.bands.at(-1)!.score})`));
    }
  });
  return problems;
}

/**
 * Indexes of the entries out of date order: those outside the longest run kept in order (the
 * earliest such run on ties). An entry pasted in the wrong place is reported on its own line,
 * not on the neighbour that happens to follow it.
 */
export function outOfOrder(dates: readonly string[]): number[] {
  // longest[i]: length of the longest non-decreasing subsequence that starts at i.
  const longest = dates.map(() => 1);
  for (let i = dates.length - 1; i >= 0; i--) {
    for (let j = i + 1; j < dates.length; j++) if (dates[j] >= dates[i]) longest[i] = Math.max(longest[i], longest[j] + 1);
  }
  const kept = new Set<number>();
  let want = Math.max(0, ...longest);
  let last = "";
  for (let i = 0; i < dates.length && want > 0; i++) {
    if (longest[i] === want && dates[i] >= last) {
      kept.add(i);
      last = dates[i];
      want--;
    }
  }
  return dates.flatMap((_, i) => (kept.has(i) ? [] : [i]));
}

/** " (between 2020-01-01 and 2021-03-04)": where the entry's neighbours are. */
function neighbours(entries: readonly { date: string }[], i: number): string {
  const before = entries[i - 1]?.date;
  const after = entries[i + 1]?.date;
  return before && after ? ` (between ${before} and ${after})` : before ? ` (after ${before})` : after ? ` (before ${after})` : "";
}

/** Indexes of values that already appeared earlier in the list. */
function duplicates<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const out: number[] = [];
  values.forEach((value, i) => {
    if (seen.has(value)) out.push(i);
    seen.add(value);
  });
  return out;
}
