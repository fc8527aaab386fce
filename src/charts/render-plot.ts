/**
 * Renders an Observable Plot chart to an SVG string at build time (no browser), deterministically:
 * a fixed class name, ids renumbered per chart, numbers rounded, and Plot's `<g aria-label>` removed (axe flags it
 * as a prohibited attribute on an element with no role).
 *
 * Plot styles its output inline (a `<style>` element, `style=` and `font-variant` attributes). A strict
 * Content-Security-Policy blocks inline styles and html-validate rejects `font-variant` on SVG, so they
 * become classes defined in src/styles/charts.css; a declaration with no class there stops the build.
 */
import * as Plot from "@observablehq/plot";
import { EventTarget as LinkedomEventTarget, parseHTML } from "linkedom";
import { assertInertSvg, escapeMarkup } from "./svg-markup.ts";

export interface RenderOptions {
  /** Stable prefix for the chart's class and ids; unique per chart on a page. */
  id: string;
  /** Accessible name of the whole chart. */
  title: string;
  /** Longer text alternative (what the chart shows). */
  description: string;
}

/**
 * linkedom's EventTarget gives every node it constructs a listener table up front (a Map, kept in a
 * module-private WeakMap), and a chart is thousands of nodes, attributes included: tracing those
 * WeakMap entries made the garbage collector most of the cost of drawing a chart (the real site's
 * 3,576 country charts, replayed on one thread: 12.1-13.2 CPU-seconds with the tables made up
 * front, 6.2-7.6 with them made on first use). Plot adds no listener to a static chart, so here
 * the table is made when a listener is first added or looked up: that WeakMap is caught as the
 * constructor fills it (WeakMap's `set` wrapped for that one call) and given its own `set`, which
 * the constructor's call now reaches and which does nothing, and its own `get`, which makes the
 * table it is asked for. Listeners work as before (tests/charts/listener-tables.test.ts); false if
 * linkedom no longer fills a WeakMap in that constructor. A second evaluation of this module against
 * the same linkedom (a test runner that re-imports it) finds the mark the first one left: the
 * constructor's call then never reaches WeakMap's prototype, and nothing is left to catch.
 */
const LAZY_MARK = Symbol.for("atrocity-prevention-monitor.listener-tables-lazy");

function makeListenerTablesLazy(): boolean {
  const target = LinkedomEventTarget as unknown as Record<symbol, boolean>;
  if (target[LAZY_MARK]) return true;
  const { get, set } = WeakMap.prototype;
  let tables: WeakMap<object, Map<string, unknown>> | undefined;
  WeakMap.prototype.set = function (this: WeakMap<object, Map<string, unknown>>, key, value) {
    tables ??= this;
    return set.call(this, key, value);
  };
  try {
    new LinkedomEventTarget();
  } finally {
    WeakMap.prototype.set = set;
  }
  const lazy = tables;
  if (!lazy) return false;
  Object.defineProperties(lazy, {
    set: { value: () => lazy },
    get: {
      value(key: object) {
        let table = get.call(lazy, key);
        if (table === undefined) set.call(lazy, key, (table = new Map()));
        return table;
      },
    },
  });
  target[LAZY_MARK] = true;
  return true;
}

/** Whether linkedom's listener tables are made on first use in this module instance (see makeListenerTablesLazy). */
export const LISTENER_TABLES_LAZY = makeListenerTablesLazy();

export function renderPlot(options: Plot.PlotOptions, { id, title, description }: RenderOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const figure = Plot.plot({ ...options, className: id, document: document as unknown as Document }) as unknown as SVGSVGElement | HTMLElement;
  const svg = (figure.tagName.toLowerCase() === "svg" ? figure : figure.querySelector("svg")) as SVGSVGElement;
  for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  svg.removeAttribute("aria-label");
  moveStylesToClasses(svg, id);
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", `${id}-title ${id}-desc`);
  const body = roundNumbers(renumberIds(svg.outerHTML, id));
  // Title and description are spliced in as escaped strings rather than serialised by linkedom (see svg-markup.ts).
  const openTag = body.indexOf(">") + 1;
  const label = `<title id="${id}-title">${escapeMarkup(title)}</title><desc id="${id}-desc">${escapeMarkup(description)}</desc>`;
  return assertInertSvg(body.slice(0, openTag) + label + body.slice(openTag), id);
}

/** Each inline declaration Plot writes, and the class in src/styles/charts.css that replaces it. */
export const PLOT_STYLE_CLASSES: Readonly<Record<string, string>> = {
  "font-size:10px": "plot-text-10",
  "font-size:11px": "plot-text-11",
  "font-size:12px": "plot-text-12",
  "font-size:13px": "plot-text-13",
  "font-size:14px": "plot-text-14",
  "font-size:15px": "plot-text-15",
  "font-size:16px": "plot-text-16",
  "font-family:inherit": "plot-font-inherit",
  "font-variant:tabular-nums": "tabular-nums",
};

function moveStylesToClasses(svg: SVGSVGElement, id: string): void {
  // Plot's own sheet only sizes the chart and keeps whitespace in labels: `.plot-chart` in charts.css.
  for (const sheet of svg.querySelectorAll("style")) sheet.remove();
  svg.classList.add("plot-chart");
  for (const element of [svg, ...svg.querySelectorAll("[style], [font-variant]")]) {
    const declarations = (element.getAttribute("style") ?? "").split(";").map((d) => d.replace(/\s+/g, "")).filter(Boolean);
    const variant = element.getAttribute("font-variant");
    if (variant) declarations.push(`font-variant:${variant}`);
    for (const declaration of declarations) {
      const name = PLOT_STYLE_CLASSES[declaration];
      if (!name) throw new Error(`chart "${id}": no class in src/styles/charts.css for Plot's inline style "${declaration}"`);
      element.classList.add(name);
    }
    element.removeAttribute("style");
    element.removeAttribute("font-variant");
  }
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
