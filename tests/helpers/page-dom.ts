/**
 * A built page as a light DOM for checks that read many pages: htmlparser2's tokenizer (the one the
 * build's own checks use) into domhandler nodes, queried with css-select. About eight times faster
 * than linkedom's full DOM on these pages, which made the suite's page-reading checks its slowest
 * part; tests that read one page or need DOM methods keep linkedom.
 */
import { selectAll, selectOne, is } from "css-select";
import { DomHandler, isTag, isText, type AnyNode, type Document, type Element } from "domhandler";
import { textContent } from "domutils";
import { Parser } from "htmlparser2";

export type { AnyNode, Document, Element };
export { isTag, isText };

/** Parses a page as a browser's tokenizer would (entities decoded, names lower-cased). */
export function parsePage(html: string): Document {
  const handler = new DomHandler();
  new Parser(handler).end(html);
  return handler.root;
}

export const queryAll = (selector: string, root: AnyNode | AnyNode[]): Element[] => selectAll(selector, root);
export const query = (selector: string, root: AnyNode | AnyNode[]): Element | null => selectOne(selector, root);
export const matches = (element: Element, selector: string): boolean => is(element, selector);
/** Like the DOM's textContent: the text of every descendant, script and style text included. */
export const text = (node: AnyNode | AnyNode[]): string => textContent(node);

/** The nearest ancestor-or-self element matching `selector`, like Element.closest. */
export function closest(node: AnyNode, selector: string): Element | null {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    if (isTag(current) && is(current, selector)) return current;
  }
  return null;
}

/** The page's <html> element. */
export function documentElement(document: Document): Element {
  const html = document.children.find((node): node is Element => isTag(node) && node.name === "html");
  if (!html) throw new Error("no <html> element");
  return html;
}
