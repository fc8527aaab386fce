/**
 * A strict Content-Security-Policy blocks `<style>` elements in pages. A renderer that styles its SVG
 * with one (the world map) keeps doing so; the page shows the SVG without it, and the same rules are
 * served from a stylesheet file (/styles/data.css). Pure: markup in, markup and CSS out.
 */

const STYLE_ELEMENT = /<style(?:\s[^>]*)?>([^<]*)<\/style>/g;

/** The SVG without its `<style>` elements, and their rules one per line, each once. */
export function splitSvgStyles(svg: string): { markup: string; css: string } {
  const rules: string[] = [];
  for (const [, css] of svg.matchAll(STYLE_ELEMENT)) rules.push(...cssRules(css));
  return { markup: svg.replace(STYLE_ELEMENT, ""), css: [...new Set(rules)].join("\n") };
}

/** Top-level rules of a flat stylesheet (no nested blocks: the renderers write none). */
function cssRules(css: string): string[] {
  return css.split("}").map((rule) => rule.trim()).filter(Boolean).map((rule) => `${rule}}`);
}
