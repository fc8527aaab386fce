/**
 * Whether a page prints on one sheet, without printing it. Chromium lays a printed page out in the
 * print medium at the width of the sheet less its @page margins and only breaks the flow into pages
 * when it is taller than that box; content that fits the box in both directions therefore prints on
 * exactly one page (break-inside and break-before rules only act where a break is needed). So the
 * page is laid out under `emulateMedia({ media: "print" })` in a viewport the size of that box and
 * its scroll size compared with it: a relayout, where `page.pdf()` paints and serialises a PDF
 * (about five times as long here). Tests that use this keep a real PDF for the tightest case, which
 * cross-checks the two.
 */
import type { Page } from "playwright-core";

/** Sheet sizes in millimetres, as Playwright's `format` names them. */
export const PAPER = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
export type PaperFormat = keyof typeof PAPER;

const PX_PER_MM = 96 / 25.4;
const PX_PER_UNIT: Record<string, number> = { mm: PX_PER_MM, cm: 10 * PX_PER_MM, in: 96, px: 1, pt: 96 / 72 };

export interface PrintFit {
  /** The printable box in CSS px (floored: the viewport is whole pixels, so the check is never laxer). */
  box: { width: number; height: number };
  /** The laid-out document's scroll size in the print medium at that width. */
  content: { width: number; height: number };
  /** The body's own height: how close to the bottom of the box the content ends (the scroll height is at least the box). */
  bodyHeight: number;
  fits: boolean;
}

/**
 * The page's @page margins as the cascade leaves them (the last top-level or print @page rule that
 * sets each side), in CSS px; Chromium's default of 1 cm where none does. Fails on a page size other
 * than `auto`, which would make the format argument meaningless.
 */
async function pageMargins(page: Page): Promise<{ top: number; right: number; bottom: number; left: number }> {
  const margins = await page.evaluate(() => {
    const found: Record<string, string> = {};
    let size = "";
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          if (matchMedia(rule.conditionText).matches) walk(rule.cssRules);
        } else if (rule instanceof CSSPageRule && rule.selectorText === "") {
          for (const side of ["top", "right", "bottom", "left"]) {
            const value = rule.style.getPropertyValue(`margin-${side}`);
            if (value) found[side] = value;
          }
          size = rule.style.getPropertyValue("size") || size;
        }
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    return { found, size };
  });
  if (margins.size && margins.size !== "auto") throw new Error(`@page size ${margins.size} is not supported by print-fit.ts`);
  const px = (value: string | undefined) => {
    if (value === undefined) return 10 * PX_PER_MM;
    const match = /^(\d+(?:\.\d+)?)(mm|cm|in|px|pt)$/.exec(value.trim());
    if (!match) throw new Error(`@page margin ${value} is not in an absolute unit print-fit.ts reads`);
    return Number(match[1]) * PX_PER_UNIT[match[2]];
  };
  const { found } = margins;
  return { top: px(found.top), right: px(found.right), bottom: px(found.bottom), left: px(found.left) };
}

const marginsRead = new WeakMap<Page, { url: string; margins: ReturnType<typeof pageMargins> }>();

/**
 * Lays the page out for printing on `format` and measures it. Leaves the page in the print medium at
 * that viewport; `restoreScreen` undoes both.
 */
export async function printFit(page: Page, format: PaperFormat): Promise<PrintFit> {
  await page.emulateMedia({ media: "print" });
  // A loaded document's stylesheets do not change: its margins are read once per address.
  let read = marginsRead.get(page);
  if (read?.url !== page.url()) marginsRead.set(page, (read = { url: page.url(), margins: pageMargins(page) }));
  const margin = await read.margins;
  const box = {
    width: Math.floor(PAPER[format].width * PX_PER_MM - margin.left - margin.right),
    height: Math.floor(PAPER[format].height * PX_PER_MM - margin.top - margin.bottom),
  };
  await page.setViewportSize(box);
  const { content, bodyHeight } = await page.evaluate(() => ({
    content: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
    bodyHeight: document.body.getBoundingClientRect().height,
  }));
  return { box, content, bodyHeight, fits: content.width <= box.width && content.height <= box.height };
}

/** Back to the screen medium at a desktop viewport. */
export async function restoreScreen(page: Page, viewport = { width: 1280, height: 720 }): Promise<void> {
  await page.emulateMedia({ media: null });
  await page.setViewportSize(viewport);
}

/** Chromium writes one uncompressed page dictionary per page ("/Type /Page", not "/Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
