/**
 * The map explorer's share of /styles/data.css (src/pages/styles/data.css.ts): each layer's bin rules
 * for the world map and the legend swatches' colours. They come from the fixed bins of
 * src/model/bins.ts, not from data/, so astro.config.mjs bundles them into the map pages' one
 * stylesheet (`virtual:map-data.css`) and those pages skip data.css (issue 12). Pure.
 */
import { worldMapRules } from "../charts/world-map.ts";
import { CATEGORY_BINS, DEATH_BINS, RANK_BINS } from "../model/bins.ts";
import { colourClass } from "./data-styles.ts";

/** MapFigure.astro's map id: the renderer scopes its rules by it. */
const MAP_ID = "world-map";

export function mapDataStylesheet(): string {
  const binSets = [RANK_BINS, DEATH_BINS, CATEGORY_BINS];
  const colours = [...new Set(binSets.flat().map((b) => b.colour.toLowerCase()))].sort();
  const rules = new Set([...colours.map((c) => `.${colourClass(c)}{background-color:${c}}`), ...binSets.flatMap((bins) => worldMapRules(MAP_ID, bins).split("}").filter(Boolean).map((r) => `${r}}`))]);
  return `${[...rules].join("\n")}\n`;
}
