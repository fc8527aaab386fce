/**
 * Two sizes for every chart, chosen by CSS media queries (see `.chart-svg` in src/styles/site.css): the SVG
 * scales with its box, so an 800-unit chart squeezed onto a 360 px phone would print its 12-unit
 * text at about 5 px. The narrow variant is drawn for a ~320 px box, so text keeps ≥ 11 CSS px.
 */
export interface ChartSize {
  width: number;
  fontSize: number;
  /** Rough upper bound on x-axis ticks that fit without overlapping. */
  xTicks: number;
}

export const WIDE: ChartSize = { width: 800, fontSize: 12, xTicks: 12 };
export const NARROW: ChartSize = { width: 320, fontSize: 12, xTicks: 4 };

export function chartSize(narrow: boolean | undefined, width?: number): ChartSize {
  return narrow ? NARROW : { ...WIDE, width: width ?? WIDE.width };
}
