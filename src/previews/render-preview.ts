/**
 * Card → PNG: skia (@napi-rs/canvas) draws the runs card-layout.ts places, with only the bundled
 * Noto subsets the card's text needs (no network, no installed fonts: see preview-fonts.ts), and
 * encodes the PNG.
 * Data text reaches skia only through measureText and fillText, which shape it as glyphs.
 */
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from "@napi-rs/canvas";
import { cardText, layoutCard, type Run, type Weight } from "./card-layout.ts";
import type { PreviewCard } from "./preview-cards.ts";
import { drawableText, fontsFor, type PreviewFont } from "./preview-fonts.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-path.ts";

/** Font files registered in this thread (skia's font table is the process's: a second thread registering the same file adds an identical face). */
const registered = new Set<string>();

function register(fonts: PreviewFont[]): void {
  for (const { family, weight, file } of fonts) {
    const key = `${family}\0${weight}`;
    if (registered.has(key)) continue;
    // The weight descriptor matters: without it skia uses the newest face of a family for every weight.
    if (!GlobalFonts.registerFromPath(file, family, { weight, style: "normal" })) throw new Error(`Preview font not registered: ${file}`);
    registered.add(key);
  }
}

/** skia's lang for shaping (locl glyphs); Chinese is Simplified. */
const skiaLang = (lang: string) => (lang === "zh" ? "zh-Hans" : lang);

/** The card with only characters the bundled fonts draw. */
function drawableCard(card: PreviewCard): PreviewCard {
  return {
    ...card,
    kicker: drawableText(card.kicker),
    title: drawableText(card.title),
    summary: card.summary === undefined ? undefined : drawableText(card.summary),
    facts: card.facts.map((f) => ({ ...f, label: drawableText(f.label), value: drawableText(f.value) })),
    footer: drawableText(card.footer),
  };
}

export interface CardDrawing {
  /** The fonts, in fallback order. */
  families: string[];
  runs: Run[];
}

let measuring: SKRSContext2D | undefined;
/** Widths already measured, by language (locl glyphs), font and text: the same labels, words and figures recur on hundreds of cards. */
const widths = new Map<string, number>();

/** The card laid out with skia's measurements: everything that decides its pixels (the cache key hashes it). */
export function layoutPreview(card: PreviewCard): CardDrawing {
  const drawable = drawableCard(card);
  const { families, fonts } = fontsFor(cardText(drawable));
  register(fonts);
  measuring ??= createCanvas(1, 1).getContext("2d");
  const ctx = measuring;
  ctx.lang = skiaLang(card.lang);
  ctx.direction = card.dir;
  const runs = layoutCard(drawable, (text, size, weight) => {
    const font = fontString(size, weight, families);
    const key = `${ctx.lang}\0${font}\0${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      ctx.font = font;
      widths.set(key, (width = ctx.measureText(text).width));
    }
    return width;
  });
  return { families, runs };
}

/** A canvas font list: the card's families in fallback order, all quoted (no generic family, which would be an installed font). */
export const fontString = (size: number, weight: Weight, families: string[]) => `${weight} ${size}px ${families.map((f) => `"${f}"`).join(", ")}`;

/** One canvas per thread, drawn over for each card (its first run paints the whole card; encode() snapshots the pixels before it returns). */
let canvas: Canvas | undefined;

export function drawPreview(card: PreviewCard, { families, runs }: CardDrawing = layoutPreview(card)): Canvas {
  canvas ??= createCanvas(PREVIEW_WIDTH, PREVIEW_HEIGHT);
  const ctx = canvas.getContext("2d");
  ctx.lang = skiaLang(card.lang);
  ctx.direction = card.dir;
  ctx.textBaseline = "alphabetic";
  for (const run of runs) {
    ctx.fillStyle = run.color;
    if (run.kind === "rect") ctx.fillRect(run.x, run.y, run.width, run.height);
    else {
      ctx.font = fontString(run.size, run.weight, families);
      ctx.textAlign = run.align;
      ctx.fillText(run.text, run.x, run.y);
    }
  }
  return canvas;
}

/** libpng's "none" row filter (PNG_FILTER_NONE): trying all five per row was most of skia's encoding time. */
const PNG_FILTER_NONE = 0x08;

/**
 * skia's encoder with no row filters: as small as sharp's PNG here (flat colours, text), and a third
 * cheaper in CPU than copying the pixels out to sharp (a 3 MB buffer per card for the garbage
 * collector). zlib level 3, zlib's fast mode: measured over 155 cards in six languages, 4.7 ms of
 * CPU per card for 64 KB, against 9.5 ms for 53 KB at level 4 (the mode with lazy matching; row
 * filters only made either larger). On a first build the 1,860 cards are 9 CPU-seconds cheaper,
 * which the build's one-minute target needs; the cost is 22% more bytes on files that only link
 * unfurlers fetch, one per shared link, and no pixel changes. Part of the cache key
 * (preview-cache.ts): other options are other bytes.
 */
export const PREVIEW_PNG_OPTIONS = { compressionLevel: 3, filters: PNG_FILTER_NONE } as const;

export async function renderPreviewPng(card: PreviewCard, drawing?: CardDrawing): Promise<Buffer> {
  // Fixed options and no metadata, so the same card gives the same bytes.
  return drawPreview(card, drawing).encode("png", PREVIEW_PNG_OPTIONS);
}
