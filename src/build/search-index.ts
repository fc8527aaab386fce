/**
 * The site search index: Pagefind reads the built pages and writes a static index into
 * `<site>/pagefind/`, which the header's search box (src/components/SearchBox.astro) queries in the
 * browser, so search needs no server and makes no request to another site. Pagefind splits the index
 * by each page's `<html lang>`, so every language gets its own index with no extra step.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { Worker } from "node:worker_threads";
import { Parser } from "htmlparser2";
import * as pagefind from "pagefind";
import { escapeMarkup } from "../charts/svg-markup.ts";
import { listHtmlFiles } from "./check-built-site.ts";

/** Where the index goes inside the built site; the search box loads `<base>pagefind/pagefind.js`. */
export const SEARCH_FOLDER = "pagefind";

/**
 * What is left out, as simple selectors of three kinds only, so that withoutUnindexed() can match
 * them on start tags without a selector engine and the two never drift apart.
 */
type Unindexed = { tag: string } | { className: string } | { attribute: string; value?: string };
const UNINDEXED: readonly Unindexed[] = [{ tag: "svg" }, { className: "cite-this" }, { attribute: "data-search-ignore" }, { tag: "nav" }, { attribute: "data-table", value: "map-ranked" }];

const selectorOf = (rule: Unindexed): string =>
  "tag" in rule ? rule.tag : "className" in rule ? `.${rule.className}` : rule.value === undefined ? `[${rule.attribute}]` : `[${rule.attribute}="${rule.value}"]`;

/**
 * Only a page's `<main>` is indexed: the header and footer repeat on every page and would make every
 * page match "countries" or "licence". Inside it, drawings (maps, charts: their text is axis ticks and
 * country codes), citation blocks (the same title and address again in five formats) and anything
 * marked `data-search-ignore` are left out. So are, in `<main>`, navigation (a map view's links to
 * every other period: words that grew with the square of the dated views) and a map view's ranked
 * list (the same country names and figures again in every view, which made "Sudan" match every
 * map view and answers nothing the country's profile does not). Measured on 10× synthetic data, the
 * indexed words grew 3.7× for 2.4× the pages; without these two, 2.3×.
 */
export const INDEX_CONFIG: pagefind.PagefindServiceConfig = {
  rootSelector: "main",
  excludeSelectors: UNINDEXED.map(selectorOf),
};

/**
 * Pagefind's ready-made interfaces, written beside the index every time; the header box uses only
 * pagefind.js (and its worker), so the rest would ship unused.
 */
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./;

/** The address of a built page relative to the site's base, as its links write it: "/countries/SDN/". */
export function pageUrl(siteDir: string, file: string): string {
  return `/${relative(siteDir, file).split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

/** What a page's head says and where its `<main>` start tag begins and ends (-1 without one). */
function readPage(html: string): { title: string; lang: string | undefined; mainStart: number; mainEnd: number } {
  let title = "";
  let lang: string | undefined;
  // The document's title is the first; later ones name SVG drawings.
  let titles = 0;
  let inTitle = false;
  let mainStart = -1;
  let mainEnd = -1;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "html") lang ??= attributes.lang;
      else if (name === "title") inTitle = ++titles === 1;
      else if (name === "main" && mainEnd < 0) {
        mainStart = parser.startIndex;
        mainEnd = parser.endIndex + 1;
        // All it needs comes before <main>: the rest of a page (most of its bytes) is not parsed.
        parser.pause();
      }
    },
    ontext(text) {
      if (inTitle) title += text;
    },
    onclosetag(name) {
      if (name === "title") inTitle = false;
    },
  });
  parser.write(html);
  return { title: title.trim(), lang, mainStart, mainEnd };
}

const UNINDEXED_TAGS = new Set(UNINDEXED.flatMap((rule) => ("tag" in rule ? [rule.tag] : [])));
/** A class or attribute name some rule looks for: a start tag whose text holds none of them is not parsed. */
const UNINDEXED_WORDS = UNINDEXED.flatMap((rule) => ("className" in rule ? [rule.className] : "attribute" in rule ? [rule.attribute] : []));
/** One attribute of a start tag: its name, and its value double-quoted, single-quoted or bare. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Whether a start tag (its name, lower case, and the text of its attributes) opens what INDEX_CONFIG excludes. */
function excluded(name: string, text: string): boolean {
  if (UNINDEXED_TAGS.has(name)) return true;
  const lower = text.toLowerCase();
  if (!UNINDEXED_WORDS.some((word) => lower.includes(word))) return false;
  // Read as attributes, so a name inside another attribute's value (title="… cite-this …") is not
  // one; the first of two attributes of one name counts, as in an HTML parser.
  const attributes = new Map<string, string>();
  for (const [, key, ...values] of text.matchAll(ATTRIBUTE)) {
    if (!attributes.has(key!.toLowerCase())) attributes.set(key!.toLowerCase(), values.find((v) => v !== undefined) ?? "");
  }
  return UNINDEXED.some((rule) => {
    if ("tag" in rule) return false;
    if ("className" in rule) return (attributes.get("class") ?? "").split(/\s+/).includes(rule.className);
    const value = attributes.get(rule.attribute);
    return value !== undefined && (rule.value === undefined || value === rule.value);
  });
}

/**
 * `html` less the elements Pagefind would skip (INDEX_CONFIG.excludeSelectors), nested ones and all:
 * it never indexes them, but it parses them first, and they are a fifth of what a page's `<main>`
 * holds (citation blocks, a map view's ranked list). The same index files come out (tested on the
 * real site). Text from data never holds a literal "<": the site escapes it in text and attribute
 * values alike, so every "<" here starts a tag.
 */
export function withoutUnindexed(html: string): string {
  const parts: string[] = [];
  let from = 0;
  const tag = /<([a-zA-Z][\w-]*)([^>]*)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[1]!.toLowerCase();
    if (!excluded(name, match[2]!)) continue;
    parts.push(html.slice(from, match.index));
    from = endOf(html, name, tag.lastIndex, match[2]!.endsWith("/"));
    tag.lastIndex = from;
  }
  parts.push(html.slice(from));
  return parts.join("");
}

/** Where the element whose start tag ends at `after` ends: past its matching end tag (the end of `html` if it has none). */
function endOf(html: string, name: string, after: number, selfClosing: boolean): number {
  if (selfClosing) return after;
  const same = new RegExp(`<(/?)${name}[\\s>/]`, "gi");
  same.lastIndex = after;
  let depth = 1;
  for (let match = same.exec(html); match; match = same.exec(html)) {
    if (match[1] === "") {
      // A nested start tag of the same name, unless it closes itself.
      const close = html.indexOf(">", match.index);
      if (html[close - 1] !== "/") depth += 1;
    } else if (--depth === 0) {
      return html.indexOf(">", match.index) + 1;
    }
  }
  return html.length;
}

/**
 * The page as Pagefind should read it: its `<html lang>` (which picks the language's index) and its
 * `<main>` without what it would skip (withoutUnindexed), which is all Pagefind would index (INDEX_CONFIG) but less to parse:
 * the rest is 40% of the built HTML, and Pagefind's service, one thread at about 10 MB a second,
 * was the slowest step after the pages (measured on the real site: the same index files, written
 * in 7 s instead of 12). Its result title is the page's `<title>` less the site's name (the home
 * page's title), instead of its first heading, which on every map view is just "Map"; it goes in as
 * Pagefind metadata at the start of `<main>` (Pagefind reads metadata only inside the indexed root).
 * The file on disk is not changed. A page without `<main>` is handed over whole.
 */
export function searchablePage(html: string, siteTitle: string): string {
  return prepare(html, siteTitle).content;
}

function prepare(html: string, siteTitle: string): { content: string; lang: string } {
  const { title, lang = "", mainStart, mainEnd } = readPage(html);
  const mainClose = html.lastIndexOf("</main>");
  if (mainStart < 0 || mainClose < mainEnd) return { content: html, lang };
  const suffix = ` · ${siteTitle}`;
  const short = title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
  const meta = short === "" ? "" : `<meta data-pagefind-meta="title[content]" content="${escapeMarkup(short)}">`;
  const main = `${html.slice(mainStart, mainEnd)}${meta}${withoutUnindexed(html.slice(mainEnd, mainClose))}</main>`;
  return { content: `<!DOCTYPE html><html${lang === "" ? "" : ` lang="${escapeMarkup(lang)}"`}><head></head><body>${main}</body></html>`, lang };
}

/** Pages that are no answer to a query: the "not found" page, and embeds (a chart without the site around it). */
const NOT_SEARCHED = /^\/(?:404\.html$|embed\/)/;

export interface SearchPage {
  url: string;
  content: string;
}

/** One Pagefind service indexes `pages` into `outputPath` (this thread's: the node module runs one per thread). */
export async function indexPages(pages: SearchPage[], outputPath: string): Promise<void> {
  try {
    const created = await pagefind.createIndex(INDEX_CONFIG);
    if (!created.index) throw new Error(`Pagefind: ${created.errors.join("; ")}`);
    const { index } = created;
    // Pages are handed over one by one (not Pagefind's folder mode) so that the pages above stay out.
    // (In turn: handing Pagefind's service all of them at once was three times slower.)
    for (const page of pages) {
      const added = await index.addHTMLFile(page);
      if (added.errors.length > 0) throw new Error(`Pagefind, ${page.url}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
}

/** Languages in two groups of about equal page counts (each language's index is Pagefind's own). */
export function splitLanguages(counts: Map<string, number>): [string[], string[]] {
  const halves: [string[], string[]] = [[], []];
  const size = [0, 0];
  for (const [lang, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const lighter = size[0]! <= size[1]! ? 0 : 1;
    halves[lighter].push(lang);
    size[lighter]! += count;
  }
  return halves;
}

/** Indexes `pages` on another thread (its own Pagefind service, in a process of its own). */
function indexOnAnotherThread(pages: SearchPage[], outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./search-index-worker.ts", import.meta.url), { workerData: { pages, outputPath } });
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`The search index thread stopped (exit code ${code})`))));
  });
}

const ENTRY = "pagefind-entry.json";
interface Entry {
  version: string;
  languages: Record<string, unknown>;
  include_characters: string[];
}

/**
 * Pagefind's files for disjoint sets of languages, as one index: each language's files are its own,
 * the script and the entry file's settings are the same in every part (checked), and the entry file
 * lists every part's languages, in Pagefind's order (by code).
 */
export function mergeSearchIndexes(parts: string[], folder: string): void {
  const entries = parts.map((part) => JSON.parse(readFileSync(join(part, ENTRY), "utf8")) as Entry);
  const listed = entries.flatMap((e) => Object.entries(e.languages));
  // Pagefind may file two of the pages' lang values under one language: its parts would then overlap.
  const twice = listed.map(([lang]) => lang).find((lang, i, all) => all.indexOf(lang) !== i);
  if (twice !== undefined) throw new Error(`Search index parts both hold the language "${twice}"`);
  const languages = Object.fromEntries(listed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const [first] = entries;
  for (const e of entries) {
    if (e.version !== first!.version || JSON.stringify(e.include_characters) !== JSON.stringify(first!.include_characters)) throw new Error("Search index parts written with different settings");
  }
  for (const part of parts) {
    for (const file of readdirSync(part, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const from = join(file.parentPath, file.name);
      const name = relative(part, from);
      if (name === ENTRY) continue;
      const to = join(folder, name);
      if (existsSync(to)) {
        if (!readFileSync(to).equals(readFileSync(from))) throw new Error(`Search index parts differ in ${name}`);
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
    }
  }
  writeFileSync(join(folder, ENTRY), JSON.stringify({ ...first!, languages }));
}

/**
 * Indexes every HTML page under `siteDir`, writes the index into `siteDir/pagefind/`, returns the
 * page count. Pagefind's service indexes on one thread, so the languages go to two services in two
 * halves (the other on another thread), whose files are then merged: the same files as one service
 * writes (tested). On the real site the step took 12.6 s instead of 15-17 s (the two services share
 * the machine's two cores with the built-site checks).
 */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const folder = join(siteDir, SEARCH_FOLDER);
  const files = listHtmlFiles(siteDir).filter((file) => !NOT_SEARCHED.test(pageUrl(siteDir, file)));
  if (files.length === 0) throw new Error(`No page to index in ${siteDir}`);
  const siteTitle = readPage(readFileSync(join(siteDir, "index.html"), "utf8")).title;
  const byLanguage = new Map<string, SearchPage[]>();
  for (const file of files) {
    const { content, lang } = prepare(readFileSync(file, "utf8"), siteTitle);
    const pages = byLanguage.get(lang) ?? byLanguage.set(lang, []).get(lang)!;
    pages.push({ url: pageUrl(siteDir, file), content });
  }
  const [here, there] = splitLanguages(new Map([...byLanguage].map(([lang, pages]) => [lang, pages.length])));
  const pagesOf = (langs: string[]) => langs.flatMap((lang) => byLanguage.get(lang)!);
  if (there.length === 0) await indexPages(pagesOf(here), folder);
  else {
    const scratch = mkdtempSync(join(tmpdir(), "apm-search-"));
    try {
      const parts = [join(scratch, "a"), join(scratch, "b")];
      await Promise.all([indexPages(pagesOf(here), parts[0]!), indexOnAnotherThread(pagesOf(there), parts[1]!)]);
      mergeSearchIndexes(parts, folder);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  for (const name of readdirSync(folder)) if (UNUSED_UI.test(name)) rmSync(join(folder, name));
  return files.length;
}
