// /styles/data.css: the rules behind colourClass() and shareClass() for every colour and count in the
// data, and the world map's own rules for each layer's bins (its SVG is shown without them).
import { splitSvgStyles } from "../../charts/svg-styles.ts";
import { getWorldGeometry } from "../../charts/world-geometry.ts";
import { renderWorldMap } from "../../charts/world-map.ts";
import { NOT_YET_ASSESSED_COLOUR } from "../../components/status-chart.ts";
import { CATEGORY_BINS, DEATH_BINS, RANK_BINS } from "../../model/bins.ts";
import { getModel } from "../../model/model.ts";
import { dataStylesheet } from "../../styles/data-styles.ts";

/** MapFigure.astro's map id: the renderer scopes its rules by it. */
const MAP_ID = "world-map";

export function GET() {
  const { statuses, riskScale, recommendations, layers } = getModel();
  const colours = [
    ...statuses.statuses.map((s) => s.colour),
    ...[...riskScale.levels, riskScale.not_assessed].map((l) => l.colour),
    ...[...DEATH_BINS, ...RANK_BINS, ...CATEGORY_BINS].map((b) => b.colour),
    NOT_YET_ASSESSED_COLOUR,
  ];
  // No shapes: only the rules are wanted, and they depend on the id and the bins alone (so an empty
  // link to shared geometry, `geometryHref`, is fine where the renderer takes one).
  const base = { id: MAP_ID, title: "", description: "", geometry: { ...getWorldGeometry(), shapes: [] }, geometryHref: "", countries: new Map() };
  const mapRules = Object.values(layers).flatMap((layer) => (layer ? [splitSvgStyles(renderWorldMap({ ...base, bins: layer.bins })).css] : []));
  const css = `${dataStylesheet({ colours, maxShare: recommendations.length })}${splitSvgStyles(`<style>${mapRules.join("")}</style>`).css}\n`;
  return new Response(css, { headers: { "Content-Type": "text/css" } });
}
