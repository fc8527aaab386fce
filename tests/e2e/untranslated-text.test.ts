/**
 * Text from data/ exists only in English (issue 10, item 7). On the other languages' pages it must
 * sit inside a `lang="en"` fragment (with `dir="ltr"` on Arabic pages) and carry a note in the page's
 * language; English pages get neither. Recommendation titles show the project's translation with the
 * report's English wording beside it. Expected texts are read from data/ directly, not through the
 * views, so a component that forgets the mark fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { ar } from "../../src/i18n/messages/ar.ts";
import { fr } from "../../src/i18n/messages/fr.ts";
import { ru } from "../../src/i18n/messages/ru.ts";
import { zh } from "../../src/i18n/messages/zh.ts";
import { closest, isTag, isText, parsePage, query, queryAll, text, type AnyNode, type Element } from "../helpers/page-dom.ts";
import { DATA, readRawRecommendations } from "../helpers/raw-data.ts";
import { builtPagePaths, DIST, pageLanguage, sampledPagePaths } from "../helpers/site-pages.ts";

const yaml = <T>(path: string): T => parse(readFileSync(join(DATA, path), "utf8")) as T;
const normalize = (text: string) => text.replace(/\s+/g, " ").trim();
const recommendations = readRawRecommendations();
const titleTranslations = yaml<Record<string, Record<"fr" | "es" | "ru" | "zh" | "ar", string>>>("recommendation-titles.yaml");

/** Free text of data/ that the site shows: summaries, evidence, rationales, source titles, glossary, indicators, datasets. */
function dataTexts(): Set<string> {
  const texts: string[] = [];
  for (const file of readdirSync(join(DATA, "recommendations"))) {
    const rec = yaml<{ summary: string; history: { what: string; rationale?: string; sources: { title: string }[] }[] }>(`recommendations/${file}`);
    texts.push(rec.summary, ...rec.history.flatMap((e) => [e.what, e.rationale ?? "", ...e.sources.map((s) => s.title)]));
  }
  const glossary = yaml<{ terms: { term: string; definition: string }[] }>("glossary.yaml");
  texts.push(...glossary.terms.flatMap((term) => [term.term, term.definition]));
  const { indicators } = yaml<{ indicators: { label: string; question: string; anchors: string[]; evidence_examples: string[]; derived?: { summary: string } }[] }>("indicators.yaml");
  texts.push(...indicators.flatMap((x) => [x.label, x.question, ...x.anchors, ...x.evidence_examples, x.derived?.summary ?? ""]));
  for (const id of readdirSync(join(DATA, "sources"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const source = yaml<{ title: string; caveats?: string[]; citation: string }>(`sources/${id}/source.yaml`);
    texts.push(source.title, source.citation, ...(source.caveats ?? []));
  }
  // Two words and a dozen characters at least: "EOSG" or "Kosovo" may be a proper name in any language.
  return new Set(texts.map(normalize).filter((text) => text.includes(" ") && text.length >= 12));
}

const file = (page: string) => readFileSync(join(DIST, page.endsWith(".html") ? page : `${page}index.html`), "utf8");
const read = (page: string) => parseHTML(file(page)).document;
/** Pages read by the scans over many pages: the light DOM of tests/helpers/page-dom.ts, several times faster. */
const parseFast = (page: string) => parsePage(file(page));
/** Inside a lang="en" fragment; the document's own lang does not count, so English pages show what a forgotten mark looks like. */
const insideEnglish = (node: AnyNode) => {
  const fragment = node.parent ? closest(node.parent, "[lang]") : null;
  return !!fragment && fragment.name !== "html" && fragment.attribs.lang === "en";
};
/** Every text node of the page's body outside script, style and template, with its parent element. */
function bodyTexts(page: string): { node: AnyNode; parent: Element; text: string }[] {
  const body = query("body", parseFast(page));
  const out: { node: AnyNode; parent: Element; text: string }[] = [];
  const walk = (element: Element) => {
    for (const child of element.children) {
      if (isTag(child) && !["script", "style", "template"].includes(child.name)) walk(child);
      else if (isText(child)) out.push({ node: child, parent: element, text: child.data });
    }
  };
  if (body) walk(body);
  return out;
}

/** Text nodes of the page's body that are data text but not inside a lang="en" fragment. */
function unmarkedDataText(page: string, texts: Set<string>): string[] {
  const found: string[] = [];
  for (const { node, parent, text: raw } of bodyTexts(page)) {
    const text = normalize(raw);
    // "3. Title" in lists and headings, "Title." after a label.
    const bare = text.replace(/^\d+\. /, "").replace(/[.;]$/, "");
    if ((texts.has(text) || texts.has(bare)) && !insideEnglish(node)) found.push(`/${page}: <${parent.name}> "${text.slice(0, 60)}…"`);
  }
  return found;
}

const texts = dataTexts();
const allPages = builtPagePaths();

describe("data text on other languages' pages", () => {
  test("the expected texts were found in data/", () => {
    expect(texts.size).toBeGreaterThan(300);
    expect(texts).toContain(normalize(recommendations[0].history.at(-1)!.what));
  });

  test("every French page shows data text only inside lang=en fragments", () => {
    const french = allPages.filter((page) => pageLanguage(page) === "fr");
    expect(french.length).toBeGreaterThan(100);
    expect(french.flatMap((page) => unmarkedDataText(page, texts))).toEqual([]);
  });

  test("a page of each route in Russian, Arabic, Chinese and Spanish does too", () => {
    const sample = sampledPagePaths(allPages).filter((page) => ["ru", "ar", "zh", "es"].includes(pageLanguage(page)));
    expect(sample.length).toBeGreaterThan(40);
    expect(sample.flatMap((page) => unmarkedDataText(page, texts))).toEqual([]);
  });

  test("the data text of the English pages is the same text, unmarked and without a note", () => {
    // The scan above must be able to find a leftover: on English pages every data text is "unmarked".
    expect(unmarkedDataText("recommendations/1/", texts).length).toBeGreaterThan(3);
    for (const page of ["recommendations/1/", "methodology/", "data/", "recommendations/"]) {
      const document = read(page);
      // The embed snippet is code, marked English on every page by ChartDownloads; nothing else is.
      expect(document.querySelectorAll("main [lang]:not([data-embed-code])").length, page).toBe(0);
      expect(document.querySelectorAll("[data-in-english-note], [data-title-original]").length, page).toBe(0);
    }
  });
});

describe("a recommendation page in French, Russian and Arabic", () => {
  const rec = recommendations[0];
  test.each([
    ["fr", fr],
    ["ru", ru],
    ["ar", ar],
  ] as const)("/%s/recommendations/1/: translated title, English wording marked beside it, summary in English with the note", (lang, catalogue) => {
    const document = read(`${lang}/recommendations/1/`);
    const main = document.querySelector("main")!;
    expect(normalize(main.querySelector("h1")!.textContent!)).toBe(`1. ${titleTranslations["1"][lang]}`);
    expect(document.querySelector("title")!.textContent).toContain(titleTranslations["1"][lang]);
    const original = main.querySelector("[data-title-original]")!;
    expect(normalize(original.textContent!)).toBe(normalize(`${catalogue["recs.titleOriginal"]} ${rec.title}`));
    expect(original.querySelector('[lang="en"]')!.textContent).toBe(rec.title);

    const summary = main.querySelector("[data-summary]")!;
    expect(summary.getAttribute("lang")).toBe("en");
    expect(normalize(summary.textContent!)).toBe(normalize(yaml<{ summary: string }>("recommendations/01.yaml").summary));
    // The note stands right before the summary, in the page's language.
    expect(summary.previousElementSibling!.textContent).toBe(catalogue["untranslated.note"]);
    expect(summary.previousElementSibling!.closest("[lang]")!.getAttribute("lang")).toBe(lang);

    const whats = [...main.querySelectorAll("[data-what]")];
    expect(whats.map((p) => normalize(p.textContent!))).toEqual([...rec.history].reverse().map((e) => normalize(e.what)));
    for (const what of whats) expect(what.getAttribute("lang")).toBe("en");
    // One note per block: summary, rationale, history; not one per line.
    expect(main.querySelectorAll("[data-in-english-note]").length).toBe(3);
  });

  test("on Arabic pages every English fragment of the content runs left to right", () => {
    for (const page of ["ar/recommendations/1/", "ar/recommendations/", "ar/methodology/", "ar/data/", "ar/tool/"]) {
      const fragments = [...read(page).querySelectorAll('main [lang="en"]')];
      expect(fragments.length, page).toBeGreaterThan(5);
      expect(fragments.filter((el) => el.getAttribute("dir") !== "ltr").map((el) => el.outerHTML.slice(0, 80)), page).toEqual([]);
    }
  });

  test("the tracker lists the translated titles with the report's wording under each, said once", () => {
    const document = read("zh/recommendations/");
    const rows = [...document.querySelectorAll("#tracker tr.rec")];
    expect(rows).toHaveLength(27);
    for (const row of rows) {
      const number = row.getAttribute("data-number")!;
      const cell = row.querySelectorAll("td")[1]!;
      expect(cell.querySelector("a")!.textContent).toBe(titleTranslations[number].zh);
      expect(cell.querySelector('[lang="en"]')!.textContent).toBe(recommendations.find((r) => String(r.number) === number)!.title);
    }
    expect(document.querySelector("[data-titles-note]")!.textContent).toBe(`${zh["recs.titlesNote"]} ${zh["untranslated.note"]}`);
  });
});

describe("punctuation comes from the catalogues", () => {
  test("a former state's English name is marked on the country index and in a map view's sentence of countries with none", () => {
    const { extra_country_codes: declared } = yaml<{ extra_country_codes: { code: string; name: string }[] }>("site.yaml");
    const czechoslovakia = declared.find((c) => c.code === "CSK")!.name;
    for (const page of ["fr/countries/"]) {
      const links = queryAll('a[href$="/countries/csk/"]', parseFast(page)).filter((a) => normalize(text(a)) === czechoslovakia);
      expect(links.length, page).toBeGreaterThan(0);
      for (const link of links) expect(insideEnglish(link.children[0]!), `${page}: ${text(link)}`).toBe(true);
    }
    // UCDP records no one killed there in any year: on the map views it is named under the list, marked too.
    const none = queryAll(".map-none *", parseFast("fr/map/observed/1989/")).filter((e) => normalize(text(e)) === czechoslovakia);
    expect(none.length).toBe(1);
    expect(insideEnglish(none[0]!.children[0]!)).toBe(true);
  });

  test("Russian pages never print a full stop after a date's own 'г.'", () => {
    const russian = sampledPagePaths(allPages).filter((page) => pageLanguage(page) === "ru");
    expect(russian.filter((page) => /г\.\./.test(text(query("body", parseFast(page))!)))).toEqual([]);
  });

  test("Chinese pages use full-width colons after Chinese text outside English fragments", () => {
    const chinese = sampledPagePaths(allPages).filter((page) => pageLanguage(page) === "zh");
    const found: string[] = [];
    for (const page of chinese) {
      for (const { node, text } of bodyTexts(page)) {
        if (!insideEnglish(node) && /\p{Script=Han}: /u.test(text)) found.push(`/${page}: "${normalize(text).slice(0, 60)}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
