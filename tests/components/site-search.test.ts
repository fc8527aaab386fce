import { describe, expect, test } from "vitest";
import { pageUrl, withSearchTitle } from "../../src/build/search-index.ts";
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

describe("withSearchTitle", () => {
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><header>x</header><main id="main" class="wrap"><h1>Map</h1><svg><title>Chart</title></svg></main></body></html>`;

  test("the page title less the site name becomes the result title, escaped, at the start of <main>", () => {
    expect(withSearchTitle(page("Deaths &amp; &lt;i&gt;, 2024 · Monitor"), "Monitor")).toBe(
      page("Deaths &amp; &lt;i&gt;, 2024 · Monitor").replace('class="wrap">', 'class="wrap"><meta data-pagefind-meta="title[content]" content="Deaths &amp; &lt;i&gt;, 2024">'),
    );
  });

  test("a page without <main> or without a title is left as it is", () => {
    expect(withSearchTitle("<html><head><title>A</title></head><body><p>x</p></body></html>", "M")).toBe("<html><head><title>A</title></head><body><p>x</p></body></html>");
    expect(withSearchTitle(page(""), "M")).toBe(page(""));
  });
});
