/**
 * Finds English interface text left on a page in another language: text nodes and readable
 * attributes outside `lang="en"` fragments that are an English catalogue message, or contain a
 * run of two or more words of one. Phrases the page's own catalogue shares with English (proper names,
 * "Source" in French) are not English leftovers.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { documentElement, isTag, isText, matches, parsePage, type Element } from "./page-dom.ts";

const READABLE_ATTRIBUTES = ["aria-label", "title", "alt", "placeholder"];

export interface EnglishPhrases {
  /** Whole messages without placeholders ("Map", "Skip to main content"). */
  whole: Set<string>;
  /** Literal runs of at least two words from any message, as one pattern. */
  runs: RegExp;
}

/** Literal runs of a message, split where a placeholder or plural sits. */
function literalRuns(message: string): string[] {
  const runs: string[] = [];
  let current = "";
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) current += element.value;
      else {
        runs.push(current);
        current = "";
        if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value);
        if (element.type === TYPE.tag) walk(element.children);
      }
    }
  };
  walk(parse(message));
  runs.push(current);
  return runs.map(normalize).filter(Boolean);
}

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").replace(/^[\s.,:;·–—()"“”‘’]+|[\s.,:;·–—()"“”‘’]+$/g, "");
}

export function englishPhrases(en: Readonly<Record<string, string>>, translation: Readonly<Record<string, string>>): EnglishPhrases {
  const shared = new Set(Object.values(translation).flatMap(literalRuns));
  const whole = new Set<string>();
  const runs = new Set<string>();
  for (const message of Object.values(en)) {
    const literal = literalRuns(message);
    if (!message.includes("{") && literal.length === 1 && /\p{L}/u.test(literal[0]!) && !shared.has(literal[0]!)) whole.add(literal[0]!);
    // Two words at least, one of them four letters long: "Data edition", not "of the".
    for (const run of literal) if (run.split(" ").length >= 2 && /\p{L}{4}/u.test(run) && !shared.has(run)) runs.add(run);
  }
  const alternatives = [...runs].sort((a, b) => b.length - a.length).map((run) => run.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return { whole, runs: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|") || "(?!)"})(?![\\p{L}\\p{N}])`, "u") };
}

/**
 * Each English leftover on the page, as `"text"` (or `attribute="text"`) with its element. With
 * `scope` (a CSS selector), only text inside matching elements counts.
 */
export function englishLeftovers(html: string, phrases: EnglishPhrases, scope?: string): string[] {
  const found: string[] = [];
  const isEnglish = (text: string) => phrases.whole.has(text) || phrases.runs.test(text);
  const visit = (element: Element, parentInScope: boolean) => {
    if (["script", "style", "template"].includes(element.name)) return;
    const lang = element.attribs.lang;
    if (lang && /^en\b/i.test(lang)) return;
    const inScope = parentInScope || !scope || matches(element, scope);
    for (const attribute of inScope ? READABLE_ATTRIBUTES : []) {
      const value = normalize(element.attribs[attribute] ?? "");
      if (value && isEnglish(value)) found.push(`<${element.name}> ${attribute}="${value}"`);
    }
    for (const node of element.children) {
      if (isText(node)) {
        const text = normalize(node.data);
        if (inScope && text && isEnglish(text)) found.push(`<${element.name}> "${text}"`);
      } else if (isTag(node)) visit(node, inScope);
    }
  };
  visit(documentElement(parsePage(html)), false);
  return found;
}
