import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { checkBuiltSite } from "../../src/build/check-built-site.ts";

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

test("a clean site under a sub-path has no problem; outbound links are allowed", () => {
  const dist = site({
    "index.html": '<a href="/monitor/a/">A</a><a href="https://ucdp.uu.se/">UCDP</a><link rel="canonical" href="https://x.org/monitor/">',
    "a/index.html": '<a href="/monitor/">home</a><img src="/monitor/a.svg"><svg><use href="/monitor/geo/w.svg#SDN"/></svg>',
    "geo/w.svg": "<svg/>",
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
      '<svg><use href="/monitor/geo/gone.svg#SDN"/><use href="#local"/></svg>',
    ].join(""),
  });
  expect(checkBuiltSite(dist, "/monitor/")).toEqual([
    "index.html: loads a resource from another origin: https://cdn.example/x.js",
    "index.html: loads a resource from another origin: //fonts.example/css",
    "index.html: loads a resource from another origin: http://img.example/a.png",
    "index.html: broken link /monitor/missing/",
    "index.html: internal link outside the base path /monitor/: /about/",
    "index.html: broken link /monitor/geo/gone.svg",
  ]);
});
