/**
 * The one place where text becomes markup outside Astro's own escaping. Chart and map SVG is built
 * as strings (and serialised by linkedom, which leaves the text of an HTML-namespace `<title>`
 * unescaped: inside an inline `<svg>` the browser then parses it as live markup). So every string
 * from data/ goes through `escapeMarkup`, and every finished SVG through `assertInertSvg`, which
 * refuses anything that could run.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for an SVG/HTML text node or a quoted attribute value. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Elements that run code or pull in other documents; SVG charts need none of them. */
const ACTIVE_ELEMENTS = new Set(["script", "foreignobject", "iframe", "object", "embed", "image", "audio", "video", "animate", "set", "handler"]);
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
const SCRIPT_URL = /^["']?\s*(?:javascript|data|vbscript):/i;

/** True when an attribute list has an event handler or a link to a script URL. */
function hasActiveAttribute(attributes: string): boolean {
  for (const [, name, value = ""] of attributes.matchAll(ATTRIBUTE)) {
    const lower = name.toLowerCase();
    if (lower.startsWith("on")) return true;
    if ((lower === "href" || lower === "xlink:href" || lower === "src") && SCRIPT_URL.test(value)) return true;
  }
  return false;
}

/**
 * Throws when a rendered SVG contains an element or attribute that could execute: a renderer bug or
 * a missed escape must stop the build, never publish. Only real tags are inspected (escaped text
 * has no raw `<`), so a data string that merely mentions "onload=" (escaped inside a quoted value) still shows as text.
 */
export function assertInertSvg(svg: string, id: string): string {
  for (const match of svg.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const [tag, name, attributes] = match;
    if (ACTIVE_ELEMENTS.has(name.toLowerCase()) || hasActiveAttribute(attributes)) {
      throw new Error(`chart "${id}": refusing to publish SVG with active content: ${tag.slice(0, 80)}`);
    }
  }
  if (/<!\[CDATA\[/.test(svg)) throw new Error(`chart "${id}": refusing to publish SVG with a CDATA section`);
  return svg;
}
