import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { describe, expect, test } from "vitest";
import { Cite } from "@citation-js/core";
import { bibliographyOptions, formatBibliography } from "../../src/citation/bibliography.ts";
import { buildCitations, cslItem } from "../../src/citation/citation.ts";
import { parseRis } from "./parse-ris.ts";

const site = { title: "Atrocity Prevention Monitor", publisher: { name: "Atrocity Prevention Monitor editors" }, edition: { id: "2026.11", date: "2026-11-25" } };
const target = { key: "country-sdn", title: "Sudan: country profile", url: "https://example.org/countries/sdn/" };
const english = { lang: "en", editionLabel: "Data edition 2026.11" } as const;
const citations = await buildCitations(site, target, english);

describe("citations of one page", () => {
  test("BibTeX parses with an independent parser and names title, publisher, edition, URL, dates", () => {
    const { entries, errors } = parseBibtex(citations.bibtex);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.key).toBe("apm_country_sdn_2026_11");
    expect(entry!.fields.title).toBe("Sudan: country profile");
    expect(entry!.fields.edition).toBe("2026.11");
    // bibtex-parser reads publisher as a list (it may hold several, joined by "and").
    expect(entry!.fields.publisher).toEqual(["Atrocity Prevention Monitor editors"]);
    expect(entry!.fields.author).toEqual([{ name: "Atrocity Prevention Monitor editors" }]);
    expect(entry!.fields.url).toBe("https://example.org/countries/sdn/");
    expect(entry!.fields.year).toBe("2026");
    expect(entry!.fields.note).toContain("accessed 2026-11-25");
  });

  test("RIS has one record with every field", () => {
    const [record, ...rest] = parseRis(citations.ris);
    expect(rest).toEqual([]);
    expect(record).toEqual({
      TY: ["DATA"],
      ID: ["apm_country_sdn_2026_11"],
      AU: ["Atrocity Prevention Monitor editors"],
      TI: ["Sudan: country profile"],
      T2: ["Atrocity Prevention Monitor"],
      PY: ["2026"],
      DA: ["2026/11/25"],
      ET: ["2026.11"],
      PB: ["Atrocity Prevention Monitor editors"],
      UR: ["https://example.org/countries/sdn/"],
      Y2: ["2026/11/25"],
    });
  });

  test("CSL-JSON is one dataset item with edition, issue and access dates", () => {
    const [item, ...rest] = JSON.parse(citations.cslJson);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ type: "dataset", title: "Sudan: country profile", version: "2026.11", URL: "https://example.org/countries/sdn/", publisher: "Atrocity Prevention Monitor editors" });
    expect(item.issued["date-parts"]).toEqual([[2026, 11, 25]]);
    expect(item.accessed["date-parts"]).toEqual([[2026, 11, 25]]);
  });

  test("APA 7 and Chicago author-date name the edition and the address", () => {
    expect(citations.apa).toBe("Atrocity Prevention Monitor editors. (2026). Sudan: country profile [Dataset]. In Atrocity Prevention Monitor (Version 2026.11). Atrocity Prevention Monitor editors. https://example.org/countries/sdn/");
    expect(citations.chicago).toBe("Atrocity Prevention Monitor editors. 2026. “Sudan: Country Profile.” Data edition 2026.11. Atrocity Prevention Monitor. Atrocity Prevention Monitor editors. https://example.org/countries/sdn/.");
  });

  test("a line break in a title cannot start a new RIS tag", async () => {
    const ris = (await buildCitations(site, { ...target, title: "Sudan\nER  - \nTY  - JOUR" }, english)).ris;
    expect(parseRis(ris)).toHaveLength(1);
  });
});

const french = await buildCitations(site, { ...target, title: "Soudan : profil de pays" }, { lang: "fr", editionLabel: "Édition des données 2026.11" });
const chinese = await buildCitations(site, { ...target, title: "苏丹：国家概况" }, { lang: "zh", editionLabel: "数据版本 2026.11" });

describe("citations in the page's language", () => {

  test("APA and Chicago take their words and quotation marks from the language's CSL locale", () => {
    // citeproc-js puts French typography's no-break space before the colon.
    expect(french.apa).toMatch(/Soudan\s:\sprofil de pays \[Jeu de données\]/u);
    expect(french.apa).toContain("(Version 2026.11)");
    expect(french.chicago).toMatch(/«\sSoudan\s:\sprofil de pays\s». Édition des données 2026\.11\./u);
    expect(chinese.apa).toContain("[数据集]");
    expect(chinese.chicago).toContain("《苏丹：国家概况》. 数据版本 2026.11.");
    // English stays as it was: the plugin's own en-US locale.
    expect(citations.apa).toContain("[Dataset]");
  });

  test("BibTeX, RIS and CSL-JSON do not depend on the language", () => {
    expect(french.bibtex.replace(/Soudan\s:\sprofil de pays/u, "Sudan: country profile")).toBe(citations.bibtex);
    expect(JSON.parse(french.cslJson)[0].URL).toBe(target.url);
  });
});

describe("citeproc's engines, kept between references", () => {
  const languages = ["en", "fr", "es", "ru", "zh", "ar"] as const;
  const item = (title: string) => ({ ...cslItem(site, { ...target, title }), genre: "Data edition 2026.11" });

  test("give what citation-js's own formatting gives, in every style and language", () => {
    for (const lang of languages) {
      for (const style of ["apa", "chicago-author-date"] as const) {
        for (const title of ["Sudan: country profile", "Myanmar: country profile"]) {
          const reference = formatBibliography(item(title), style, lang);
          expect(reference).toBe(new Cite([item(title)]).format("bibliography", bibliographyOptions(style, lang)).trim());
          expect(reference).toContain(title.split(":")[0]);
        }
      }
    }
  });

  test("the same id with another title is formatted afresh, not from the engine's registry", () => {
    expect(formatBibliography(item("First title"), "apa", "en")).toContain("First title");
    expect(formatBibliography(item("Second title"), "apa", "en")).toContain("Second title");
    expect(formatBibliography(item("Second title"), "apa", "en")).toContain("Second title");
  });
});
