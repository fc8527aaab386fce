/**
 * The catalogue check run by `npm run check`: every language has exactly the English keys, the same
 * placeholders, every plural category its language needs, and every key is used somewhere in src/.
 * A translation that silently drops a placeholder or a plural form would ship wrong text in one
 * language only, where no English-speaking reviewer sees it, so the check names key and language.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

/**
 * Keys built at run time from an id (t(`layer.${id}.unit`)) cannot be found as literals in the
 * source, so each such template is listed here, `*` standing for one id segment. A pattern that
 * matches no key is reported too, so the list cannot go stale unnoticed.
 */
export const DYNAMIC_KEYS: readonly string[] = [
  "layer.*.name", // MapView, EvidenceCard: one per map layer id
  "layer.*.kind",
  "layer.*.source",
  "layer.*.unit", // MapFigure
  "layer.*.title", // format-layer
  "layer.*.caveat",
  "map.age.*", // MapFigure: one per age band id
  "method.layer.*", // MatrixLayers: one per evidence kind
  "method.layer.*.read",
  "profile.noData.*", // EvidenceCard: per layer without a value
  "profile.noData.forecast.*", // EvidenceCard: per reason a country has no forecast
  "firstHundred.*", // FirstHundredDays: per finding id
  "cite.format.*", // CiteThis: per citation format
  "data.redistribution.*", // data page: per redistribution status
  "changes.kind.*", // changes page: per kind of change
  "category.*", // format-layer: per R2P Monitor category id
  "status.*", // format-scale: `${scale}.${id}` for the project's own scales
  "confidence.*",
  "riskLevel.*",
  "downloads.*", // ChartDownloads: per file kind (svg, png, csv)
];

/**
 * Messages that may read exactly as in English: proper names and format names everywhere, and French
 * words spelt as in English. Any other message identical to English is reported as untranslated,
 * so an English placeholder copied in to satisfy the type cannot ship unnoticed.
 */
export const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  "*": ["cite.format.apa", "cite.format.bibtex", "cite.format.ris", "cite.format.cslJson", "layer.forecast.source", "layer.observed.source", "layer.judgement.source"],
  fr: ["common.source", "common.date", "home.figure.source", "recs.phase", "method.question", "data.version", "data.licence", "data.citation", "changes.data", "about.corrections", "downloads.svg", "downloads.png"],
};

export interface CatalogueCheckInput {
  /** Language code → catalogue; must include "en", the reference. */
  catalogues: Record<string, Readonly<Record<string, string>>>;
  /** Language code → locale for Intl.PluralRules (e.g. ar → ar-u-nu-latn). */
  locales: Record<string, string>;
  /** Text of every source file that may reference a key; omit to skip the unused-key check. */
  sources?: readonly string[];
  dynamicKeys?: readonly string[];
  sameAsEnglish?: Readonly<Record<string, readonly string[]>>;
}

/** Returns one printable line per problem, naming the language and key. */
export function checkCatalogues({ catalogues, locales, sources, dynamicKeys = DYNAMIC_KEYS, sameAsEnglish = SAME_AS_ENGLISH }: CatalogueCheckInput): string[] {
  const problems: string[] = [];
  const en = catalogues.en;
  if (!en) return ["i18n: no English catalogue"];
  const enKeys = Object.keys(en);
  const enShape = new Map<string, Shape>();
  for (const key of enKeys) {
    const shape = shapeOf(en[key]!);
    if (typeof shape === "string") problems.push(`i18n en ${key}: cannot parse: ${shape}`);
    else enShape.set(key, shape);
  }
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    const locale = locales[lang] ?? lang;
    const cardinal = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
    const ordinal = new Intl.PluralRules(locale, { type: "ordinal" }).resolvedOptions().pluralCategories as string[];
    for (const key of enKeys) if (!(key in catalogue)) problems.push(`i18n ${lang} ${key}: missing key`);
    for (const [key, message] of Object.entries(catalogue)) {
      if (!(key in en)) {
        problems.push(`i18n ${lang} ${key}: extra key (not in en.ts)`);
        continue;
      }
      const shape = lang === "en" ? enShape.get(key) : shapeOf(message);
      if (shape === undefined) continue;
      if (typeof shape === "string") {
        problems.push(`i18n ${lang} ${key}: cannot parse: ${shape}`);
        continue;
      }
      const reference = enShape.get(key);
      if (lang !== "en" && message === en[key] && /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, "")) && ![...(sameAsEnglish["*"] ?? []), ...(sameAsEnglish[lang] ?? [])].includes(key)) {
        problems.push(`i18n ${lang} ${key}: same as English (untranslated?)`);
      }
      if (reference && lang !== "en") {
        const want = [...reference.arguments].sort().join(", ");
        const got = [...shape.arguments].sort().join(", ");
        if (want !== got) problems.push(`i18n ${lang} ${key}: placeholders {${got}} differ from English {${want}}`);
        // A language with more than one form must keep the plural English uses.
        if (cardinal.length > 1) {
          for (const argument of reference.plurals.keys()) {
            if (!shape.plurals.has(argument)) problems.push(`i18n ${lang} ${key}: {${argument}} is a plural in English but not here`);
          }
        }
      }
      for (const [argument, { options, ordinal: isOrdinal }] of shape.plurals) {
        const needed = isOrdinal ? ordinal : cardinal;
        const lacking = needed.filter((category) => !options.has(category));
        if (lacking.length > 0) problems.push(`i18n ${lang} ${key}: plural {${argument}} lacks categories ${lacking.join(", ")} (${locale} needs ${needed.join(", ")})`);
      }
    }
  }
  if (sources) {
    const patterns = dynamicKeys.map((pattern) => ({ pattern, regex: new RegExp(`^${pattern.split("*").map(escapeRegExp).join("[^.]+")}$`) }));
    for (const { pattern, regex } of patterns) {
      if (!enKeys.some((key) => regex.test(key))) problems.push(`i18n dynamic key pattern ${pattern}: matches no key in en.ts`);
    }
    const text = sources.join("\n");
    for (const key of enKeys) {
      if (patterns.some(({ regex }) => regex.test(key))) continue;
      if (!["\"", "'", "`"].some((quote) => text.includes(`${quote}${key}${quote}`))) problems.push(`i18n en ${key}: unused (no reference in src/ and no listed dynamic pattern)`);
    }
  }
  return problems;
}

interface Shape {
  /** Placeholder and tag names. */
  arguments: Set<string>;
  plurals: Map<string, { options: Set<string>; ordinal: boolean }>;
}

/** The placeholder names of a message (tags as "<name>"), for tests that fill every message. */
export function placeholdersOf(message: string): string[] {
  const shape = shapeOf(message);
  return typeof shape === "string" ? [] : [...shape.arguments];
}

function shapeOf(message: string): Shape | string {
  let ast: MessageFormatElement[];
  try {
    ast = parse(message);
  } catch (error) {
    return (error as Error).message;
  }
  const shape: Shape = { arguments: new Set(), plurals: new Map() };
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          shape.arguments.add(element.value);
          break;
        case TYPE.select:
          shape.arguments.add(element.value);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.plural: {
          shape.arguments.add(element.value);
          const entry = shape.plurals.get(element.value) ?? { options: new Set<string>(), ordinal: element.pluralType === "ordinal" };
          for (const [name, option] of Object.entries(element.options)) {
            entry.options.add(name);
            walk(option.value);
          }
          shape.plurals.set(element.value, entry);
          break;
        }
        case TYPE.tag:
          shape.arguments.add(`<${element.value}>`);
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(ast);
  return shape;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Texts of the files under srcDir that can reference keys, leaving out the catalogues themselves. */
export function readSourceTexts(srcDir: string): string[] {
  const texts: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (relative(srcDir, path) !== join("i18n", "messages")) visit(path);
      } else if (/\.(ts|astro|js|mjs)$/.test(entry.name)) texts.push(readFileSync(path, "utf8"));
    }
  };
  visit(srcDir);
  return texts;
}
