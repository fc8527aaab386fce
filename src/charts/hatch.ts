/**
 * Diagonal hatching as an SVG `<pattern>` drawn in an upright square tile, for the maps' "no data"
 * and ageing stripes on the page and in the downloaded SVG/PNG.
 *
 * Why upright: librsvg (which draws the PNG downloads) fills a pattern that has a `patternTransform`
 * by resampling a rotated surface for every pixel. With the 45° rotated tiles the maps used before,
 * a judgement map (nearly every country hatched) took 575 ms of CPU to draw at 2×; with this tile,
 * whose side is a whole number of pixels at that scale, 192 ms, and a flat fill 167 ms.
 * The lines run corner to corner, plus the two corner pieces the neighbouring tiles' lines leave, so
 * the hatch is continuous across tiles.
 */
import { escapeMarkup } from "./svg-markup.ts";

export interface Hatch {
  id: string;
  /** Side of the tile in user units; the lines are side/√2 apart. A whole number keeps the fast path at 1× and 2×. */
  tile: number;
  /** "/" rises to the right, "\" falls to the right. */
  slope: "/" | "\\";
  background?: string;
  stroke: string;
  strokeWidth: number;
  strokeOpacity?: number;
}

export function hatchPattern({ id, tile: s, slope, background, stroke, strokeWidth, strokeOpacity }: Hatch): string {
  // Three parallel segments that never overlap, so a translucent stroke is painted once everywhere.
  const segments: [number, number, number, number][] =
    slope === "/"
      ? [[0, s, s, 0], [-1, 1, 1, -1], [s - 1, s + 1, s + 1, s - 1]]
      : [[0, 0, s, s], [s - 1, -1, s + 1, 1], [-1, s - 1, 1, s + 1]];
  const paint = `stroke="${escapeMarkup(stroke)}" stroke-width="${strokeWidth}"${strokeOpacity === undefined ? "" : ` stroke-opacity="${strokeOpacity}"`}`;
  const fill = background === undefined ? "" : `<rect width="${s}" height="${s}" fill="${escapeMarkup(background)}"/>`;
  return (
    `<pattern id="${escapeMarkup(id)}" width="${s}" height="${s}" patternUnits="userSpaceOnUse">${fill}` +
    segments.map(([x1, y1, x2, y2]) => `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" ${paint}/>`).join("") +
    `</pattern>`
  );
}

/** The grey "no data" hatch of every map and its legend swatch. */
export const noDataHatch = (id: string): string => hatchPattern({ id, tile: 8, slope: "/", background: "#f2f2f2", stroke: "#b3b3b3", strokeWidth: 1.5 });

/** Ageing stripes: white over the category colour (files), or the luminance mask of the page's map. */
export const ageingHatch = (id: string, background: string, stroke = "#fff", strokeOpacity?: number): string =>
  hatchPattern({ id, tile: 6, slope: "\\", background, stroke, strokeWidth: 2, strokeOpacity });
