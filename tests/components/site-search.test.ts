import { describe, expect, test } from "vitest";
import { INDEX_CONFIG, pageUrl, searchablePage, withoutUnindexed } from "../../src/build/search-index.ts";
import { excerptParts } from "../../src/components/site-search.ts";

describe("excerptParts", () => {
  test("splits Pagefind's marks from the text around them", () => {
    expect(excerptParts("Violence in <mark>Sudan</mark> and South <mark>Sudan</mark>.")).toEqual([
      { text: "Violence in ", mark: false },
      { text: "Sudan", mark: true },
      { text: " and South ", mark: false },
      { text: "Sudan", mark: true },
      { text: ".", mark: false },
    ]);
  });

  test("any other tag stays text; the < and > Pagefind escapes are decoded, an & is left as it came", () => {
    expect(excerptParts('<img src=x onerror="alert(1)"> R&amp;D &lt;script&gt; <mark>x</mark>')).toEqual([
      { text: '<img src=x onerror="alert(1)"> R&amp;D <script> ', mark: false },
      { text: "x", mark: true },
    ]);
  });
});

describe("pageUrl", () => {
  test("a folder page is addressed by its folder, other files by their name", () => {
    expect(pageUrl("/site", "/site/index.html")).toBe("/");
    expect(pageUrl("/site", "/site/countries/sdn/index.html")).toBe("/countries/sdn/");
    expect(pageUrl("/site", "/site/404.html")).toBe("/404.html");
  });
});

describe("searchablePage", () => {
  const page = (title: string, main = "<h1>Map</h1><svg><title>Chart</title></svg><p>Sudan</p>") =>
    `<!DOCTYPE html><html lang="fr" dir="ltr"><head><title>${title}</title><script src="/a.js"></script></head><body><header><nav>x</nav></header><main id="main" class="wrap">${main}</main><footer>f</footer></body></html>`;

  test("Pagefind gets the page's language and its <main> without drawings, titled by the page title less the site name", () => {
    expect(searchablePage(page("Deaths &amp; &lt;i&gt;, 2024 · Monitor"), "Monitor")).toBe(
      '<!DOCTYPE html><html lang="fr"><head></head><body><main id="main" class="wrap"><meta data-pagefind-meta="title[content]" content="Deaths &amp; &lt;i&gt;, 2024"><h1>Map</h1><p>Sudan</p></main></body></html>',
    );
  });

  test("a page without <main> is handed over whole; one without a title gets no title metadata", () => {
    const bare = "<html><head><title>A</title></head><body><p>x</p></body></html>";
    expect(searchablePage(bare, "M")).toBe(bare);
    expect(searchablePage(page(""), "M")).toBe('<!DOCTYPE html><html lang="fr"><head></head><body><main id="main" class="wrap"><h1>Map</h1><p>Sudan</p></main></body></html>');
  });

  test("drawings go with everything inside them, nested ones too; text around them stays", () => {
    expect(withoutUnindexed('a<svg viewBox="0 0 1 1"><svg><text>1</text></svg><title>t</title></svg>b<SVG\n><g/></SVG >c<svgx>d')).toBe("abc<svgx>d");
    expect(withoutUnindexed('a<svg href="#x"/>b')).toBe("ab");
    expect(withoutUnindexed("<p>&lt;svg&gt; in text</p>")).toBe("<p>&lt;svg&gt; in text</p>");
  });

  test("so does everything else Pagefind skips: navigation, citation blocks, the ranked list, data-search-ignore", () => {
    const kept = '<p class="cite-this-not">k</p><table data-table="map-other"><tr><td>1</td></tr></table><navigation>n</navigation>';
    const cut = [
      '<nav aria-label="Periods"><a href="/map/observed/2023/">2023</a></nav>',
      '<details class="cite-this" data-cite="country-sdn"><summary>Cite</summary><details><pre>APA</pre></details><pre>BibTeX</pre></details>',
      '<details class="box cite-this"><pre>x</pre></details>',
      '<table data-table="map-ranked"><tr><td>Sudan</td></tr></table>',
      '<div data-search-ignore><div>inner</div></div>',
      '<section data-search-ignore="">s</section>',
    ];
    expect(withoutUnindexed(`a${cut.join("b")}c${kept}`)).toBe(`abbbbbc${kept}`);
  });

  test("each selector Pagefind is told to skip is one it cuts: the two come from one list", () => {
    expect(INDEX_CONFIG.excludeSelectors).toEqual(["svg", ".cite-this", "[data-search-ignore]", "nav", '[data-table="map-ranked"]']);
    for (const selector of INDEX_CONFIG.excludeSelectors!) {
      const element = /^\w+$/.test(selector) ? `<${selector}>x</${selector}>` : selector.startsWith(".") ? `<div class="${selector.slice(1)}">x</div>` : `<div ${selector.slice(1, -1)}>x</div>`;
      expect(withoutUnindexed(`a${element}b`), selector).toBe("ab");
    }
    // Attributes are read as such: a longer name, or the name inside another attribute's value, is not it.
    const kept = [
      "<div data-search-ignored>k</div>",
      '<p title="a cite-this b">k</p>',
      '<p title=" data-search-ignore ">k</p>',
      "<p title='a class=\"cite-this\" b'>k</p>",
      '<table data-table="map-ranked-not"></table>',
      '<p class="x" class="cite-this">k</p>',
    ];
    for (const element of kept) expect(withoutUnindexed(element), element).toBe(element);
    const cut = ['<p title="a cite-this" class="x cite-this">c</p>', "<p class='cite-this'>c</p>", "<p class=cite-this>c</p>", '<div DATA-SEARCH-IGNORE>c</div>', '<table DATA-TABLE = "map-ranked">c</table>'];
    for (const element of cut) expect(withoutUnindexed(`a${element}b`), element).toBe("ab");
  });
});
