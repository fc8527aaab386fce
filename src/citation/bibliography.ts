/**
 * APA 7 and Chicago author-date references, formatted by citation-js (citeproc) from a CSL-JSON item
 * with the committed Chicago style and CSL locales. Pure but slow (a millisecond or more each): a
 * build formats them on other threads (src/build/off-thread-tasks.ts) and keeps them between builds
 * (citation-cache.ts).
 */
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import arabic from "./locales/locales-ar.xml?raw";
import spanish from "./locales/locales-es-ES.xml?raw";
import french from "./locales/locales-fr-FR.xml?raw";
import russian from "./locales/locales-ru-RU.xml?raw";
import chinese from "./locales/locales-zh-CN.xml?raw";
import chicagoAuthorDate from "./styles/chicago-author-date.csl?raw";
import { createHash } from "node:crypto";

const csl = plugins.config.get("@csl");
if (!csl.styles.has("chicago-author-date")) csl.styles.add("chicago-author-date", chicagoAuthorDate);

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

/** The committed style and locales, for the cache key: an updated CSL file formats afresh. */
export const committedCsl = createHash("sha256").update([chicagoAuthorDate, french, spanish, russian, chinese, arabic].join("\0")).digest("base64url");

export type BibliographyStyle = "apa" | "chicago-author-date";

export function bibliographyOptions(template: BibliographyStyle, lang: CitationLanguage) {
  return { format: "text", template, lang: CSL_LOCALES[lang] };
}

export function formatBibliography(item: object, template: BibliographyStyle, lang: CitationLanguage): string {
  return new Cite([item]).format("bibliography", bibliographyOptions(template, lang)).trim();
}
