import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { checkBuiltSiteAside } from "../../src/build/check-aside.ts";
import { checkBuiltSite, listFiles } from "../../src/build/check-built-site.ts";
import { refreshUrl } from "../../src/build/html-references.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(pages: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "apm-site-"));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

/** A site of one page holding `html`, beside an existing page, stylesheet and image under /monitor/. */
function problemsOf(html: string, extra: Record<string, string> = {}): string[] {
  const dist = site({
    "index.html": html,
    "a/index.html": '<h2 id="known">A</h2><a name="legacy"></a>',
    "s.css": "body{}",
    "i.svg": '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="sdn"></symbol></svg>',
    ...extra,
  });
  return checkBuiltSite(dist, "/monitor/");
}

test("a clean site under a sub-path has no problem; outbound links are allowed", () => {
  const dist = site({
    "index.html": '<a href="/monitor/a/">A</a><a href="https://ucdp.uu.se/">UCDP</a><link rel="canonical" href="https://x.org/monitor/"><main id="main"></main>',
    "a/index.html": '<a href="/monitor/">home</a><img src="/monitor/a.svg"><a href="../#main">up</a>',
    "a.svg": "<svg></svg>",
  });
  expect(checkBuiltSite(dist, "/monitor/")).toEqual([]);
});

test("finds broken internal links, links that ignore the base path, and third-party resources", () => {
  const dist = site({
    "index.html": [
      '<a href="/monitor/missing/">x</a>',
      '<a href="/about/">y</a>',
      '<script src="https://cdn.example/x.js"></script>',
      '<link rel="stylesheet" href="//fonts.example/css">',
      '<img src="http://img.example/a.png">',
    ].join(""),
  });
  expect(checkBuiltSite(dist, "/monitor/")).toEqual([
    "index.html: broken link /monitor/missing/ (a href)",
    "index.html: internal link outside the base path /monitor/: /about/ (a href)",
    "index.html: loads a resource from another origin: https://cdn.example/x.js (script src)",
    "index.html: loads a resource from another origin: //fonts.example/css (link href)",
    "index.html: loads a resource from another origin: http://img.example/a.png (img src)",
  ]);
});

test.each([
  ["single-quoted", "<a href='/monitor/gone/'>x</a>", "broken link /monitor/gone/ (a href)"],
  ["unquoted", "<a href=/monitor/gone/>x</a>", "broken link /monitor/gone/ (a href)"],
  ["upper-case attribute and entity-encoded", '<A HREF="/monitor/g&#111;ne/">x</A>', "broken link /monitor/gone/ (a href)"],
  ["relative", '<a href="gone/">x</a>', "broken link gone/ (a href)"],
  ["srcset candidate", '<img src="/monitor/i.svg" srcset="/monitor/i.svg 1x, /monitor/i-2x.png 2x" alt="">', "broken link /monitor/i-2x.png (img srcset)"],
  ["picture source srcset", '<picture><source srcset="/monitor/big.webp 800w"><img src="/monitor/i.svg" alt=""></picture>', "broken link /monitor/big.webp (source srcset)"],
  ["CSS url() in a style attribute", '<div style="background: url(/monitor/bg.png)"></div>', "broken link /monitor/bg.png (<div> style url())"],
  ["escaped CSS url() in a style element", "<style>p { background: \\75 rl('/monitor/bg.png') }</style>", "broken link /monitor/bg.png (<style> url())"],
  ["escaped unquoted CSS url() in a style attribute", '<p style="background: \\75 rl(/monitor/bg.png)"></p>', "broken link /monitor/bg.png (<p> style url())"],
  ["@import in a style element", '<style>@import "/monitor/gone.css";</style>', "broken link /monitor/gone.css (<style> @import)"],
  ["meta refresh", '<meta http-equiv="Refresh" content="0; URL=\'/monitor/gone/\'">', "broken link /monitor/gone/ (meta refresh)"],
  ["SVG image href", '<svg><image href="/monitor/map.png" /></svg>', "broken link /monitor/map.png (image href)"],
  ["SVG xlink:href", '<svg><use xlink:href="/monitor/gone.svg#x" /></svg>', "broken link /monitor/gone.svg#x (use xlink:href)"],
  ["missing fragment in another page", '<a href="/monitor/a/#unknown">x</a>', "link to a missing id #unknown in a/index.html: /monitor/a/#unknown (a href)"],
  ["missing fragment in the same page", '<a href="#nowhere">x</a>', "link to a missing id #nowhere in index.html: #nowhere (a href)"],
  ["missing pattern in an SVG fill", '<svg><pattern id="hatch"></pattern><path fill="url(#hatc)" /></svg>', "link to a missing id #hatc in index.html: #hatc (path fill)"],
  ["missing symbol in an SVG sprite", '<svg><use href="/monitor/i.svg#ssd" /></svg>', "link to a missing id #ssd in i.svg: /monitor/i.svg#ssd (use href)"],
  ["third-party font in CSS", "<style>@font-face { src: url(https://fonts.example/f.woff2) }</style>", "loads a resource from another origin: https://fonts.example/f.woff2 (<style> url())"],
  ["javascript: URL, entity-encoded and padded", '<a href=" &#106;avascript:alert(1)">x</a>', "javascript: URL in a href:  javascript:alert(1)"],
  ["javascript: URL in SVG", '<svg><a xlink:href="JavaScript:alert(1)"><text>x</text></a></svg>', "javascript: URL in a xlink:href: JavaScript:alert(1)"],
  ["event-handler attribute", '<img src="/monitor/i.svg" alt="" onerror="alert(1)">', "event-handler attribute onerror on <img>"],
  ["event-handler attribute in SVG", '<svg onload="alert(1)"></svg>', "event-handler attribute onload on <svg>"],
])("detects a problem: %s", (_, html, problem) => {
  expect(problemsOf(html)).toEqual([`index.html: ${problem}`]);
});

test("CSS files are checked too, relative to their own address", () => {
  const problems = problemsOf('<link rel="stylesheet" href="/monitor/_astro/site.css">', {
    "_astro/site.css": '@import url("../s.css"); @import "gone.css"; .x { background: url(../i.svg) } .y { background: url(img/none.png) } .z { fill: url(#page-pattern) }',
  });
  expect(problems).toEqual([
    "_astro/site.css: broken link gone.css (@import)",
    "_astro/site.css: broken link img/none.png (url())",
  ]);
});

test("existing fragments, #top, <a name>, folders without a slash and data: URLs pass", () => {
  expect(
    problemsOf(
      '<a href="/monitor/a/#known">k</a><a href="/monitor/a#legacy">l</a><a href="#top">t</a><a href="mailto:x@y.org">m</a>' +
        '<img alt="" src="data:image/png;base64,AAAA"><svg><use href="/monitor/i.svg#sdn" /></svg><link rel="stylesheet" href="s.css">',
    ),
  ).toEqual([]);
});

test("the refresh URL is read as the HTML spec reads it", () => {
  expect(refreshUrl("5; url=/a/")).toBe("/a/");
  expect(refreshUrl("0;URL='/b/'")).toBe("/b/");
  expect(refreshUrl('3, "/c/"')).toBe("/c/");
  expect(refreshUrl("10")).toBeUndefined();
});

test("one listing of the output holds every file by its site path", () => {
  const dist = site({ "index.html": "", "a/b/index.html": "", "_astro/x.css": "" });
  expect([...listFiles(dist)].sort()).toEqual(["_astro/x.css", "a/b/index.html", "index.html"]);
});

test("the pages can be checked while the search index is written: one pass skips its folder, a second checks only it", async () => {
  const dist = site({
    "index.html": '<a href="/monitor/a/">A</a><a href="/monitor/gone/">gone</a>',
    "a/index.html": "",
    "pagefind/x.css": '@import "missing.css";',
  });
  expect(listFiles(dist, "pagefind/")).toEqual(new Set(["index.html", "a/index.html"]));
  expect(checkBuiltSite(dist, "/monitor/", { skip: "pagefind/" })).toEqual(["index.html: broken link /monitor/gone/ (a href)"]);
  expect(checkBuiltSite(dist, "/monitor/", { only: "pagefind/" })).toEqual(["pagefind/x.css: broken link missing.css (@import)"]);
  // The build runs the first pass on a second thread, with the same result.
  expect(await checkBuiltSiteAside(dist, "/monitor/", { skip: "pagefind/" })).toEqual(["index.html: broken link /monitor/gone/ (a href)"]);
});
