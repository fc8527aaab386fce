/**
 * A chart or map as a file that stands on its own (SVG/PNG downloads): on the page the title,
 * legend and source line are HTML around the SVG; a file has no page, so they are drawn into it —
 * title and takeaway above, the legend, the chart, then source, licence, edition and address below.
 * Pure: chart markup and texts in, markup out. Every text is escaped; the result is checked inert.
 */
import { standaloneSvg } from "./standalone-svg.ts";
import { hatchPattern, noDataHatch } from "./hatch.ts";
import { assertInertSvg, escapeMarkup as escape } from "./svg-markup.ts";

/** How a legend swatch is drawn: a colour, or the map's "no data" hatch, ageing stripes, outline only. */
export type ExportSwatch = { colour: string } | { pattern: "no-data" | "stripes" | "outline"; colour?: string };

export interface ExportLegendItem {
  label: string;
  swatch: ExportSwatch;
  /** Class of the page's HTML swatch when it is not a data colour (e.g. "no-data", "age-aging"). */
  pageClass?: string;
}

export interface ExportFrame {
  /** Also the file's accessible name. */
  title: string;
  /** The chart's one-line takeaway (computed on the page), drawn under the title. */
  takeaway?: string;
  /** Units and scale notes. */
  unit?: string;
  legend?: ExportLegendItem[];
  /** Lines under the chart: source, licence, edition, address. Each wraps to the file's width. */
  footer: string[];
}

const PAD = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
/** Average advance of a sans-serif glyph as a share of the font size; generous, so lines never overrun. */
const GLYPH = 0.56;

/** Wraps text into lines of at most `width` px at `size` px, breaking at spaces (a long word stays whole). */
export function wrapText(text: string, size: number, width: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * GLYPH)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Width and height of a chart's SVG, from its width/height attributes or else its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const open = svg.slice(0, svg.indexOf(">"));
  const attr = (name: string) => open.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const box = attr("viewBox")?.trim().split(/[\s,]+/).map(Number);
  const width = Number(attr("width") ?? box?.[2]);
  const height = Number(attr("height") ?? box?.[3]);
  if (!(width > 0 && height > 0)) throw new Error("export: the chart's SVG has no size (width/height or viewBox)");
  return { width, height };
}

function swatch(item: ExportSwatch, x: number, y: number, size: number): string {
  const box = `x="${x}" y="${y}" width="${size}" height="${size}"`;
  if ("colour" in item && !("pattern" in item)) return `<rect ${box} fill="${escape(item.colour)}" stroke="#6b6b6b" stroke-width=".5"/>`;
  switch (item.pattern) {
    case "no-data":
      return `<rect ${box} fill="url(#export-no-data)" stroke="#6b6b6b" stroke-width=".5"/>`;
    case "stripes":
      // White stripes over the colour, as a pattern: librsvg renders masks very slowly.
      return `<rect ${box} fill="${escape(item.colour ?? "#666")}"/><rect ${box} fill="url(#export-stripes)" stroke="#6b6b6b" stroke-width=".5"/>`;
    case "outline":
      return `<rect ${box} fill="${escape(item.colour ?? "#666")}" fill-opacity=".12" stroke="${escape(item.colour ?? "#666")}" stroke-dasharray="1.5 1"/>`;
  }
}

/**
 * The chart's SVG (as rendered for the page, geometry inlined for maps) framed with its texts, plus
 * `css` (the rules the page gets from stylesheets) inside, white background, XML declaration.
 */
export function composeExportSvg(chartSvg: string, frame: ExportFrame, css: string): string {
  const chart = svgSize(chartSvg);
  const width = Math.max(chart.width, 480);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const text = (lines: string[], size: number, cls: string) => {
    for (const line of lines) {
      y += size * 1.25;
      parts.push(`<text x="${PAD}" y="${y}" class="${cls}">${escape(line)}</text>`);
    }
  };
  text(wrapText(frame.title, 20, inner), 20, "export-title");
  if (frame.takeaway) { y += 4; text(wrapText(frame.takeaway, 14, inner), 14, "export-takeaway"); }
  if (frame.unit) { y += 2; text(wrapText(frame.unit, 12, inner), 12, "export-muted"); }
  // Legend items flow left to right and wrap like words.
  const legend = frame.legend ?? [];
  if (legend.length > 0) {
    y += 10;
    let x = PAD;
    const row = 18;
    for (const item of legend) {
      const itemWidth = 12 + 6 + Math.ceil(item.label.length * 12 * GLYPH) + 16;
      if (x > PAD && x + itemWidth > width - PAD) { x = PAD; y += row; }
      parts.push(swatch(item.swatch, x, y, 12), `<text x="${x + 18}" y="${y + 10.5}" class="export-legend">${escape(item.label)}</text>`);
      x += itemWidth;
    }
    y += row;
  }
  y += 8;
  const chartTop = y;
  const chartX = Math.round((width - chart.width) / 2);
  const open = chartSvg.slice(0, chartSvg.indexOf(">")).replace(/\s(?:width|height|x|y)="[^"]*"/g, "");
  const viewBox = /\sviewBox="/.test(open) ? "" : ` viewBox="0 0 ${chart.width} ${chart.height}"`;
  parts.push(`${open} x="${chartX}" y="${chartTop}" width="${chart.width}" height="${chart.height}"${viewBox}${chartSvg.slice(chartSvg.indexOf(">"))}`);
  y = chartTop + chart.height + 6;
  for (const line of frame.footer) text(wrapText(line, 11, inner), 11, "export-muted");
  const height = Math.ceil(y + PAD);
  const defs = [
    `<defs>${noDataHatch("export-no-data")}`,
    `${hatchPattern({ id: "export-stripes", tile: 6, slope: "\\", stroke: "#fff", strokeWidth: 2, strokeOpacity: 0.6 })}</defs>`,
  ].join("");
  const frameCss = [
    `.export{font-family:${FONT};fill:#1a1a1a}`,
    `.export-title{font-size:20px;font-weight:700}`,
    `.export-takeaway{font-size:14px;font-weight:600}`,
    `.export-legend{font-size:12px}`,
    `.export-muted{font-size:11px;fill:#4d4d4d}`,
  ].join("");
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="export" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="export-title export-desc">`,
    `<title id="export-title">${escape(frame.title)}</title><desc id="export-desc">${escape([frame.takeaway, ...frame.footer].filter(Boolean).join(" "))}</desc>`,
    defs,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...parts,
    `</svg>`,
  ].join("");
  return standaloneSvg(assertInertSvg(svg, "export"), `${frameCss}\n${css}`);
}
