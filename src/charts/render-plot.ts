/**
 * Renders an Observable Plot chart to an SVG string at build time (no browser), deterministically:
 * a fixed class name, ids renumbered per chart, numbers rounded, and Plot's `<g aria-label>` removed (axe flags it
 * as a prohibited attribute on an element with no role).
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { assertInertSvg, escapeMarkup } from "./svg-markup.ts";

export interface RenderOptions {
  /** Stable prefix for the chart's class and ids; unique per chart on a page. */
  id: string;
  /** Accessible name of the whole chart. */
  title: string;
  /** Longer text alternative (what the chart shows). */
  description: string;
}

export function renderPlot(options: Plot.PlotOptions, { id, title, description }: RenderOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const figure = Plot.plot({ ...options, className: id, document: document as unknown as Document }) as unknown as SVGSVGElement | HTMLElement;
  const svg = (figure.tagName.toLowerCase() === "svg" ? figure : figure.querySelector("svg")) as SVGSVGElement;
  for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  svg.removeAttribute("aria-label");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", `${id}-title ${id}-desc`);
  const body = roundNumbers(renumberIds(svg.outerHTML, id));
  // Title and description are spliced in as escaped strings rather than serialised by linkedom (see svg-markup.ts).
  const openTag = body.indexOf(">") + 1;
  const label = `<title id="${id}-title">${escapeMarkup(title)}</title><desc id="${id}-desc">${escapeMarkup(description)}</desc>`;
  return assertInertSvg(body.slice(0, openTag) + label + body.slice(openTag), id);
}

/** Two decimals are plenty on screen, and floating-point noise (190.00000000000003) must not reach the output. */
function roundNumbers(svg: string): string {
  return svg.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/** Plot's module-level counters make ids depend on render order; renumber them per chart. */
function renumberIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).filter((value) => !value.startsWith(prefix));
  let out = svg;
  ids.forEach((old, i) => {
    out = out.replaceAll(`"${old}"`, `"${prefix}-${i}"`).replaceAll(`#${old})`, `#${prefix}-${i})`).replaceAll(`#${old}"`, `#${prefix}-${i}"`);
  });
  return out;
}
