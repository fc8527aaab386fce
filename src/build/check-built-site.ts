/**
 * Checks over the built HTML before it may replace dist/: no internal link that leads nowhere, and
 * no resource loaded from another origin (the site makes no third-party requests).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every .html file under a folder, sorted. */
export function listHtmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listHtmlFiles(full));
    else if (name.endsWith(".html")) out.push(full);
  }
  return out;
}

const ATTRIBUTE = /\s(href|src|srcset|action|poster|data)=("([^"]*)"|'([^']*)'|([^\s>]+))/g;
const LOADS_RESOURCE = /<(script|img|iframe|source|video|audio|embed|object|use|link(?![^>]*rel="?(canonical|license|prev|next|alternate)))[^>]*>/gi;

export function checkBuiltSite(distDir: string, base: string): string[] {
  const problems: string[] = [];
  for (const file of listHtmlFiles(distDir)) {
    const html = readFileSync(file, "utf8");
    const page = relative(distDir, file);
    for (const tag of html.match(LOADS_RESOURCE) ?? []) {
      for (const [, , , a, b, c] of tag.matchAll(ATTRIBUTE)) {
        const url = a ?? b ?? c ?? "";
        if (/^(https?:)?\/\//.test(url)) problems.push(`${page}: loads a resource from another origin: ${url}`);
      }
    }
    // An SVG <use> of the shared map geometry is checked like a link: its file must be there.
    for (const [, href] of html.matchAll(/<(?:a|use)\s[^>]*href="([^"#?]*)[^"]*"/g)) {
      if (!href || /^[a-z]+:/i.test(href) || href.startsWith("//")) continue;
      if (!href.startsWith(base)) {
        problems.push(`${page}: internal link outside the base path ${base}: ${href}`);
        continue;
      }
      const target = join(distDir, decodeURIComponent(href.slice(base.length)));
      const exists = href.endsWith("/") ? existsSync(join(target, "index.html")) : existsSync(target);
      if (!exists) problems.push(`${page}: broken link ${href}`);
    }
  }
  return problems;
}
