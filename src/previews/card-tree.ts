/**
 * The preview card's layout as the element tree satori draws. Data text only ever becomes a text
 * child (a string satori lays out as glyphs): nothing here is parsed as HTML or markup, so a
 * hostile name cannot add elements, images or requests.
 */
import type { PreviewCard, PreviewFact } from "./preview-cards.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-path.ts";

type Style = Record<string, string | number>;
export interface CardNode {
  type: "div";
  props: { style: Style; children?: CardNode | string | (CardNode | string)[] };
}

/** The site's palette (src/styles/base.css, light scheme). */
const INK = "#1b1b1f";
const MUTED = "#4d4d57";
const LINE = "#d0d0d7";
const PAPER = "#ffffff";
const ACCENT = "#0b5cab";
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

function div(style: Style, children?: CardNode["props"]["children"]): CardNode {
  return { type: "div", props: children === undefined ? { style } : { style, children } };
}

/**
 * Long data text is clamped (with an ellipsis), never allowed to push the facts or the footer off
 * the card. No `overflow: hidden` and no borders anywhere: satori draws those as SVG masks, and each
 * mask made librsvg paint another full-size layer (most of the drawing time).
 */
function text(value: string, style: Style, lines: number): CardNode {
  return div({ display: "block", lineClamp: lines, flexShrink: 0, ...style }, value);
}

function fact({ label, value, swatch }: PreviewFact, dir: PreviewCard["dir"]): CardNode {
  const valueRow: CardNode[] = [];
  // The colour is from data: drawn only when it is a plain hex colour, and never alone (the label says it).
  if (swatch && HEX_COLOUR.test(swatch)) valueRow.push(div({ width: 28, height: 28, backgroundColor: swatch, [dir === "rtl" ? "marginLeft" : "marginRight"]: 14, flexShrink: 0 }));
  valueRow.push(text(value, { fontSize: 28, fontWeight: 700, color: INK, lineHeight: 1.3, flexShrink: 1, minWidth: 0 }, 2));
  return div({ display: "flex", flexDirection: "column", flexShrink: 0, marginTop: 16 }, [
    text(label, { fontSize: 21, color: MUTED, lineHeight: 1.4 }, 1),
    div({ display: "flex", flexDirection: "row", alignItems: "center" }, valueRow),
  ]);
}

/** Every text the card draws, for choosing its fonts. */
export function cardText(card: PreviewCard): string {
  return [card.kicker, card.title, card.summary ?? "", ...card.facts.flatMap((f) => [f.label, f.value]), card.footer].join("\n");
}

/** `families`: the font families that cover the card's text, in fallback order (preview-fonts.ts). */
export function cardTree(card: PreviewCard, families: string[]): CardNode {
  const body: CardNode[] = [
    text(card.kicker, { fontSize: 24, color: ACCENT, fontWeight: 700, lineHeight: 1.4 }, 1),
    text(card.title, { fontSize: card.title.length > 50 ? 46 : 58, fontWeight: 700, color: INK, lineHeight: 1.2, marginTop: 6 }, 2),
  ];
  if (card.summary) body.push(text(card.summary, { fontSize: 28, color: INK, lineHeight: 1.35, marginTop: 14 }, 3));
  body.push(...card.facts.map((f) => fact(f, card.dir)));
  return div(
    {
      // Sizes include the padding (satori's root is otherwise content-box and spills over).
      boxSizing: "border-box",
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      display: "flex",
      flexDirection: "column",
      backgroundColor: PAPER,
      fontFamily: families.map((f) => `"${f}"`).join(", "),
      direction: card.dir,
    },
    [
      div({ height: 16, backgroundColor: ACCENT, flexShrink: 0 }),
      div({ display: "flex", flexDirection: "column", flexGrow: 1, flexShrink: 1, minHeight: 0, paddingTop: 44, paddingRight: 64, paddingLeft: 64 }, body),
      // The footer is drawn last on paper: should the clamped texts still not fit, they pass under it.
      div({ height: 2, backgroundColor: LINE, marginRight: 64, marginLeft: 64, flexShrink: 0 }),
      div({ display: "flex", flexShrink: 0, backgroundColor: PAPER, paddingTop: 16, paddingRight: 64, paddingBottom: 36, paddingLeft: 64 }, [text(card.footer, { fontSize: 21, color: MUTED, lineHeight: 1.4 }, 1)]),
    ],
  );
}
