/**
 * Finds reader-facing literal text in an .astro source, with Astro's own parser: text nodes outside
 * <style> and <script>, the attributes a reader or screen reader meets (title, alt, aria-label,
 * placeholder…), and string literals given to text-bearing options in the frontmatter (title,
 * yLabel, label…). Used by tests/i18n/hard-coded-text.test.ts.
 */
import { parse } from "@astrojs/compiler-rs";

/** Names that stay the same in every language: file formats and feed formats. */
const ALLOWED_WORDS = new Set(["RSS", "Atom", "CSV", "JSON", "SVG"]);
/** File names shown as link text ("datapackage.json", "recommendations.csv", ".csv"). */
const FILE_NAME = /(?:^|\s)[\w.-]*\.(?:csv|json|svg|xml)(?=$|\s)/g;
const VISIBLE_ATTRIBUTES = new Set(["title", "alt", "aria-label", "aria-description", "placeholder", "label"]);
const TEXT_OPTIONS = new Set(["title", "description", "yLabel", "label", "unit", "takeaway", "caption", "heading", "text", "summary"]);

/** The English-looking words left in a piece of text, if any. */
export function englishWords(text: string): string[] {
  return (text.replace(FILE_NAME, " ").match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED_WORDS.has(word));
}

export interface Finding {
  where: string;
  text: string;
}

type Node = { type?: string; [key: string]: unknown };

function elementName(node: Node): string | undefined {
  const opening = node.openingElement as { name?: { name?: string } } | undefined;
  return opening?.name?.name;
}

/** Every piece of reader-facing literal text in one .astro source. */
export function findHardCodedText(source: string): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: unknown, inCode: boolean): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, inCode));
    if (!node || typeof node !== "object") return;
    const n = node as Node;
    const name = n.type === "JSXElement" ? elementName(n) : undefined;
    const code = inCode || name === "style" || name === "script" || n.type === "AstroScript";
    if (!code && n.type === "JSXText" && englishWords(String(n.value)).length > 0) findings.push({ where: "text", text: String(n.value).trim() });
    if (n.type === "JSXAttribute") {
      const attribute = (n.name as { name?: string })?.name ?? "";
      const value = n.value as { type?: string; value?: unknown } | null;
      if (VISIBLE_ATTRIBUTES.has(attribute) && value?.type === "Literal" && englishWords(String(value.value)).length > 0) findings.push({ where: `${attribute}=`, text: String(value.value) });
    }
    if (n.type === "Property") {
      const key = (n.key as { name?: string; value?: unknown })?.name ?? String((n.key as { value?: unknown })?.value ?? "");
      const value = n.value as { type?: string; value?: unknown };
      if (TEXT_OPTIONS.has(key) && value?.type === "Literal" && typeof value.value === "string" && englishWords(value.value).length > 0) findings.push({ where: `${key}:`, text: value.value });
    }
    for (const [key, child] of Object.entries(n)) if (key !== "type") visit(child, code);
  };
  visit(parse(source).ast, false);
  return findings;
}
