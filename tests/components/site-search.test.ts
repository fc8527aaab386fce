import { describe, expect, test } from "vitest";
import { pageUrl } from "../../src/build/search-index.ts";
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

  test("any other tag in page text stays text, and entities are decoded once", () => {
    expect(excerptParts('<img src=x onerror="alert(1)"> &amp;lt;b&amp;gt; &lt;script&gt; <mark>x</mark>')).toEqual([
      { text: '<img src=x onerror="alert(1)"> &lt;b&gt; <script> ', mark: false },
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
