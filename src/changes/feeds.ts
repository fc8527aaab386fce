/**
 * The edition's changes as feed entries: absolute links, ids that stay the same across rebuilds,
 * and dates from the data (never the build's clock), so the same data gives the same feed.
 */
import { useI18n } from "../i18n/index.ts";
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

export function feedContext() {
  const model = getModel();
  const i18n = useI18n();
  const siteUrl = model.site.address.url;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const changesUrl = absolute("changes/");
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
    rssUrl: absolute("rss.xml"),
    atomUrl: absolute("atom.xml"),
    updated: new Date(`${model.site.edition.date}T00:00:00Z`),
    entries,
  };
}
