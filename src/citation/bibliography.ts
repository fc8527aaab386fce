/**
 * APA 7 and Chicago author-date references, formatted by citeproc from a CSL-JSON item with
 * citation-js's APA style and the committed Chicago style and CSL locales. Pure but slow (a
 * millisecond or more each): a build formats them on other threads (src/build/off-thread-tasks.ts)
 * and keeps them between builds (citation-cache.ts).
 */
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import CSL, { type CiteprocEngine } from "citeproc";
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

/** The item each engine is formatting (citeproc asks for it by id while it registers it). */
const items = new Map<string, object>();
const engines = new Map<string, { engine: CiteprocEngine; lastId?: string }>();

/**
 * One citeproc engine per style and locale, kept: setting one up takes up to a second (APA's style
 * is 66 KB of macros). Built as citation-js builds its own (the same style and locale files, text
 * output, no links around addresses), without the per-reference set-up of `new Cite(…).format()`,
 * which cost APA 1.1 of its 2.8 ms per reference (measured on 800 references).
 */
function engineFor(template: BibliographyStyle, locale: string) {
  const key = `${template}|${locale}`;
  let entry = engines.get(key);
  if (!entry) {
    const sys = {
      retrieveItem: (id: string) => items.get(id),
      retrieveLocale: (lang: string) => csl.locales.get(lang) ?? csl.locales.get(lang.replace("-", "_")) ?? {},
    };
    const engine = new CSL.Engine(sys, csl.styles.get(template), locale, true);
    engine.setOutputFormat("text");
    engine.opt.development_extensions.wrap_url_and_doi = false;
    entry = { engine };
    engines.set(key, entry);
  }
  return entry;
}

export function formatBibliography(item: { id: string }, template: BibliographyStyle, lang: CitationLanguage): string {
  const entry = engineFor(template, CSL_LOCALES[lang]);
  // An id the engine holds already would not be read again: clear it first (another title, say).
  if (entry.lastId === item.id) entry.engine.updateItems([]);
  items.set(item.id, item);
  try {
    entry.engine.updateItems([item.id]);
    entry.lastId = item.id;
    const [{ bibstart, bibend }, entries] = entry.engine.makeBibliography();
    return `${bibstart}${entries.join("")}${bibend}`.trim();
  } finally {
    items.delete(item.id);
  }
}
