/**
 * The edition's changes as text and links, the same for /changes/, rss.xml and atom.xml.
 */
import { formatCategory } from "../components/format-layer.ts";
import { formatScaleLabel } from "../components/format-scale.ts";
import type { I18n } from "../i18n/index.ts";
import { countryHref, localeHref } from "../lib/links.ts";
import type { Change } from "../model/derive-changes.ts";
import type { Model } from "../model/model.ts";

export interface ChangeItem {
  /** Stable per change: the anchor on /changes/ and the feeds' id. */
  key: string;
  kind: Change["kind"];
  date: string;
  title: string;
  /** Site path (with base) of the page the change concerns, in the list's language. */
  href: string;
}

/**
 * `english` wraps English-only data text (a dataset's title and version) inside a title: the page passes
 * markEnglish so MixedText marks it lang="en"; the feeds keep plain text.
 */
export function changeItems(model: Model, i18n: I18n, base?: string, english: (text: string) => string = (text) => text): ChangeItem[] {
  const { t, countryName } = i18n;
  const statusLabel = (id: string) => {
    const status = model.statuses.statuses.find((s) => s.id === id);
    return status ? formatScaleLabel("status", status, i18n) : id;
  };
  return model.changes.changes.map((change): ChangeItem => {
    const common = { key: change.key, kind: change.kind, date: change.date };
    switch (change.kind) {
      case "status":
        return {
          ...common,
          href: localeHref(i18n.lang, `/recommendations/${change.number}/`, base),
          title: change.from
            ? t("changes.status", { number: change.number, from: statusLabel(change.from), to: statusLabel(change.to) })
            : t("changes.statusFirst", { number: change.number, to: statusLabel(change.to) }),
        };
      case "category":
        return {
          ...common,
          href: countryHref(change.iso3, i18n.lang, base),
          title: change.from
            ? t("changes.category", { country: countryName(change.iso3), from: formatCategory(change.from, i18n), to: formatCategory(change.to, i18n) })
            : t("changes.categoryNew", { country: countryName(change.iso3), to: formatCategory(change.to, i18n) }),
        };
      case "data": {
        const source = model.sources.find((s) => s.id === change.sourceId)!;
        return {
          ...common,
          href: localeHref(i18n.lang, `/data/#${change.sourceId}`, base),
          title: change.latestPeriod
            ? t("changes.dataPeriod", { dataset: english(source.title), version: english(change.version), period: change.latestPeriod })
            : t("changes.data", { dataset: english(source.title), version: english(change.version) }),
        };
      }
    }
  });
}
