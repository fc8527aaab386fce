/** The pages of the built site, read from dist/ so a new page is tested without editing a list. */
import { relative, resolve } from "node:path";
import { listHtmlFiles } from "../../src/build/check-built-site.ts";

export const DIST = resolve(import.meta.dirname, "../../dist");

/** Paths relative to the base, e.g. "", "recommendations/3/", "404.html". */
export function builtPagePaths(): string[] {
  return listHtmlFiles(DIST).map((file) => relative(DIST, file).replace(/index\.html$/, ""));
}
