/**
 * Six languages (issue 10): every page exists in each, with its own lang/dir, canonical and
 * hreflang alternates, and the language switcher keeps the visitor on the same view.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";
import { builtPagePaths, DIST, pageLanguage, PREFIXED_LANGUAGES } from "../helpers/site-pages.ts";
import { getModel } from "../../src/model/model.ts";

const { site } = getModel();
const { open, baseUrl } = useSite();
const base = new URL(baseUrl).pathname;
/** Pages that have no address of their own and exist once, at the root. */
const LANGUAGE_FREE = ["404.html"];
const pages = builtPagePaths().filter((p) => !LANGUAGE_FREE.includes(p));
const html = (path: string) => readFileSync(join(DIST, `${path}index.html`), "utf8");
const inLanguage = (lang: string) =>
  pages.filter((p) => pageLanguage(p) === lang).map((p) => (lang === "en" ? p : p.slice(lang.length + 1)));

describe("every page in every language", () => {
  test("the site publishes the six UN languages, English at the root", () => {
    expect(site.languages).toEqual(["en", "ar", "zh", "fr", "ru", "es"]);
    expect(PREFIXED_LANGUAGES).toEqual(site.languages.filter((l) => l !== "en"));
  });

  // Embed pages (/embed/<chart>/) are built in English only so far: every other page exists in each language.
  test.each(PREFIXED_LANGUAGES)("%s has exactly the pages English has, embeds aside", (lang) => {
    const english = inLanguage("en").filter((p) => !p.startsWith("embed/")).sort();
    expect(english.length).toBeGreaterThan(300);
    expect(inLanguage(lang).sort()).toEqual(english);
  });

  test("the document says its language and direction", () => {
    expect(html("fr/")).toMatch(/<html lang="fr" dir="ltr">/);
    expect(html("ar/")).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html("ar/countries/sdn/")).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html("zh/map/")).toMatch(/<html lang="zh" dir="ltr">/);
    expect(html("")).toMatch(/<html lang="en" dir="ltr">/);
  });

  test("canonical per language and hreflang alternates for all six plus x-default", () => {
    const page = html("fr/countries/civ/");
    const origin = site.address.url.replace(/\/$/, "");
    expect(page).toContain(`<link rel="canonical" href="${origin}/fr/countries/civ/">`);
    const alternates = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(([, lang, href]) => [lang, href]);
    expect(alternates).toEqual([
      ["en", `${origin}/countries/civ/`],
      ["ar", `${origin}/ar/countries/civ/`],
      ["zh", `${origin}/zh/countries/civ/`],
      ["fr", `${origin}/fr/countries/civ/`],
      ["ru", `${origin}/ru/countries/civ/`],
      ["es", `${origin}/es/countries/civ/`],
      ["x-default", `${origin}/countries/civ/`],
    ]);
  });

  test("a page's links and forms stay in its language; downloads and feeds stay language-free", () => {
    const page = html("zh/countries/sdn/");
    // The whole body (header, search box, footer) but the switcher, whose links lead to the other languages.
    const body = /<body\b[\s\S]*<\/body>/.exec(page)![0].replace(/<nav class="lang-switcher[\s\S]*?<\/nav>/, "");
    const internal = [...body.matchAll(/(?:href|action)="(\/[^"#?]*)/g)].map(([, href]) => href);
    // The search box without JavaScript: links to the indexes, and the form's action, in Chinese too.
    const search = /<div class="site-search[\s\S]*?<\/form>/.exec(body)![0];
    expect([...search.matchAll(/(?:href|action)="([^"]*)"/g)].map(([, href]) => href)).toEqual(["/zh/countries/", "/zh/recommendations/", "/zh/countries/"]);
    expect(internal.length).toBeGreaterThan(5);
    for (const href of internal) {
      if (/^\/(downloads|geo|styles|embed|data\/datapackage\.json|rss\.xml|atom\.xml)/.test(href)) continue;
      expect(href, href).toMatch(/^\/zh\//);
    }
  });
});

describe("the language switcher", () => {
  test.each([
    ["fr/countries/civ/", "fr", "en"],
    ["zh/countries/sdn/", "zh", "ar"],
  ])("round trip from %s, with and without JavaScript", async (path, from, via) => {
    for (const javaScript of [true, false]) {
      const page = await open(path, javaScript);
      const pathOf = () => new URL(page.url()).pathname;
      expect(await page.locator(`.lang-switcher a[aria-current="true"]`).getAttribute("hreflang")).toBe(from);
      await page.click(`.lang-switcher a[hreflang="${via}"]`);
      await page.waitForURL((url) => url.pathname === `${base}${via === "en" ? "" : `${via}/`}${path.slice(from.length + 1)}`);
      expect(await page.locator("html").getAttribute("lang")).toBe(via);
      expect(await page.locator("h1").textContent()).toContain(path.includes("civ") ? "CIV" : "SDN");
      await page.click(`.lang-switcher a[hreflang="${from}"]`);
      await page.waitForURL((url) => url.pathname === `${base}${path}`);
      expect(pathOf()).toBe(`${base}${path}`);
      expect(await page.locator("html").getAttribute("lang")).toBe(from);
      await page.context().close();
    }
  });

  test("keeps the map layer and period the visitor chose, and the query string", async () => {
    const page = await open("fr/map/");
    await page.click('#map-view nav a[href$="/fr/map/observed/2024/"]');
    await expect.poll(() => page.locator("#map-view").getAttribute("data-layer"), { timeout: 15_000 }).toBe("observed");
    await page.click('.lang-switcher a[hreflang="zh"]');
    await page.waitForURL((url) => url.pathname === `${base}zh/map/observed/2024/`);
    expect(await page.locator("#map-view").getAttribute("data-period")).toBe("2024");
    await page.goto(`${baseUrl}es/countries/?region=Africa`);
    await page.click('.lang-switcher a[hreflang="ru"]');
    await page.waitForURL((url) => url.pathname === `${base}ru/countries/`);
    expect(new URL(page.url()).searchParams.get("region")).toBe("Africa");
    await page.context().close();
  });
});
