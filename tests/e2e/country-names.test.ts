/**
 * UN country names in the built pages (issue 10): each language's profile, index and map show the
 * UNTERM short name (else the UNSD name) from data/sources/un-country-names, read here from the
 * raw CSV, and regions are the UN M49 regions named in the page's language.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";
import { parsePage, query, queryAll, text } from "../helpers/page-dom.ts";
import { DIST } from "../helpers/site-pages.ts";
import { readRawCsv } from "../helpers/raw-data.ts";

const names = new Map(readRawCsv("un-country-names/un-country-names.csv").map((r) => [r.iso3, r]));
const { open } = useSite();

describe("country names follow the page's language", () => {
  test.each([
    ["fr/countries/civ/", "Côte d'Ivoire"],
    ["zh/countries/sdn/", "苏丹"],
    ["ar/countries/sdn/", "السودان"],
    ["ru/countries/rus/", "Российская Федерация"],
    ["countries/gbr/", "United Kingdom of Great Britain and Northern Ireland"],
    ["es/countries/sdn/", "Sudán"],
  ])("%s is headed %s", (path, name) => {
    // Static markup, read from the built page (tests/helpers/page-dom.ts) rather than loaded in Chromium.
    const document = parsePage(readFileSync(join(DIST, path, "index.html"), "utf8"));
    const heading = text(query("h1", document)!).replace(/\s+/g, " ").trim();
    expect(heading.replace(/\s+[A-Z]{3}$/, "")).toBe(name);
    expect(text(query("head > title", document)!)).toContain(name);
  });

  test("the source's own cells, without UNTERM's article: Soudan (le) → Soudan", () => {
    expect(names.get("SDN")?.unterm_short_fr).toBe("Soudan (le)");
    expect(names.get("SDN")?.unterm_short_zh).toBe("苏丹");
  });

  test("every Russian map view lists equal values in Russian alphabetical order", () => {
    // The model breaks ties by English name; a page in another language breaks them by its own names.
    const collator = new Intl.Collator("ru");
    const views = readdirSync(join(DIST, "ru/map"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("index.html") && !f.includes("cite"));
    expect(views.length).toBeGreaterThan(60);
    let ties = 0;
    for (const view of views) {
      const page = parsePage(readFileSync(join(DIST, "ru/map", view), "utf8"));
      const rows = queryAll('table[data-table="map-ranked"] tbody tr', page).map((tr) => queryAll("td, th", tr).map((cell) => text(cell).trim()));
      rows.slice(1).forEach(([rank, name, ...rest], i) => {
        const [prevRank, prevName, ...prevRest] = rows[i]!;
        if (rank !== prevRank || rest.join() !== prevRest.join()) return;
        ties++;
        expect(collator.compare(prevName!, name!), `${view}: ${prevName} before ${name}`).toBeLessThan(0);
      });
    }
    expect(ties).toBeGreaterThan(100);
  });

  test("the French index lists French names in French order, with M49 regions in French", async () => {
    const page = await open("fr/countries/", false);
    const rows = await page.locator("#country-index tbody tr").evaluateAll((trs) => trs.map((tr) => ({ iso3: (tr as HTMLElement).dataset.iso3!, name: (tr as HTMLElement).dataset.name!, region: tr.querySelector("td")!.textContent })));
    const sudan = rows.find((r) => r.iso3 === "SDN")!;
    expect(sudan).toEqual({ iso3: "SDN", name: "Soudan", region: "Afrique" });
    const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name, "fr"));
    expect(rows.map((r) => r.iso3)).toEqual(sorted.map((r) => r.iso3));
    const options = await page.locator('select[name="region"] option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options.slice(1)).toEqual([["002", "Afrique"], ["019", "Amériques"], ["142", "Asie"], ["150", "Europe"], ["009", "Océanie"]]);
    await page.context().close();
  });
});
