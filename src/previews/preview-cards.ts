/**
 * What each link-preview image says, in the page's language: plain text and numbers only, taken
 * from the model and formatted with the same helpers as the pages. The layout is card-layout.ts's.
 */
import { formatDeathsTakeaway } from "../components/format-chart-text.ts";
import { formatLayerValueLong, formatMapTakeaway, formatMapTitle } from "../components/format-layer.ts";
import { formatScaleLabel } from "../components/format-scale.ts";
import { localTitle } from "../components/format-title.ts";
import type { I18n, Lang } from "../i18n/index.ts";
import { countrySlug } from "../lib/links.ts";
import type { Country } from "../model/derive-countries.ts";
import type { LayerId } from "../model/derive-layers.ts";
import type { MapView } from "../model/derive-map.ts";
import type { Recommendation } from "../model/derive-recommendations.ts";
import type { Model } from "../model/model.ts";
import { HOME_SLUG } from "./preview-path.ts";

export interface PreviewFact {
  label: string;
  value: string;
  /** A status colour (#rrggbb, checked by the site schema) drawn as a swatch beside the value. */
  swatch?: string;
}

export interface PreviewCard {
  /** The page's path without language or base, e.g. "countries/sdn"; "home" for the home page. */
  slug: string;
  lang: Lang;
  dir: "ltr" | "rtl";
  /** Small line above the title: the kind of page. */
  kicker: string;
  title: string;
  summary?: string;
  facts: PreviewFact[];
  /** Site title and data edition, on every card. */
  footer: string;
}

type Frame = Pick<PreviewCard, "lang" | "dir" | "footer">;

function frameOf(model: Model, i18n: I18n): Frame {
  const { site } = model;
  return { lang: i18n.lang, dir: i18n.dir, footer: `${site.title} · ${i18n.t("footer.edition", { edition: site.edition.id, date: i18n.formatDate(site.edition.date) })}` };
}

const LAYERS: LayerId[] = ["forecast", "observed", "judgement"];

/** Name, then each of the three layers' latest value with its date (or "No data"), never combined. */
export function countryCard(model: Model, country: Country, i18n: I18n): PreviewCard {
  const facts = LAYERS.map((id) => {
    const value = country.latest[id];
    return { label: `${i18n.t(`layer.${id}.kind`)} (${i18n.t(`layer.${id}.source`)})`, value: value ? formatLayerValueLong(value, i18n) : i18n.t("common.noData") };
  });
  return { ...frameOf(model, i18n), slug: `countries/${countrySlug(country.iso3)}`, kicker: i18n.t("nav.countries"), title: i18n.countryName(country.iso3), facts };
}

/** Number and title, then the current status with the date it holds from (or why there is none). */
export function recommendationCard(model: Model, rec: Recommendation, i18n: I18n): PreviewCard {
  const status = model.statuses.statuses.find((s) => s.id === rec.current.status);
  const date = rec.current.asOf ? i18n.formatDate(rec.current.asOf, rec.current.precision) : undefined;
  const when = !date ? i18n.t("common.noDate") : rec.current.status === "unknown" ? i18n.t("common.reviewed", { date }) : i18n.t("common.asOf", { date, precision: rec.current.precision ?? "day" });
  return {
    ...frameOf(model, i18n),
    slug: `recommendations/${rec.number}`,
    kicker: `${i18n.t("recs.title")} · ${rec.phaseLabel}`,
    // The project's translation of the title on non-English cards, as on the page itself.
    title: `${rec.number}. ${localTitle(rec, i18n.lang)}`,
    facts: [{ label: i18n.t("common.status"), value: `${status ? formatScaleLabel("status", status, i18n) : rec.current.status}, ${when}`, swatch: status?.colour }],
  };
}

/** The view's title and its one-sentence takeaway, computed from the view's own figures. */
export function mapCard(model: Model, view: MapView, i18n: I18n): PreviewCard {
  const source = `${i18n.t(`layer.${view.layerId}.kind`)} (${i18n.t(`layer.${view.layerId}.source`)})`;
  return {
    ...frameOf(model, i18n),
    slug: `map/${view.layerId}/${view.period.id}`,
    kicker: i18n.t("map.title"),
    title: formatMapTitle(view, i18n),
    summary: formatMapTakeaway(view, i18n),
    facts: [{ label: i18n.t("common.source"), value: source }],
  };
}

export function trendsCard(model: Model, i18n: I18n): PreviewCard {
  const { deathsChange } = model.trends;
  const latestRisk = model.trends.riskDistributions.at(-1);
  const facts: PreviewFact[] = [];
  if (deathsChange) facts.push({ label: i18n.t("trends.deaths"), value: formatDeathsTakeaway(deathsChange, i18n) });
  if (latestRisk) facts.push({ label: i18n.t("trends.risk.title"), value: i18n.t("trends.risk.takeaway", { edition: latestRisk.edition, median: i18n.formatPercent(latestRisk.median, 2), max: i18n.formatPercent(latestRisk.max) }) });
  return { ...frameOf(model, i18n), slug: "trends", kicker: model.site.title, title: i18n.t("trends.title"), summary: i18n.t("trends.lede"), facts };
}

/** The home page's headline figures, each with its source: the top forecast, world deaths, the tracker. */
export function homeCard(model: Model, i18n: I18n): PreviewCard {
  const { t, formatDate } = i18n;
  const { topForecast, deathsChange } = model.trends;
  const facts: PreviewFact[] = [];
  const top = topForecast?.view.rows[0];
  if (topForecast && top) facts.push({ label: `${t("layer.forecast.kind")} (${t("layer.forecast.source")})`, value: `${topForecast.name}: ${formatLayerValueLong(top.value, i18n)}` });
  if (deathsChange) facts.push({ label: `${t("trends.deaths")} (${t("layer.observed.source")})`, value: formatDeathsTakeaway(deathsChange, i18n) });
  facts.push({
    label: t("recs.title"),
    value: `${model.implementedCount} ${t("home.figure.implemented", { count: model.implementedCount, total: model.recommendations.length, partial: model.partiallyImplementedCount })}, ${t("common.asOf", { date: formatDate(model.site.edition.date), precision: "day" })}`,
  });
  return { ...frameOf(model, i18n), slug: HOME_SLUG, kicker: t("home.figures"), title: model.site.title, facts };
}

/** Every preview the site publishes in one language: home, trends, each country, recommendation and map view. */
export function listPreviewCards(model: Model, i18n: I18n): PreviewCard[] {
  return [
    homeCard(model, i18n),
    trendsCard(model, i18n),
    ...model.countries.map((c) => countryCard(model, c, i18n)),
    ...model.recommendations.map((r) => recommendationCard(model, r, i18n)),
    ...model.maps.map((v) => mapCard(model, v, i18n)),
  ];
}
