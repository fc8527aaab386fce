/**
 * Country outlines for the world map: world-atlas 110m (Natural Earth), projected once with Equal
 * Earth on a 0.1 px grid. Ids in world-atlas are ISO 3166-1 numeric codes; they are converted to
 * alpha-3 with the same package that names countries.
 *
 * The outlines are published once as a content-hashed SVG sprite (`/geo/world.<hash>.svg`) that every
 * map page references with `<use href>`, so the browser fetches and caches the world once. Paths are
 * written with relative coordinates: on the same 0.1 px grid that is 26 KB gzip instead of 42 KB for
 * absolute ones (measured on world-atlas 110m), with no visible change because no point moves.
 */
import { createHash } from "node:crypto";
import { geoEqualEarth, geoPath } from "d3";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json" with { type: "json" };

export const MAP_WIDTH = 960;

/** Below this projected area (px² at MAP_WIDTH) a country is too small to find: list it beside the map too. */
export const SMALL_AREA = 30;

/** Id of the sphere (the map's outline and sea) in the sprite. */
export const SPHERE_ID = "sphere";

export interface CountryShape {
  /** Element id in the sprite: the ISO alpha-3 code in lower case, or `x-<atlas name>` for areas without one. */
  id: string;
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

/** Tenths of a pixel, written as the shortest decimal ("-.3", "12", "4.5"). */
function tenths(n: number): string {
  const s = (n / 10).toString();
  return s.replace(/^(-?)0\./, "$1.");
}

/** Numbers joined with a space only where the next one would otherwise run into the previous one. */
function compactNumbers(numbers: string[]): string {
  let out = "";
  for (const n of numbers) {
    const fused = out === "" || n.startsWith("-") || (n.startsWith(".") && /\.\d*$/.test(out));
    out += fused ? n : ` ${n}`;
  }
  return out;
}

/**
 * Rewrites an absolute path of M/L/Z commands (what d3-geo writes) as relative moves on the same
 * 0.1 px grid: the same points, shorter numbers that repeat more, so gzip does far better. Each ring
 * is one `m` whose further pairs are implicit relative lines.
 */
export function toRelativePath(d: string): string {
  let out = "";
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  let ring: string[] = [];
  const flush = () => {
    if (ring.length) out += `m${compactNumbers(ring)}`;
    ring = [];
  };
  for (const [, command, numbers] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === "Z") {
      flush();
      out += "z";
      [x, y] = [startX, startY];
      continue;
    }
    const values = numbers.split(/[\s,]+/).filter(Boolean).map((v) => Math.round(Number(v) * 10));
    for (let i = 0; i + 1 < values.length; i += 2) {
      const [nx, ny] = [values[i], values[i + 1]];
      const move = command === "M" && i === 0;
      if (move) {
        flush();
        [startX, startY] = [nx, ny];
      } else if (nx === x && ny === y) continue;
      ring.push(tenths(nx - x), tenths(ny - y));
      [x, y] = [nx, ny];
    }
  }
  flush();
  return out;
}

let cached: WorldGeometry | undefined;

export function getWorldGeometry(): WorldGeometry {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: "Sphere" });
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds({ type: "Sphere" });
  const shapes = collection.features.map((f) => {
    const iso3 = f.id !== undefined ? countries.numericToAlpha3(String(f.id)) : UNNUMBERED[f.properties.name];
    const slug = f.properties.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    // Lower case, like the profile link beside each `<use>` (/countries/sdn/): gzip finds the code twice.
    return { id: iso3?.toLowerCase() ?? `x-${slug}`, iso3, atlasName: f.properties.name, d: toRelativePath(path(f) ?? ""), area: path.area(f) };
  });
  cached = { width: MAP_WIDTH, height: Math.ceil(y1 - y0), sphere: toRelativePath(path({ type: "Sphere" }) ?? ""), shapes };
  return cached;
}

/**
 * The sprite: every outline once, as a plain `<path id>` so `<use href="…#sdn">` can draw it and the
 * file, opened on its own, shows the world. Colours come from the page, through the `<use>` element.
 */
export function renderWorldSprite(geometry: WorldGeometry): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${geometry.width} ${geometry.height}">`,
    `<path id="${SPHERE_ID}" d="${geometry.sphere}"/>`,
    ...geometry.shapes.map((s) => `<path id="${s.id}" d="${s.d}"/>`),
    `</svg>\n`,
  ].join("");
}

/** `world.<first 10 hex of SHA-256>.svg`: a new outline gives a new name, so the file can be cached for ever. */
export function worldSpriteFileName(sprite: string): string {
  return `world.${createHash("sha256").update(sprite).digest("hex").slice(0, 10)}.svg`;
}

let sprite: { text: string; fileName: string } | undefined;

/** The sprite of `getWorldGeometry()` and its content-hashed file name, made once per build. */
export function getWorldSprite(): { text: string; fileName: string } {
  if (sprite) return sprite;
  const text = renderWorldSprite(getWorldGeometry());
  sprite = { text, fileName: worldSpriteFileName(text) };
  return sprite;
}
