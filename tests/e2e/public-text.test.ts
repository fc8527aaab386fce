/**
 * Public text is for the public (issue 8): no page names a script, a file path, a YAML file or an
 * import step — those belong in data/README.md — except the names of files offered for download;
 * and /about/ says who publishes, how to reach the editors, how corrections and editions work.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { removeElement } from "domutils";
import { describe, expect, test } from "vitest";
import type { Site } from "../../src/model/schemas/site.ts";
import { readRawYaml } from "../helpers/raw-data.ts";
import { parsePage, query, queryAll, text } from "../helpers/page-dom.ts";
import { builtPagePaths, DIST, sampledPagePaths } from "../helpers/site-pages.ts";

const INTERNAL = [
  { what: "a data file name", pattern: /[\w.-]+\.(ya?ml|csv|tsv|ts|mjs)\b/i },
  { what: "a folder of the repository", pattern: /(^|[\s(“"'])(data|scripts|src|tests|raw|sources)\/[\w.-]/ },
  { what: "a script", pattern: /\b(npm run|node scripts|import-[\w-]+)\b/ },
];

interface PageTexts {
  /** The page's readable text, without scripts, styles and the names of files one can download. */
  publicText: string;
  /** The text of each source line under a chart or table. */
  sourceLines: string[];
}

/** Both tests read the same sample: each page is parsed once, for both. */
const sampleTexts = new Map<string, PageTexts>();
function pageTexts(page: string): PageTexts {
  let texts = sampleTexts.get(page);
  if (!texts) {
    const document = parsePage(readFileSync(join(DIST, page.endsWith(".html") ? page : `${page}index.html`), "utf8"));
    const sourceLines = queryAll("figcaption p, p.source", document).map((line) => text(line).replace(/\s+/g, " "));
    for (const node of queryAll("script, style, template, a[download], a[href*='/downloads/']", document)) removeElement(node);
    const body = query("body", document);
    texts = { publicText: (body ? text(body) : "").replace(/\s+/g, " "), sourceLines };
    sampleTexts.set(page, texts);
  }
  return texts;
}

describe("public text", () => {
  const pages = builtPagePaths();

  test("the built site has its pages", () => {
    expect(pages).toContain("about/");
    expect(pages).toContain("countries/sdn/");
  });

  test("no page names a script, a file path or a data file (download links aside)", () => {
    const found: string[] = [];
    // Every English page and a sample per route in each other language (they share templates).
    for (const page of sampledPagePaths(pages)) {
      const text = pageTexts(page).publicText;
      for (const { what, pattern } of INTERNAL) {
        const match = pattern.exec(text);
        if (match) found.push(`${page || "/"}: ${what}: …${text.slice(Math.max(0, match.index - 40), match.index + 60)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  test("/about/ names the publisher from site.yaml, a way to reach the editors, corrections and editions", () => {
    const site = readRawYaml<Site>("site.yaml");
    const { document } = parseHTML(readFileSync(join(DIST, "about/index.html"), "utf8"));
    const headings = [...document.querySelectorAll("h2[id]")].map((h) => h.id);
    expect(headings).toEqual(expect.arrayContaining(["publisher", "contact", "corrections", "editions"]));
    expect(document.querySelector("[data-publisher]")!.textContent).toContain(site.publisher.name);
    const contact = document.querySelector("[data-contact] a")!.getAttribute("href")!;
    expect([site.publisher.contact, `mailto:${site.publisher.contact}`, site.publisher.url]).toContain(contact);
    const [year, month] = site.edition.id.split(/[.-]/);
    expect(document.querySelector("p[data-edition]")!.textContent).toMatch(new RegExp(`${year}[.-]${month}`));
  });
});

describe("source lines", () => {
  // Each dataset's title and its producer's name, as data/sources/*/source.yaml give them.
  const names = readdirSync(join(import.meta.dirname, "../../data/sources")).flatMap((id) => {
    const source = readRawYaml<{ title: string; producer: string }>(`sources/${id}/source.yaml`);
    return [source.title, source.producer.split(",")[0]];
  });

  test("no source line names the same dataset or producer twice", () => {
    const repeated: string[] = [];
    for (const page of sampledPagePaths()) {
      if (page.endsWith(".html")) continue;
      for (const line of pageTexts(page).sourceLines) {
        for (const name of names) if (line.split(name).length > 2) repeated.push(`${page}: ${name}`);
      }
    }
    expect([...new Set(repeated)]).toEqual([]);
  });
});
