/**
 * Every URL a piece of CSS refers to — `url()` (however written: quoted, unquoted, escaped) and
 * `@import` — found by css-tree's tokenizer and parser, not by pattern matching.
 */
import { ident, parse, walk } from "css-tree";

export interface CssReference {
  url: string;
  /** "url()" or "@import": where the URL was written, for messages. */
  via: "url()" | "@import";
}

/**
 * css-tree recognises `url(` only when spelled plainly, but a browser decodes escapes first, so
 * `\75 rl(x)` loads x too: css-tree leaves the quoted form as a Function and the unquoted one as Raw.
 */
const ESCAPED_CALL = /((?:[a-z0-9_-]|\\[0-9a-f]{1,6}\s?|\\[^0-9a-f\n])+)\(\s*([^)]*?)\s*\)/gi;

function isUrlName(name: string): boolean {
  return ident.decode(name).toLowerCase() === "url";
}

/** Quick test before parsing: without "(" or "@" (or an escape that could spell them) no URL is possible. */
const MAY_HOLD_URL = /[(@\\]/;

/** `context` "stylesheet" for .css files and <style>, "declarationList" for style="" attributes. */
export function cssReferences(css: string, context: "stylesheet" | "declarationList"): CssReference[] {
  if (!MAY_HOLD_URL.test(css)) return [];
  const found: CssReference[] = [];
  const ast = parse(css, { context, parseValue: true, parseAtrulePrelude: true, parseCustomProperty: true });
  walk(ast, function (node) {
    const inImport = this.atrule?.name.toLowerCase() === "import";
    const via = inImport ? "@import" : "url()";
    if (node.type === "Url") found.push({ url: node.value, via });
    else if (node.type === "Function" && node.name.includes("\\") && isUrlName(node.name)) {
      const argument = node.children.first;
      if (argument?.type === "String" || argument?.type === "Raw") found.push({ url: argument.value, via });
    } else if (node.type === "Raw" && node.value.includes("\\")) {
      for (const [, name, url] of node.value.matchAll(ESCAPED_CALL)) if (isUrlName(name)) found.push({ url, via });
    }
    else if (node.type === "Atrule" && node.name.toLowerCase() === "import" && node.prelude?.type === "AtrulePrelude") {
      // @import "file.css" is a plain string; @import url(file.css) is met by the Url branch.
      const first = node.prelude.children.first;
      if (first?.type === "String") found.push({ url: first.value, via: "@import" });
    }
  });
  return found;
}
