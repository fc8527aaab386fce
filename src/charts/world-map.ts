/**
 * World choropleth as an SVG string: one `<use>` per country pointing into the shared geometry file
 * (`world-geometry.ts`), coloured by its bin, each country with a profile wrapped in a link whose
 * accessible name states its value. "No data" is a hatch, never the lightest colour. The page thus
 * carries only classes, labels and links; `inlineWorldGeometry` turns it back into a standalone SVG
 * for exports. Pure: geometry and values in, markup out.
 */
import { DEFAULT_CHART_LOCALE } from "./tick-format.ts";
import { ageingHatch, noDataHatch } from "./hatch.ts";
import { assertInertSvg, escapeMarkup as escape } from "./svg-markup.ts";
import { SPHERE_ID, type WorldGeometry } from "./world-geometry.ts";

export interface MapBin {
  id: string;
  colour: string;
}

export interface MapCountry {
  /** Bin id, or undefined for no data in this layer and period. */
  bin: string | undefined;
  /**
   * Accessible name: the country, with its value where nothing beside the map lists it, e.g. "Sudan:
   * 2,316 civilians killed in 2024 (range 1,627–2,387)"; the explorer's ranked list gives the values.
   */
  label: string;
  /** Link to the country's profile, if it has one. */
  href: string | undefined;
  /** Age band of a dated judgement ("recent", "aging", "old"): older values are drawn lighter or outlined only. */
  age?: string;
}

export interface WorldMapInput {
  id: string;
  title: string;
  description: string;
  geometry: WorldGeometry;
  /** URL of the geometry sprite (`/geo/world.<hash>.svg`, with the base path) the shapes are drawn from. */
  geometryHref: string;
  bins: MapBin[];
  /** iso3 → what to draw; countries missing here are drawn as no data without a link. */
  countries: Map<string, MapCountry>;
  /** Intl locale whose alphabetical order the country links follow (keyboard order); English when omitted. */
  locale?: string;
}

/** The map's rules for one set of bins, scoped by the map's id (pages serve them from a stylesheet file). */
export function worldMapRules(id: string, bins: MapBin[]): string {
  return [
    `.${id} .c{stroke:#6b6b6b;stroke-width:.4}`,
    `.${id} .no-data{fill:url(#${id}-no-data)}`,
    ...bins.map((b) => `.${id} .bin-${b.id}{fill:${b.colour}}`),
    // Ageing judgements: striped and lighter (a luminance mask of stripes); old ones keep only a dotted outline in their category colour, unlike the grey no-data hatch.
    `.${id} .age-aging{mask:url(#${id}-aging)}`,
    `.${id} .age-old{fill-opacity:.12;stroke-dasharray:1.5 1;stroke-width:1}`,
    ...bins.map((b) => `.${id} .bin-${b.id}.age-old{stroke:${b.colour}}`),
    `.${id} a:focus-visible .c,.${id} a:hover .c{stroke:#000;stroke-width:1.5}`,
  ].join("");
}

export function renderWorldMap({ id, title, description, geometry, geometryHref, bins, countries, locale = DEFAULT_CHART_LOCALE }: WorldMapInput): string {
  const noData = `${id}-no-data`;
  const style = worldMapRules(id, bins);
  // The stripes and their mask only where a country is drawn ageing: every byte here is per view.
  const ageing = [...countries.values()].some((c) => c.bin && c.age === "aging");
  const sprite = escape(geometryHref);
  // Linked countries come last and by name, so the keyboard reaches them in alphabetical order
  // (painting order does not matter: country shapes do not overlap).
  const labelOf = (shape: WorldGeometry["shapes"][number]) => (shape.iso3 && countries.get(shape.iso3)?.href ? countries.get(shape.iso3)!.label : undefined);
  const ordered = [...geometry.shapes.filter((s) => labelOf(s) === undefined), ...geometry.shapes.filter((s) => labelOf(s) !== undefined).sort((a, b) => labelOf(a)!.localeCompare(labelOf(b)!, locale))];
  const shapes = ordered.map((shape) => {
    const country = shape.iso3 ? countries.get(shape.iso3) : undefined;
    const cls = `c ${country?.bin ? `bin-${country.bin}` : "no-data"}${country?.bin && country.age ? ` age-${country.age}` : ""}`;
    // The fragment is the ISO code: no separate data attribute needed (every byte here is per view).
    const use = `<use href="${sprite}#${shape.id}" class="${cls}"/>`;
    return country?.href ? `<a href="${escape(country.href)}" aria-label="${escape(country.label)}">${use}</a>` : use;
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="${id}" viewBox="0 0 ${geometry.width} ${geometry.height}" role="group" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escape(title)}</title><desc id="${id}-desc">${escape(description)}</desc>`,
    `<defs>${noDataHatch(noData)}`,
    ageing
      ? ageingHatch(`${id}-stripes`, "#666") +
        `<mask id="${id}-aging" maskUnits="userSpaceOnUse" x="0" y="0" width="${geometry.width}" height="${geometry.height}"><rect width="${geometry.width}" height="${geometry.height}" fill="url(#${id}-stripes)"/></mask>`
      : "",
    `</defs>`,
    `<style>${style}</style>`,
    `<use href="${sprite}#${SPHERE_ID}" fill="#fff" stroke="#999"/>`,
    ...shapes,
    `</svg>`,
  ].join("");
  return assertInertSvg(svg, id);
}

/**
 * A map made by `renderWorldMap` as a standalone SVG (for a download or an export): every `<use>` of
 * the sprite becomes the `<path>` it draws, keeping its attributes, so the file needs nothing else.
 */
export function inlineWorldGeometry(svg: string, geometry: WorldGeometry): string {
  const outlines = new Map<string, string>([[SPHERE_ID, geometry.sphere], ...geometry.shapes.map((s) => [s.id, s.d] as [string, string])]);
  return svg.replace(/<use href="[^"#]*#([^"]+)"([^>]*)\/>/g, (whole, shapeId: string, attributes: string) => {
    const d = outlines.get(shapeId);
    if (d === undefined) throw new Error(`map: no outline "${shapeId}" in the world geometry`);
    return `<path d="${d}"${attributes}/>`;
  });
}
