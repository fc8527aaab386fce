/** The search index written by two Pagefind services, one per half of the languages, is the one a single service writes. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { listHtmlFiles } from "../../src/build/check-built-site.ts";
import { indexPages, mergeSearchIndexes, pageUrl, searchablePage, splitLanguages, writeSearchIndex } from "../../src/build/search-index.ts";

const root = mkdtempSync(join(tmpdir(), "apm-search-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (lang: string, title: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>${title === "Monitor" ? title : `${title} · Monitor`}</title></head><body><nav>Menu</nav><main id="main"><h1>${title}</h1><p>${body}</p><svg><text>tick 2024</text></svg></main></body></html>`;
const site: Record<string, string> = {
  "index.html": page("en", "Monitor", "Risk of mass atrocities"),
  "countries/sdn/index.html": page("en", "Sudan", "Civilians killed in Sudan, 2024"),
  "fr/countries/sdn/index.html": page("fr", "Soudan", "Civils tués au Soudan en 2024"),
  "ar/countries/sdn/index.html": page("ar", "السودان", "المدنيون الذين قتلوا في السودان"),
  "zh/countries/sdn/index.html": page("zh", "苏丹", "苏丹的平民死亡人数"),
  "embed/countries-sdn-deaths/index.html": page("en", "Embedded chart", "not searched"),
};

function files(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => [relative(folder, join(f.parentPath, f.name)), readFileSync(join(f.parentPath, f.name)).toString("base64")]),
  );
}

describe("search index", () => {
  test("languages are split into two halves of about the same number of pages", () => {
    expect(splitLanguages(new Map([["en", 321], ["fr", 321], ["ar", 321], ["zh", 321], ["es", 321], ["ru", 321]]))).toEqual([["ar", "es", "ru"], ["en", "fr", "zh"]]);
    expect(splitLanguages(new Map([["en", 10]]))).toEqual([["en"], []]);
    expect(splitLanguages(new Map([["en", 10], ["fr", 4], ["ar", 3], ["zh", 2]]))).toEqual([["en"], ["fr", "ar", "zh"]]);
  });

  test("two services in two halves write byte for byte the files one service writes", async () => {
    const dir = join(root, "site");
    for (const [path, html] of Object.entries(site)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    expect(await writeSearchIndex(dir)).toBe(5);
    const split = files(join(dir, "pagefind"));
    // One service given every page in the order the build lists them (a language's page order shapes its files).
    const searched = listHtmlFiles(dir).filter((file) => !file.includes("/embed/"));
    await indexPages(searched.map((file) => ({ url: pageUrl(dir, file), content: searchablePage(readFileSync(file, "utf8"), "Monitor") })), join(root, "one"));
    const one = files(join(root, "one"));
    for (const name of Object.keys(one)) if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(name)) delete one[name];
    expect(Object.keys(split).sort()).toEqual(Object.keys(one).sort());
    expect(split).toEqual(one);
    const entry = JSON.parse(Buffer.from(split["pagefind-entry.json"]!, "base64").toString()) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(["ar", "en", "fr", "zh"]);
    expect(entry.languages.en!.page_count).toBe(2);
  });

  test("parts that both hold a language are refused, not merged over each other", () => {
    const parts = ["x", "y"].map((name, i) => {
      const part = join(root, `overlap-${name}`);
      mkdirSync(part, { recursive: true });
      writeFileSync(join(part, "pagefind-entry.json"), JSON.stringify({ version: "1.6.0", languages: { en: { hash: `en_${i}`, wasm: "en", page_count: 1 } }, include_characters: [] }));
      return part;
    });
    expect(() => mergeSearchIndexes(parts, join(root, "overlap"))).toThrow('Search index parts both hold the language "en"');
  });
});
