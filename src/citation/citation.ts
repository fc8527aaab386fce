/**
 * Citations of one page or of the whole dataset, built at build time from the site settings: the
 * same input gives the same text, so the access date is the edition date, not the build's clock.
 * APA 7 and Chicago author-date are formatted by citeproc from the CSL-JSON item (bibliography.ts);
 * BibTeX by citation-js; RIS from a small template (citation-js's RIS plugin does not support core 0.9).
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { offThread } from "../build/off-thread-tasks.ts";
import type { I18n } from "../i18n/index.ts";
import { bibliographyOptions, committedCsl, type BibliographyStyle, type CitationLanguage } from "./bibliography.ts";
import { cachedFormat } from "./citation-cache.ts";
import { formatRis } from "./ris.ts";

export type { CitationLanguage } from "./bibliography.ts";

export interface CitationSite {
  title: string;
  publisher: { name: string };
  edition: { id: string; date: string };
}

export interface CitationTarget {
  /** Stable id of the cited thing, e.g. "country-sdn"; becomes part of the citation key. */
  key: string;
  title: string;
  /** Absolute, canonical address of the page. */
  url: string;
}

export interface CslItem {
  id: string;
  type: "dataset";
  title: string;
  author: { literal: string }[];
  publisher: string;
  "container-title": string;
  version: string;
  issued: { "date-parts": [[number, number, number]] };
  accessed: { "date-parts": [[number, number, number]] };
  URL: string;
}

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
  ris: string;
  /** Pretty-printed CSL-JSON array with one item. */
  cslJson: string;
}

export const CITATION_FORMATS = ["apa", "chicago", "bibtex", "ris", "cslJson"] as const satisfies readonly (keyof Citations)[];

function dateParts(isoDate: string): [[number, number, number]] {
  const [y, m, d] = isoDate.split("-").map(Number);
  return [[y!, m!, d!]];
}

/** Letters, digits and underscores only: citation-js replaces a BibTeX key with any other mark. */
function citationKey(site: CitationSite, target: CitationTarget): string {
  return `apm_${target.key}_${site.edition.id}`.replace(/[^A-Za-z0-9]/g, "_");
}

export function cslItem(site: CitationSite, target: CitationTarget): CslItem {
  return {
    id: citationKey(site, target),
    type: "dataset",
    title: target.title,
    // An organisation as author: literal, so no style splits it into given and family names.
    author: [{ literal: site.publisher.name }],
    publisher: site.publisher.name,
    "container-title": site.title,
    version: site.edition.id,
    issued: { "date-parts": dateParts(site.edition.date) },
    accessed: { "date-parts": dateParts(site.edition.date) },
    URL: target.url,
  };
}

/** APA or Chicago, from the cache or formatted (on another thread during a build). */
function bibliography(item: CslItem | (CslItem & { genre: string }), template: BibliographyStyle, lang: CitationLanguage): Promise<string> {
  return cachedFormat([item, bibliographyOptions(template, lang), committedCsl], () => offThread("bibliography", item, template, lang));
}

export interface CitationLocale {
  lang: CitationLanguage;
  /** Chicago's genre line naming the edition, in the page's language ("Data edition 2026.11"). */
  editionLabel: string;
}

/** The locale of a page's citations: its language, and the edition line from its catalogue. */
export function citationLocale({ lang, t }: Pick<I18n, "lang" | "t">, site: CitationSite): CitationLocale {
  return { lang, editionLabel: t("cite.editionLabel", { edition: site.edition.id }) };
}

export async function buildCitations(site: CitationSite, target: CitationTarget, locale: CitationLocale): Promise<Citations> {
  const item = cslItem(site, target);
  const [apa, chicago] = await Promise.all([
    // APA prints the CSL version as "(Version 2026.11)".
    bibliography(item, "apa", locale.lang),
    // Chicago prints no version; the genre carries the edition into the reference.
    bibliography({ ...item, genre: locale.editionLabel }, "chicago-author-date", locale.lang),
  ]);
  return {
    apa,
    chicago,
    // BibTeX has no version field; edition is the standard one for it.
    bibtex: new Cite([{ ...item, edition: site.edition.id, "citation-key": item.id }]).format("bibtex", { format: "text" }).trim(),
    ris: formatRis(item),
    cslJson: JSON.stringify([item], null, 2),
  };
}
