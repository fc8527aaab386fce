/**
 * The edition's changes as feed entries, in each published language: absolute links, ids that stay the same across rebuilds,
 * and dates from the data (never the build's clock), so the same data gives the same feed.
 */
import type { I18n } from "../i18n/index.ts";
import { localeHref } from "../lib/links.ts";
import { getModel } from "../model/model.ts";
import { changeItems } from "./change-items.ts";

export interface FeedEntry {
  /** Unique per change: /changes/#<key>. */
  id: string;
  title: string;
  /** The page the change concerns. */
  link: string;
  date: Date;
}

/** The feeds of one language: /rss.xml and /atom.xml in English, /fr/rss.xml … in the others. */
export function feedContext(i18n: I18n) {
  const model = getModel();
  const siteUrl = model.site.address.url;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  // Against "/": the base is already part of siteUrl.
  const inLanguage = (path: string) => absolute(localeHref(i18n.lang, path, "/").slice(1));
  const changesUrl = inLanguage("/changes/");
  // Paths from changeItems start with the base, already part of siteUrl: build them against "/".
  const entries: FeedEntry[] = changeItems(model, i18n, "/").map((item) => ({
    id: `${changesUrl}#${item.key}`,
    title: item.title,
    link: absolute(item.href.slice(1)),
    date: new Date(`${item.date}T00:00:00Z`),
  }));
  return {
    model,
    title: `${model.site.title}: ${i18n.t("changes.title")}`,
    description: i18n.t("changes.lede"),
    changesUrl,
    rssUrl: inLanguage("/rss.xml"),
    atomUrl: inLanguage("/atom.xml"),
    language: i18n.lang,
    updated: new Date(`${model.site.edition.date}T00:00:00Z`),
    entries,
  };
}
