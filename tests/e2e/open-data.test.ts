/**
 * Citations, the open data package and the change feeds of the built site, checked against the
 * data files with parsers independent of the code that writes them.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import Ajv from "ajv-draft-04";
import AjvDraft07 from "ajv";
import { csvParse } from "d3";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";
import { parsePage, query, queryAll, text, type Document } from "../helpers/page-dom.ts";
import { readRawRecommendations, readRawYaml } from "../helpers/raw-data.ts";
import { builtPagePaths, DIST } from "../helpers/site-pages.ts";
import { parseRis } from "../citation/parse-ris.ts";

const { open, baseUrl } = useSite();
const site = readRawYaml<{ title: string; publisher: { name: string }; edition: { id: string; date: string } }>("site.yaml");
const edition = site.edition.id.replace("-", ".");
const rec12 = readRawRecommendations().find((r) => r.number === 12)!;

/**
 * A built page's static markup (tests/helpers/page-dom.ts), for the checks that read what a page says
 * without JavaScript: the same text Chromium would show, without a browser load per page.
 */
const built = (path: string): Document => parsePage(readFileSync(join(DIST, path, "index.html"), "utf8"));
const builtCiteText = (document: Document, format: string, within = "") =>
  text(query(`${within} .cite-this pre[data-cite-format="${format}"]`.trim(), document)!);

const citeTextIn = (page: Page, format: string, within = "") => page.locator(`${within} .cite-this pre[data-cite-format="${format}"]`).first().textContent();

describe("Cite this", () => {
  test.each([
    ["countries/sdn/", "Sudan: country profile"],
    ["recommendations/12/", `Recommendation 12: ${rec12.title}`],
    // A map view's citations are on its layer's page of citations, in the view's section (issue 12).
    ["map/observed/2024/", undefined, "map/observed/cite/", "#map-observed-2024"],
  ])("%s: BibTeX, RIS and CSL-JSON name the title, edition, page address and dates, without JavaScript", (path, title, citePage?: string, within = "") => {
    const page = built(citePage ?? path);
    const canonical = query('link[rel="canonical"]', page)!.attribs.href!;
    const url = new URL(`/${path}`, canonical).href;
    if (citePage) {
      // The view links to its section there, in one click (resolved as the browser resolves it).
      const link = new URL(query("a[data-map-cite]", built(path))!.attribs.href!, `${baseUrl}${path}`);
      expect(link.pathname + link.hash).toBe(`/${citePage}${within}`);
    } else expect(canonical).toBe(url);
    const citeText = (format: string) => builtCiteText(page, format, within);

    const [csl] = JSON.parse(citeText("cslJson"));
    if (title) expect(csl.title).toBe(title);
    else expect(csl.title).toContain("2024");
    expect(csl).toMatchObject({ version: edition, URL: url, publisher: site.publisher.name, "container-title": site.title });
    expect(csl.accessed["date-parts"][0]).toEqual(site.edition.date.split("-").map(Number));

    const { entries, errors } = parseBibtex(citeText("bibtex"));
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.fields.title).toBe(csl.title);
    expect(entries[0]!.fields.edition).toBe(edition);
    expect(entries[0]!.fields.url).toBe(url);

    const records = parseRis(citeText("ris"));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ TY: ["DATA"], TI: [csl.title], ET: [edition], UR: [url], PB: [site.publisher.name], Y2: [site.edition.date.replace(/-/g, "/")] });

    for (const format of ["apa", "chicago"]) {
      const cited = citeText(format);
      expect(cited).toContain(edition);
      expect(cited).toContain(url);
    }
  });

  test.each([
    ["countries/sdn/", ""],
    ["map/observed/cite/", "#map-observed-2024"],
  ])("%s: without JavaScript the copy buttons stay hidden and the citation text is there to select", async (path, within) => {
    const page = await open(path, false);
    // Open (the citation pages have their sections open already), so a closed <details> cannot be
    // why the button is hidden.
    await page.locator(`${within} details.cite-this`).first().evaluate((details) => ((details as HTMLDetailsElement).open = true));
    expect(await page.locator(`${within} .cite-this .copy-button`).first().isVisible()).toBe(false);
    expect(await page.locator(`${within} .cite-this pre[data-cite-format="bibtex"]`).first().isVisible()).toBe(true);
    await page.context().close();
  });

  test("the copy button copies the citation text", async () => {
    const page = await open("countries/sdn/");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator(".cite-this summary").first().click();
    const button = page.locator('.cite-this button[data-copy$="-bibtex"]').first();
    await button.click();
    await expect.poll(() => page.locator(".cite-this [data-copy-status]").nth(2).textContent()).not.toBe("");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await citeTextIn(page, "bibtex"));
    await page.context().close();
  });

  test("the trends charts and the whole dataset each have their citation, with stable anchors", () => {
    const trends = built("trends/");
    const urls = queryAll(".cite-this", trends).map((block) => block.attribs["data-cite-url"]);
    expect(urls.length).toBeGreaterThanOrEqual(1);
    for (const url of urls) {
      const anchor = new URL(url!).hash.slice(1);
      expect(queryAll(`[id="${anchor}"]`, trends).length, anchor).toBe(1);
    }
    const [csl] = JSON.parse(builtCiteText(built("data/"), "cslJson"));
    expect(csl.title).toContain(site.title);
    expect(csl.version).toBe(edition);
  });
});

describe("open data package", () => {
  const pkg = JSON.parse(readFileSync(join(DIST, "data/datapackage.json"), "utf8"));
  const canonicalData = () => pkg.homepage as string;
  /** dist/ file of a resource: its URL relative to the site address the package was built with. */
  const distFile = (url: string) => join(DIST, new URL(url).pathname.slice(new URL(canonicalData()).pathname.length - "data/".length));

  test("validates against the vendored Frictionless profile (see tests/fixtures/frictionless/README.md)", () => {
    const profile = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/frictionless/data-package-v1.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(profile);
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    const profileV2 = JSON.parse(readFileSync(join(import.meta.dirname, "../fixtures/frictionless/datapackage-v2.json"), "utf8"));
    const validateV2 = new AjvDraft07({ allErrors: true, strict: false, validateFormats: false, logger: false }).compile(profileV2);
    expect(validateV2(pkg), JSON.stringify(validateV2.errors)).toBe(true);
    expect(pkg.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
    expect(pkg.version).toBe(edition);
  });

  test("every resource exists in dist/ and matches its byte count and SHA-256", () => {
    for (const resource of pkg.resources) {
      const file = distFile(resource.path);
      expect(existsSync(file), resource.path).toBe(true);
      const bytes = readFileSync(file);
      expect(bytes.byteLength, resource.path).toBe(resource.bytes);
      expect(`sha256:${createHash("sha256").update(bytes).digest("hex")}`, resource.path).toBe(resource.hash);
    }
  });

  test("every CSV and JSON under /downloads/ is described, CSV fields in the file's column order", () => {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const published = walk(join(DIST, "downloads")).filter((f) => /\.(csv|json)$/.test(f)).map((f) => relative(DIST, f)).sort();
    const described = pkg.resources.map((r: { path: string }) => relative(DIST, distFile(r.path))).sort();
    expect(described).toEqual(published);
    for (const resource of pkg.resources.filter((r: { format: string }) => r.format === "csv")) {
      const { columns } = csvParse(readFileSync(distFile(resource.path), "utf8"));
      expect(resource.schema.fields.map((f: { name: string }) => f.name), resource.path).toEqual(columns);
      expect(resource.licenses.length).toBeGreaterThan(0);
      expect(resource.sources.length).toBeGreaterThan(0);
    }
  });

  test("/data/ links the package and carries a schema.org Dataset that lists it", () => {
    const page = built("data/");
    expect(queryAll('#open-data a[href$="/data/datapackage.json"]', page)).toHaveLength(1);
    expect(text(query("[data-csv-safety]", page)!)).toContain("apostrophe");
    const blocks = queryAll('script[type="application/ld+json"]', page).map((script) => text(script));
    expect(blocks).toHaveLength(1);
    const dataset = JSON.parse(blocks[0]!);
    expect(dataset).toMatchObject({ "@type": "Dataset", name: site.title, version: edition, datePublished: site.edition.date });
    expect(dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toContain(pkg.id);
  });

  test("the world UCDP series sums the country rows of the data file, per year", () => {
    const raw = csvParse(readFileSync(join(import.meta.dirname, "../../data/sources/ucdp-organized-violence-cy/one-sided-violence-country-year.csv"), "utf8"));
    const world = csvParse(readFileSync(join(DIST, "downloads/world-one-sided-deaths.csv"), "utf8"));
    for (const row of [world[0]!, world.at(-1)!]) {
      const sum = raw.filter((r) => r.year === row.year).reduce((total, r) => total + Number(r.deaths_best || 0), 0);
      expect(Number(row.deaths_best), row.year).toBe(sum);
      expect(row.edition).toBe(edition);
    }
  });
});

describe("what changed: page, feeds, sitemap and robots.txt", () => {
  const xml = (file: string) => {
    const text = readFileSync(join(DIST, file), "utf8");
    expect(XMLValidator.validate(text), file).toBe(true);
    return new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "entry", "url"].includes(name) }).parse(text);
  };

  /** Feed titles are HTML inside XML (readers render them): decoded once more, as a reader does. */
  const shown = (html: string) => parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`).document.querySelector("p")!.textContent;

  test("/changes/, rss.xml and atom.xml list the same changes, each dated in the edition window", () => {
    const page = built("changes/");
    const [since, until] = query("[data-window]", page)!.attribs["data-window"]!.split("/");
    expect(until).toBe(site.edition.date);
    const listed = queryAll("li[data-change]", page).map((li) => ({ id: li.attribs.id, date: li.attribs["data-date"]!, text: text(query("a", li)!) }));
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) expect(item.date > since! && item.date <= until!, item.id).toBe(true);
    // Recommendation 12 was first assessed in the window (data/recommendations, 2025-12-08).
    expect(listed.map((i) => i.id)).toContain("status-12-2025-12-08");

    const rss = xml("rss.xml").rss.channel;
    expect(rss.item.map((i: { guid: { "#text": string } }) => new URL(i.guid["#text"]).hash.slice(1))).toEqual(listed.map((i) => i.id));
    expect(rss.item.map((i: { title: string }) => shown(i.title))).toEqual(listed.map((i) => i.text));

    const atom = xml("atom.xml").feed;
    expect(atom.entry.map((e: { id: string }) => new URL(e.id).hash.slice(1))).toEqual(listed.map((i) => i.id));
    expect(atom.entry.map((e: { title: { "#text": string } }) => shown(e.title["#text"]))).toEqual(listed.map((i) => i.text));
    expect(atom.updated).toBe(`${site.edition.date}T00:00:00.000Z`);
  });

  test("each language has its own feeds: /fr/rss.xml and /fr/atom.xml say what /fr/changes/ says, in French, linking French pages", () => {
    const page = built("fr/changes/");
    const listed = queryAll("li[data-change]", page).map((li) => ({ id: li.attribs.id, text: text(query("a", li)!), href: query("a", li)!.attribs.href! }));
    const feedLinks = queryAll('link[rel="alternate"][type^="application/"]', page).map((link) => link.attribs.href);
    expect(feedLinks).toEqual(["/fr/rss.xml", "/fr/atom.xml"]);
    const rss = xml("fr/rss.xml").rss.channel;
    expect(rss.language).toBe("fr");
    expect(new URL(rss.link).pathname).toBe("/fr/changes/");
    expect(rss.item.map((i: { title: string }) => shown(i.title))).toEqual(listed.map((i) => i.text));
    // Each item links its anchor on /fr/changes/ and names the French page it concerns.
    expect(rss.item.map((i: { link: string }) => new URL(i.link).pathname + new URL(i.link).hash)).toEqual(listed.map((i) => `/fr/changes/#${i.id}`));
    expect(rss.item.map((i: { description: string }) => { const url = new URL(shown(i.description)!.split(": ").at(-1)!); return url.pathname + url.hash; })).toEqual(listed.map((i) => i.href));
    // Recommendation 12's first assessment, as the French list words it.
    expect(listed.find((i) => i.id === "status-12-2025-12-08")?.text).toMatch(/^Recommandation 12/);
    const atom = xml("fr/atom.xml").feed;
    expect(atom.entry.map((e: { title: { "#text": string } }) => shown(e.title["#text"]))).toEqual(listed.map((i) => i.text));
  });

  test("sitemap.xml lists exactly the built pages, and robots.txt names it", () => {
    const urls: string[] = xml("sitemap.xml").urlset.url.map((u: { loc: string }) => u.loc);
    const origin = new URL(urls[0]!);
    const base = new URL(JSON.parse(readFileSync(join(DIST, "data/datapackage.json"), "utf8")).homepage).pathname.replace(/data\/$/, "");
    const listed = urls.map((u) => new URL(u).pathname.slice(base.length)).sort();
    // Embed pages are `noindex` copies of a chart on its page: left out of the sitemap.
    const pages = builtPagePaths().filter((p) => (p.endsWith("/") || p === "") && !p.startsWith("embed/")).sort();
    expect(builtPagePaths().some((p) => p.startsWith("embed/"))).toBe(true);
    expect(listed).toEqual(pages);
    const robots = readFileSync(join(DIST, "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: ${new URL(`${base}sitemap.xml`, origin).href}`);
  });
});
