/**
 * Checks over the built site before it may be published: every internal URL (links, resources,
 * srcset, CSS url() and @import, meta refresh, SVG href) leads to a file, every #fragment to an id
 * in its target, nothing is loaded from another origin (the site makes no third-party requests),
 * and no event-handler attribute or javascript: URL ships. Pages are parsed (html-references.ts,
 * css-references.ts), never pattern-matched; targets are looked up in one listing of the output,
 * so the cost is linear in the size of the site.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { cssReferences } from "./css-references.ts";
import { scanHtml, type HtmlScan } from "./html-references.ts";

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

/** Every file under a folder as a "/"-separated path relative to it, in one recursive listing; `skip` leaves out a folder ("pagefind/"). */
export function listFiles(dir: string, skip?: string): Set<string> {
  const files = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/");
    if (skip === undefined || !path.startsWith(skip)) files.add(path);
  }
  return files;
}

/** A stand-in origin: relative and root-relative URLs resolve against it, anything else is another site. */
const SITE_ORIGIN = "http://built-site.invalid";

/** Files whose references are checked, and which can be #fragment targets (HTML and SVG). */
function scanFile(distDir: string, file: string): HtmlScan | undefined {
  const markup = file.endsWith(".html") || file.endsWith(".svg");
  if (!markup && !file.endsWith(".css")) return undefined;
  const text = readFileSync(join(distDir, file), "utf8");
  if (markup) return scanHtml(text);
  // A fragment-only url() in a stylesheet names an element of the document using it (an SVG pattern
  // or mask of the page), not of the stylesheet file: CSS Values 4, "local" URLs.
  const references = cssReferences(text, "stylesheet").filter(({ url }) => !url.startsWith("#")).map(({ url, via }) => ({ url, via, loads: true }));
  return { ids: new Set(), references, problems: [] };
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Which part of the output one pass checks, so the pages can be checked while the search index is
 * still being written beside them: `skip` leaves a folder out entirely (not listed, not scanned);
 * `only` scans just that folder's files, against a listing of everything.
 */
export interface CheckScope {
  skip?: string;
  only?: string;
}

export function checkBuiltSite(distDir: string, base: string, scope: CheckScope = {}): string[] {
  const { skip, only } = scope;
  const files = listFiles(distDir, skip);
  const scans = new Map<string, HtmlScan>();
  for (const file of [...files].sort()) {
    const scan = only === undefined || file.startsWith(only) ? scanFile(distDir, file) : undefined;
    if (scan) scans.set(file, scan);
  }

  /** The file a site path is served from: folders by their index.html, as static hosts do. */
  const targetOf = (path: string): string | undefined => {
    if (path === "" || path.endsWith("/")) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
    if (files.has(path)) return path;
    return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
  };

  const checkReference = (pageUrl: URL, { url: raw, via, loads }: HtmlScan["references"][number]): string | undefined => {
    let url: URL;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      return `invalid URL in ${via}: ${raw}`;
    }
    if (url.protocol === "javascript:") return `javascript: URL in ${via}: ${raw}`;
    if (url.origin !== SITE_ORIGIN) {
      const web = url.protocol === "http:" || url.protocol === "https:";
      return loads && web ? `loads a resource from another origin: ${raw} (${via})` : undefined;
    }
    if (!url.pathname.startsWith(base)) return `internal link outside the base path ${base}: ${raw} (${via})`;
    const path = decode(url.pathname.slice(base.length));
    const target = path === undefined ? undefined : targetOf(path);
    if (!target) return `broken link ${raw} (${via})`;
    const fragment = url.hash.length > 1 ? decode(url.hash.slice(1)) : undefined;
    const ids = scans.get(target)?.ids;
    // "#top" scrolls to the top of any HTML page without an element of that id.
    if (fragment !== undefined && ids && !ids.has(fragment) && !(fragment.toLowerCase() === "top" && target.endsWith(".html"))) {
      return `link to a missing id #${fragment} in ${target}: ${raw} (${via})`;
    }
    if (url.hash.length > 1 && fragment === undefined) return `invalid fragment in ${via}: ${raw}`;
    return undefined;
  };

  const problems: string[] = [];
  for (const [file, scan] of scans) {
    for (const problem of scan.problems) problems.push(`${file}: ${problem}`);
    const pageUrl = new URL(base + file.split("/").map(encodeURIComponent).join("/"), SITE_ORIGIN);
    for (const reference of scan.references) {
      const problem = checkReference(pageUrl, reference);
      if (problem) problems.push(`${file}: ${problem}`);
    }
  }
  return problems;
}
