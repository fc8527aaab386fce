/** Where a map view's citations and embed code are: its section on its layer's page (map/[layer]/cite.astro). */
import type { Lang } from "../i18n/index.ts";
import { localeHref } from "../lib/links.ts";
import type { MapView } from "../model/derive-map.ts";

/** The id of a view's section there; the same as its chart id, citation key and embed page. */
export const mapViewKey = (view: Pick<MapView, "layerId" | "period">): string => `map-${view.layerId}-${view.period.id}`;

export const mapCiteHref = (lang: Lang, view: Pick<MapView, "layerId" | "period">): string => `${localeHref(lang, `/map/${view.layerId}/cite/`)}#${mapViewKey(view)}`;
