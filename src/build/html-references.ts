/**
 * One pass of htmlparser2 (a spec-following tokenizer, so quoting, entities and case are handled as
 * a browser would) over a built page: every URL it refers to, the ids it offers as #fragment
 * targets, and markup that must never ship (event-handler attributes). htmlparser2's callbacks
 * rather than a DOM: the site is tens of MB of HTML and a DOM per page costs three times as much.
 */
import { Parser } from "htmlparser2";
import { parseSrcset } from "srcset";
import { cssReferences } from "./css-references.ts";

export interface HtmlReference {
  url: string;
  /** Where it was written, for messages: "img src", "style url()", "meta refresh", … */
  via: string;
  /** True when the browser fetches it with the page; false for a navigation (links, forms, refresh). */
  loads: boolean;
}

export interface HtmlScan {
  /** Targets for #fragment links: every id, and the name of every <a name>. */
  ids: Set<string>;
  references: HtmlReference[];
  problems: string[];
}

/** <link rel> values that name a related page instead of loading anything. */
const LINK_NAVIGATIONS = new Set(["canonical", "alternate", "license", "prev", "next", "author", "help", "bookmark"]);
const NAVIGATING_ELEMENTS = new Set(["a", "area"]);
/** SVG presentation attributes whose value may be a CSS url(), e.g. fill="url(#hatch)". */
const URL_PRESENTATION_ATTRIBUTES = new Set(["fill", "stroke", "clip-path", "mask", "filter", "marker-start", "marker-mid", "marker-end", "cursor"]);

function linkLoads(rel: string | undefined): boolean {
  const tokens = (rel ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return tokens.length === 0 || tokens.some((t) => !LINK_NAVIGATIONS.has(t));
}

/** The URL of `<meta http-equiv=refresh content="5; url=…">`, per the HTML spec's parsing steps. */
export function refreshUrl(content: string): string | undefined {
  let rest = content.replace(/^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?/i, "");
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    rest = rest.slice(1, end === -1 ? undefined : end);
  }
  return rest.trim() || undefined;
}

export function scanHtml(html: string): HtmlScan {
  const ids = new Set<string>();
  const references: HtmlReference[] = [];
  const problems: string[] = [];
  let styleText: string | undefined;

  const addCss = (css: string, context: "stylesheet" | "declarationList", describe: (via: string) => string) => {
    for (const { url, via } of cssReferences(css, context)) references.push({ url, via: describe(via), loads: true });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id !== undefined) ids.add(attributes.id);
        if (name === "a" && attributes.name !== undefined) ids.add(attributes.name);
        // A plain loop without per-attribute allocations: map pages carry hundreds of thousands of them.
        for (const attribute in attributes) {
          const value = attributes[attribute];
          if (attribute.startsWith("on")) problems.push(`event-handler attribute ${attribute} on <${name}>`);
          switch (attribute) {
            case "href":
            case "xlink:href": {
              const loads = name === "link" ? linkLoads(attributes.rel) : !NAVIGATING_ELEMENTS.has(name);
              references.push({ url: value, via: `${name} ${attribute}`, loads });
              break;
            }
            case "action":
            case "formaction":
              references.push({ url: value, via: `${name} ${attribute}`, loads: false });
              break;
            case "src":
            case "poster":
              references.push({ url: value, via: `${name} ${attribute}`, loads: true });
              break;
            case "data":
              if (name === "object") references.push({ url: value, via: `${name} ${attribute}`, loads: true });
              break;
            case "srcset":
            case "imagesrcset": {
              const via = `${name} ${attribute}`;
              try {
                for (const { url } of parseSrcset(value, { strict: true })) references.push({ url, via, loads: true });
              } catch (e) {
                problems.push(`invalid ${via} "${value}": ${e instanceof Error ? e.message : String(e)}`);
              }
              break;
            }
            case "style":
              addCss(value, "declarationList", (css) => `<${name}> style ${css}`);
              break;
            default:
              if (URL_PRESENTATION_ATTRIBUTES.has(attribute)) addCss(`${attribute}: ${value}`, "declarationList", () => `${name} ${attribute}`);
          }
        }
        if (name === "meta" && attributes["http-equiv"]?.toLowerCase() === "refresh") {
          const url = refreshUrl(attributes.content ?? "");
          if (url) references.push({ url, via: "meta refresh", loads: false });
        }
        if (name === "style") styleText = "";
      },
      ontext(text) {
        if (styleText !== undefined) styleText += text;
      },
      onclosetag(name) {
        if (name === "style" && styleText !== undefined) {
          addCss(styleText, "stylesheet", (css) => `<style> ${css}`);
          styleText = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { ids, references, problems };
}
