/**
 * Citations of one page or of the whole dataset, built at build time from the site settings: the
 * same input gives the same text, so the access date is the edition date, not the build's clock.
 * APA 7 and Chicago author-date are formatted by citation-js from the CSL-JSON item; BibTeX by
 * citation-js too; RIS from a small template (citation-js's RIS plugin does not support core 0.9).
 */
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import arabic from "./locales/locales-ar.xml?raw";
import spanish from "./locales/locales-es-ES.xml?raw";
import french from "./locales/locales-fr-FR.xml?raw";
import russian from "./locales/locales-ru-RU.xml?raw";
import chinese from "./locales/locales-zh-CN.xml?raw";
import chicagoAuthorDate from "./styles/chicago-author-date.csl?raw";
import { createHash } from "node:crypto";
import type { I18n } from "../i18n/index.ts";
import { cachedFormat } from "./citation-cache.ts";
import { formatRis } from "./ris.ts";

const csl = plugins.config.get("@csl");
csl.styles.add("chicago-author-date", chicagoAuthorDate);

/**
 * The CSL locale each page language formats APA and Chicago with ("Retrieved … from" becomes
 * « consulté … à l'adresse », month names follow the language). Only en-US ships with the plugin;
 * the others are committed from the CSL locales repository (locales/README.md).
 */
const CSL_LOCALES = { en: "en-US", fr: "fr-FR", es: "es-ES", ru: "ru-RU", zh: "zh-CN", ar: "ar" } as const;
export type CitationLanguage = keyof typeof CSL_LOCALES;
for (const [locale, xml] of [["fr-FR", french], ["es-ES", spanish], ["ru-RU", russian], ["zh-CN", chinese], ["ar", arabic]] as const) {
  if (!csl.locales.has(locale)) csl.locales.add(locale, xml);
}

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

/** The committed style and locales, for the cache key: an updated CSL file formats afresh. */
const committedCsl = createHash("sha256").update([chicagoAuthorDate, french, spanish, russian, chinese, arabic].join("\0")).digest("base64url");

function bibliography(item: object, template: string, lang: CitationLanguage): string {
  const options = { format: "text", template, lang: CSL_LOCALES[lang] };
  return cachedFormat([item, options, committedCsl], () => new Cite([item]).format("bibliography", options).trim());
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

export function buildCitations(site: CitationSite, target: CitationTarget, locale: CitationLocale): Citations {
  const item = cslItem(site, target);
  return {
    // APA prints the CSL version as "(Version 2026.11)".
    apa: bibliography(item, "apa", locale.lang),
    // Chicago prints no version; the genre carries the edition into the reference.
    chicago: bibliography({ ...item, genre: locale.editionLabel }, "chicago-author-date", locale.lang),
    // BibTeX has no version field; edition is the standard one for it.
    bibtex: new Cite([{ ...item, edition: site.edition.id, "citation-key": item.id }]).format("bibtex", { format: "text" }).trim(),
    ris: formatRis(item),
    cslJson: JSON.stringify([item], null, 2),
  };
}
