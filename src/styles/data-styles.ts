/**
 * The stylesheet for colours and proportions that come from data (status and risk-level colours,
 * swatches, the stacked status bar). A strict Content-Security-Policy forbids `style=` attributes,
 * so components put these classes on elements and the build writes the rules once, into
 * /styles/data.css (src/pages/styles/data.css.ts). Pure: colours and a count in, CSS out.
 */

const HEX = /^#[0-9a-f]{6}$/i;

/** The class that paints an element's background in `colour` (a `#rrggbb` colour, as the schemas require). */
export function colourClass(colour: string): string {
  if (!HEX.test(colour)) throw new Error(`not a #rrggbb colour: ${JSON.stringify(colour)}`);
  return `bg-${colour.slice(1).toLowerCase()}`;
}

/** The class that gives a flex item `n` shares of its row (counts in the stacked status bar). */
export function shareClass(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a count: ${n}`);
  return `share-${n}`;
}

export interface DataStyleInput {
  /** Every colour a page may show through colourClass(). */
  colours: string[];
  /** The largest count a page may show through shareClass(). */
  maxShare: number;
}

export function dataStylesheet({ colours, maxShare }: DataStyleInput): string {
  const unique = [...new Set(colours.map((c) => c.toLowerCase()))].sort();
  const rules = unique.map((c) => `.${colourClass(c)}{background-color:${c}}`);
  for (let n = 0; n <= maxShare; n++) rules.push(`.${shareClass(n)}{flex:${n}}`);
  return `/* Generated from data/ by src/styles/data-styles.ts. */\n${rules.join("\n")}\n`;
}
