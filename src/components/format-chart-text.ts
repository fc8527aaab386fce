/** Sentences that several pages print the same way: source lines and the world-deaths takeaway. */
import type { I18n } from "../i18n/index.ts";
import type { DeathsChange } from "../model/derive-trends.ts";
import type { LayerId } from "../model/derive-layers.ts";
import type { Model } from "../model/model.ts";
import { localeHref } from "../lib/links.ts";

/** "Source: <title> (<producer>), <version>. Edition 2026-11." for the dataset behind a layer. */
export function formatLayerSource(model: Model, layerId: LayerId, { t }: I18n, english: (text: string) => string = (text) => text): string {
  const source = model.sources.find((s) => s.id === model.layers[layerId]?.sourceId);
  // Title and producer are English-only data text: views pass markEnglish to mark them (MixedText).
  return source ? t("common.sourceLine", { title: english(source.title), producer: english(source.producer), version: source.version, edition: model.site.edition.id }) : "";
}

/**
 * Links that attribute a layer's figures: the producer's own site (e.g. the Early Warning Project)
 * and the dataset's full citation and licence on /data/.
 */
export function formatSourceLinks(model: Model, layerId: LayerId, { t, lang }: I18n): { href: string; label: string; external: boolean }[] {
  const source = model.sources.find((s) => s.id === model.layers[layerId]?.sourceId);
  if (!source) return [];
  return [
    ...(source.url ? [{ href: source.url, label: t(`layer.${layerId}.source`), external: true }] : []),
    { href: localeHref(lang, `/data/#${source.id}`), label: t("common.citationLicence", { source: t(`layer.${layerId}.source`) }), external: false },
  ];
}

/** The UCDP caveat names Palestine/Israel and Western Sahara/Morocco: print it only where it concerns. */
export function observedCaveatConcerns(iso3: string): boolean {
  return ["PSE", "ISR", "ESH", "MAR"].includes(iso3);
}

/** "up", "down" or "unchanged". */
export function formatDirection(change: number | undefined, { t }: I18n): string {
  return !change ? t("trends.same") : change > 0 ? t("trends.up") : t("trends.down");
}

/** "2024: 14,347 deaths, up 3,306 on 2023." */
export function formatDeathsTakeaway(change: DeathsChange | undefined, i18n: I18n): string {
  if (!change) return "";
  return i18n.t("trends.deaths.takeaway", {
    latestYear: change.latest.year,
    latest: i18n.formatNumber(change.latest.best),
    direction: formatDirection(change.change, i18n),
    change: i18n.formatNumber(Math.abs(change.change ?? 0)),
    previousYear: change.previous?.year ?? "",
  });
}
