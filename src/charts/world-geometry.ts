/**
 * Country outlines for the world map: world-atlas 110m (Natural Earth), projected once with Equal
 * Earth and written with one decimal (about 46 KB gzip for the whole world). Ids in world-atlas are
 * ISO 3166-1 numeric codes; they are converted to alpha-3 with the same package that names countries.
 */
import { geoEqualEarth, geoPath } from "d3";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json" with { type: "json" };

export const MAP_WIDTH = 960;

/** Below this projected area (px² at MAP_WIDTH) a country is too small to find: list it beside the map too. */
export const SMALL_AREA = 30;

export interface CountryShape {
  /** ISO alpha-3, or undefined for areas with no ISO code in the atlas (e.g. Somaliland). */
  iso3: string | undefined;
  /** Name in the atlas, used only where there is no ISO code. */
  atlasName: string;
  d: string;
  /** Projected area in px²: tiny states are listed beside the map as well. */
  area: number;
}

export interface WorldGeometry {
  width: number;
  height: number;
  sphere: string;
  shapes: CountryShape[];
}

/** Atlas areas the atlas leaves without a numeric id, mapped where the code is unambiguous. */
const UNNUMBERED: Record<string, string> = { Kosovo: "XKX" };

let cached: WorldGeometry | undefined;

export function getWorldGeometry(): WorldGeometry {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: "Sphere" });
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds({ type: "Sphere" });
  const shapes = collection.features.map((f) => ({
    iso3: f.id !== undefined ? countries.numericToAlpha3(String(f.id)) : UNNUMBERED[f.properties.name],
    atlasName: f.properties.name,
    d: path(f) ?? "",
    area: path.area(f),
  }));
  cached = { width: MAP_WIDTH, height: Math.ceil(y1 - y0), sphere: path({ type: "Sphere" }) ?? "", shapes };
  return cached;
}
