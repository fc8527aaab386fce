/**
 * The preview card's layout: where each rectangle and each line of text goes, worked out from the
 * card and a function that measures text. Pure (no canvas): render-preview.ts measures with skia and
 * draws what this returns; the unit tests measure with a fake. Data text only ever ends up in a
 * text run's `text`, drawn with fillText (skia shapes it as glyphs, never parses it); a colour from
 * data is drawn only when it is a plain hex colour.
 */
import type { PreviewCard, PreviewFact } from "./preview-cards.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-path.ts";

/** The site's palette (src/styles/base.css, light scheme). */
const INK = "#1b1b1f";
const MUTED = "#4d4d57";
const LINE = "#d0d0d7";
const PAPER = "#ffffff";
const ACCENT = "#0b5cab";
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

const BAR = 16;
const SIDE = 64;
const TOP = 44;
const SWATCH = 28;
const SWATCH_GAP = 14;
/** The footer: 2 px rule, 16 px gap, one 21 px line, 36 px to the bottom edge. */
const FOOTER_BOTTOM = 36;
const FOOTER_GAP = 16;
const RULE = 2;

export type Weight = 400 | 700;
export interface TextStyle {
  size: number;
  weight: Weight;
  color: string;
  /** Line height as a multiple of the size. */
  lineHeight: number;
}

export interface RectRun {
  kind: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}
export interface TextRun {
  kind: "text";
  text: string;
  /** The line's start edge: its left end on an LTR card, its right end on an RTL one. */
  x: number;
  /** The alphabetic baseline. */
  y: number;
  align: "left" | "right";
  size: number;
  weight: Weight;
  color: string;
}
export type Run = RectRun | TextRun;

/** The width of `text` drawn at `size` px and `weight` in the card's fonts. */
export type MeasureText = (text: string, size: number, weight: Weight) => number;

/** The first font's ascent and descent, in ems: they place the baseline in the line box as CSS does. */
export interface FontMetrics {
  ascent: number;
  descent: number;
}
/** Noto Sans's hhea ascender and descender (1069 and 293 of 1000 units). */
export const NOTO_SANS_METRICS: FontMetrics = { ascent: 1.069, descent: 0.293 };

const KICKER: TextStyle = { size: 24, weight: 700, color: ACCENT, lineHeight: 1.4 };
const SUMMARY: TextStyle = { size: 28, weight: 400, color: INK, lineHeight: 1.35 };
const LABEL: TextStyle = { size: 21, weight: 400, color: MUTED, lineHeight: 1.4 };
const VALUE: TextStyle = { size: 28, weight: 700, color: INK, lineHeight: 1.3 };
const FOOTER: TextStyle = { size: 21, weight: 400, color: MUTED, lineHeight: 1.4 };
const titleStyle = (title: string): TextStyle => ({ size: title.length > 50 ? 46 : 58, weight: 700, color: INK, lineHeight: 1.2 });

const ELLIPSIS = "…";
/** A break is allowed after a dash or CJK punctuation even without a space (as CSS allows after "-" and "，"). */
const BREAK_AFTER = /[\p{Pd}\u3000-\u303f\uff00-\uffef]$/u;
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
/** Never a line's first character, even after a space (UAX #14's rule 13: French "0,77 % ;"). */
const CLOSING = /^[\p{Pe}\p{Pf}!?;:,.%/]/u;
/** Spaces a line may break at: not the no-break ones (U+00A0, U+2007, U+202F) that French and Russian numbers use. */
const BREAKING_SPACE = /^[ \t\n\r\f\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+$/u;
const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/**
 * The text as pieces between which a line may break: Intl.Segmenter's words, with a space kept at
 * the end of the piece before it, and punctuation kept with the word before it ("14.2%", "Sudan,")
 * unless it is a dash or CJK punctuation. Chinese words break between any two characters, as CSS does.
 */
export function breakPieces(text: string, lang: string): string[] {
  const pieces: string[] = [];
  type Segment = { segment: string; isWordLike?: boolean };
  let previous: Segment | undefined;
  const segments = [...new Intl.Segmenter(lang, { granularity: "word" }).segment(text)].flatMap((s): Segment[] => (HAN_WORD.test(s.segment) ? [...s.segment].map((char) => ({ segment: char, isWordLike: true })) : [s]));
  for (const segment of segments) {
    const space = BREAKING_SPACE.test(segment.segment);
    const prevSpace = previous !== undefined && BREAKING_SPACE.test(previous.segment);
    const breakBefore =
      previous !== undefined &&
      !space &&
      !CLOSING.test(segment.segment) &&
      (prevSpace || (segment.isWordLike === true && (previous.isWordLike === true || (BREAK_AFTER.test(previous.segment) && !OPENING.test(previous.segment)))));
    if (breakBefore || pieces.length === 0) pieces.push(segment.segment);
    else pieces[pieces.length - 1] += segment.segment;
    previous = segment;
  }
  return pieces;
}

const graphemes = (text: string, lang: string) => [...new Intl.Segmenter(lang, { granularity: "grapheme" }).segment(text)].map((g) => g.segment);

/** The longest run of whole graphemes from the start of `text` that fits (at least one, so a line always advances). */
function fittingGraphemes(text: string, fits: (s: string) => boolean, lang: string): [string, string] {
  const parts = graphemes(text, lang);
  let taken = parts[0] ?? "";
  let count = 1;
  while (count < parts.length && fits(taken + parts[count])) taken += parts[count++];
  return [taken, parts.slice(count).join("")];
}

/**
 * `text` broken into at most `maxLines` lines no wider than `maxWidth`, greedily at the break
 * opportunities of breakPieces; a word wider than a line breaks between graphemes; text that needs
 * more lines ends its last line with "…" (CSS's line-clamp).
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, width: (s: string) => number, lang: string): string[] {
  const fits = (s: string) => width(s.trimEnd()) <= maxWidth;
  const collapsed = text.replace(/[ \t\n\r\f]+/g, " ").trim();
  // Most texts are one line: one measurement.
  if (fits(collapsed)) return collapsed ? [collapsed] : [];
  const lines: string[] = [];
  let line = "";
  // The line's width as the sum of its pieces' (measuring each piece, not each longer prefix of the line: a break never shapes across a space).
  let lineWidth = 0;
  let overflow = false;
  const queue = breakPieces(collapsed, lang);
  for (let i = 0; i < queue.length; i++) {
    const piece = queue[i];
    if (lineWidth + width(piece.trimEnd()) <= maxWidth) {
      line += piece;
      lineWidth += width(piece);
      continue;
    }
    if (line) {
      lines.push(line.trimEnd());
      line = "";
      lineWidth = 0;
    }
    if (lines.length === maxLines) {
      overflow = true;
      break;
    }
    if (fits(piece)) {
      line = piece;
      lineWidth = width(piece);
    } else {
      const [head, rest] = fittingGraphemes(piece, fits, lang);
      line = head;
      lineWidth = width(head);
      if (rest) queue.splice(i + 1, 0, rest);
    }
  }
  if (!overflow && line) {
    if (lines.length < maxLines) lines.push(line.trimEnd());
    else overflow = true;
  }
  if (overflow) {
    const last = graphemes(lines[maxLines - 1], lang);
    while (last.length > 0 && !fits(last.join("").trimEnd() + ELLIPSIS)) last.pop();
    lines[maxLines - 1] = last.join("").trimEnd() + ELLIPSIS;
  }
  return lines;
}

/** Every text the card draws, for choosing its fonts. */
export function cardText(card: PreviewCard): string {
  return [card.kicker, card.title, card.summary ?? "", ...card.facts.flatMap((f) => [f.label, f.value]), card.footer].join("\n");
}

/** Every rectangle and line of the card, in drawing order (later runs paint over earlier ones). */
export function layoutCard(card: PreviewCard, measure: MeasureText, metrics: FontMetrics = NOTO_SANS_METRICS): Run[] {
  const rtl = card.dir === "rtl";
  const runs: Run[] = [
    { kind: "rect", x: 0, y: 0, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, color: PAPER },
    { kind: "rect", x: 0, y: 0, width: PREVIEW_WIDTH, height: BAR, color: ACCENT },
  ];
  const fullWidth = PREVIEW_WIDTH - 2 * SIDE;

  const wrap = (text: string, style: TextStyle, maxLines: number, maxWidth = fullWidth) => wrapText(text, maxWidth, maxLines, (s) => measure(s, style.size, style.weight), card.lang);

  /** Places lines from `top` with their start edge `inset` px in from the side padding; returns the block's height. */
  const place = (lines: string[], style: TextStyle, top: number, inset = 0): number => {
    const lineBox = style.size * style.lineHeight;
    const baseline = (lineBox - (metrics.ascent + metrics.descent) * style.size) / 2 + metrics.ascent * style.size;
    lines.forEach((line, i) =>
      runs.push({ kind: "text", text: line, x: rtl ? PREVIEW_WIDTH - SIDE - inset : SIDE + inset, y: top + i * lineBox + baseline, align: rtl ? "right" : "left", size: style.size, weight: style.weight, color: style.color }),
    );
    return lines.length * lineBox;
  };
  const block = (text: string, style: TextStyle, maxLines: number, top: number) => place(wrap(text, style, maxLines), style, top);

  const fact = ({ label, value, swatch }: PreviewFact, top: number): number => {
    const rowTop = top + block(label, LABEL, 1, top);
    // The colour is from data: drawn only when it is a plain hex colour, and never alone (the label says it).
    const hasSwatch = swatch !== undefined && HEX_COLOUR.test(swatch);
    const inset = hasSwatch ? SWATCH + SWATCH_GAP : 0;
    const lines = wrap(value, VALUE, 2, fullWidth - inset);
    const textHeight = lines.length * VALUE.size * VALUE.lineHeight;
    // The swatch and the value are centred on each other, as the row's `align-items: center` did.
    const rowHeight = Math.max(hasSwatch ? SWATCH : 0, textHeight);
    if (hasSwatch) runs.push({ kind: "rect", x: rtl ? PREVIEW_WIDTH - SIDE - SWATCH : SIDE, y: rowTop + (rowHeight - SWATCH) / 2, width: SWATCH, height: SWATCH, color: swatch });
    place(lines, VALUE, rowTop + (rowHeight - textHeight) / 2, inset);
    return rowTop + rowHeight - top;
  };

  let y = BAR + TOP;
  y += block(card.kicker, KICKER, 1, y);
  y += 6;
  y += block(card.title, titleStyle(card.title), 2, y);
  if (card.summary) y += 14 + block(card.summary, SUMMARY, 3, y + 14);
  for (const f of card.facts) y += 16 + fact(f, y + 16);

  // The footer is drawn last on paper: should the clamped texts still not fit, they pass under it.
  const footerLine = FOOTER.size * FOOTER.lineHeight;
  const footerTop = PREVIEW_HEIGHT - FOOTER_BOTTOM - footerLine;
  const ruleTop = footerTop - FOOTER_GAP - RULE;
  runs.push({ kind: "rect", x: 0, y: ruleTop, width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT - ruleTop, color: PAPER });
  runs.push({ kind: "rect", x: SIDE, y: ruleTop, width: fullWidth, height: RULE, color: LINE });
  block(card.footer, FOOTER, 1, footerTop);
  return runs;
}
