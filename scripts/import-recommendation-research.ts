/**
 * One-off importer, kept for provenance: turns the researched statuses
 * (data/sources/recommendation-research/recommendations-research.yaml) and the report's
 * "Key Recommendations at a Glance" titles into one editable file per recommendation in
 * data/recommendations/. After the import those files are the truth; editors change them by hand.
 *
 * Usage: node scripts/import-recommendation-research.ts <research.yaml> <report.txt>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parse, stringify } from "yaml";

interface ResearchEvidence {
  date: string;
  summary: string;
  source_title: string;
  source_url: string;
  date_precision?: "month" | "year";
}
interface ResearchEntry {
  number: number;
  short_title: string;
  phase: string;
  group: string;
  actors: string[];
  status: string;
  status_as_of: string;
  confidence: string;
  rationale: string;
  evidence: ResearchEvidence[];
}

const GROUP_IDS: Record<string, string> = {
  "Reinforce HRuF": "reinforce-hruf",
  "Increase institutional focus on R2P and genocide prevention": "institutional-focus",
  "Put mass atrocities at the center of dealing with political partners": "political-partners",
  "Improve the flow of early warnings from field offices": "early-warning-flow",
  "Improve UN capacities to prevent atrocities": "un-capacities",
  "Improve early response": "early-response",
};
/** The report was published in September 2016: older evidence is background, not history. */
const HISTORY_START = "2016-09-01";

const [researchPath, reportPath] = process.argv.slice(2);
if (!researchPath || !reportPath) {
  console.error("usage: node scripts/import-recommendation-research.ts <research.yaml> <report.txt>");
  process.exit(2);
}

/** Titles from "Key Recommendations at a Glance"; the text extraction turned "ffi" into "Ω". */
function readGlanceTitles(text: string): Map<number, string> {
  const glance = text.slice(text.indexOf("Key Recommendations at a Glance"));
  const titles = new Map<number, string>();
  for (const line of glance.split(/\n(?=\d{1,2}\b)/)) {
    const match = /^(\d{1,2})\s+([\s\S]*)$/.exec(line.trim());
    if (!match) continue;
    // A title ends at the first blank line (group headings follow one) or at the phase heading.
    const title = match[2].split(/\n\s*\n|\s*LONGER-TERM/)[0].replace(/\s+/g, " ").replace(/Ω/g, "ffi").trim();
    titles.set(Number(match[1]), title);
  }
  return titles;
}

const research = parse(readFileSync(researchPath, "utf8")) as ResearchEntry[];
const titles = readGlanceTitles(readFileSync(reportPath, "utf8"));

for (const rec of research) {
  const title = titles.get(rec.number);
  if (!title) throw new Error(`no title for recommendation ${rec.number} in ${reportPath}`);
  const source = (e: ResearchEvidence) => ({
    title: e.source_title,
    url: e.source_url,
    date: e.date,
    ...(e.date_precision ? { date_precision: e.date_precision } : {}),
  });
  const background = rec.evidence.filter((e) => e.date < HISTORY_START);
  const byDate = new Map<string, ResearchEvidence[]>();
  for (const e of rec.evidence.filter((e) => e.date >= HISTORY_START)) {
    byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  }
  if (!byDate.has(rec.status_as_of)) byDate.set(rec.status_as_of, []);
  const history = [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, items]) => {
      const isAssessment = date === rec.status_as_of;
      const sources = [
        ...items.map(source),
        ...(isAssessment ? background.map((e) => ({ ...source(e), supports: e.summary })) : []),
      ];
      const precision = items.find((e) => e.date_precision)?.date_precision;
      return {
        date,
        ...(precision ? { date_precision: precision } : {}),
        what: items.map((e) => e.summary).join(" ") || rec.rationale,
        ...(isAssessment
          ? { status: rec.status, confidence: rec.confidence, rationale: rec.rationale }
          : {}),
        sources,
      };
    });
  const file = {
    number: rec.number,
    title,
    phase: rec.phase,
    group: GROUP_IDS[rec.group],
    actors: rec.actors,
    summary: `${rec.short_title}.`,
    history,
  };
  const header =
    `# Recommendation ${rec.number}. Title: the report's wording ("Key Recommendations at a Glance").\n` +
    `# History imported from data/sources/recommendation-research/ (see its source.yaml); edit by hand from here on.\n`;
  const path = `data/recommendations/${String(rec.number).padStart(2, "0")}.yaml`;
  writeFileSync(path, header + stringify(file, { lineWidth: 100 }));
}
console.log(`wrote ${research.length} files to data/recommendations/`);
