/** Page weight of a built page: its HTML plus the local CSS, JS and images it loads, gzip-compressed. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

const gz = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** `pagePath` is relative to the base, e.g. "" or "countries/"; `base` is the site's base path. */
export function measurePage(distDir: string, pagePath: string, base = "/"): PageWeight {
  const htmlFile = join(distDir, pagePath.endsWith(".html") ? pagePath : join(pagePath, "index.html"));
  const html = readFileSync(htmlFile, "utf8");
  // Inline <style> and <script> are counted as CSS and JS, the rest of the document as HTML.
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join("");
  const inlineJs = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const markup = html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, "");
  const weight: PageWeight = {
    html: gz(markup),
    css: inlineCss ? gz(inlineCss) : 0,
    js: inlineJs.trim() ? gz(inlineJs) : 0,
    other: 0,
    total: 0,
  };
  const assets = new Set<string>();
  for (const [tag] of html.matchAll(/<(link|script|img)\b[^>]*>/g)) {
    if (tag.startsWith("<link") && !/\brel="?(stylesheet|modulepreload|preload)\b/.test(tag)) continue;
    const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (url?.startsWith(base)) assets.add(url);
  }
  for (const url of assets) {
    const file = join(distDir, url.slice(base.length).split(/[?#]/)[0]);
    if (!existsSync(file)) continue;
    const size = gz(readFileSync(file));
    if (url.endsWith(".css")) weight.css += size;
    else if (/\.m?js$/.test(url)) weight.js += size;
    else weight.other += size;
  }
  weight.total = weight.html + weight.css + weight.js + weight.other;
  return weight;
}
