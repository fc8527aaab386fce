/** The card's layout with a fake measure (10 px per character): wrapping, clamping, direction, and what data text may become. */
import { describe, expect, test } from "vitest";
import { breakPieces, layoutCard, wrapText, type RectRun, type Run, type TextRun } from "../../src/previews/card-layout.ts";
import type { PreviewCard } from "../../src/previews/preview-cards.ts";

const measure = (text: string) => [...text].length * 10;
const card: PreviewCard = {
  slug: "countries/sdn",
  lang: "en",
  dir: "ltr",
  kicker: "Countries",
  title: "Sudan",
  facts: [{ label: "Status", value: "Not implemented, as of 8 December 2025", swatch: "#d95f02" }],
  footer: "Atrocity Prevention Monitor · Data edition 2026.11",
};
const texts = (runs: Run[]) => runs.filter((r): r is TextRun => r.kind === "text");
const rects = (runs: Run[]) => runs.filter((r): r is RectRun => r.kind === "rect");
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("wrapping", () => {
  test("greedy at spaces, each line within the width", () => {
    const lines = wrapText(words(30), 200, 10, measure, "en");
    expect(lines[0]).toBe("word0 word1 word2");
    expect(lines.every((l) => measure(l) <= 200)).toBe(true);
    expect(lines.join(" ")).toBe(words(30));
  });

  test("a text of ten lines is clamped to its limit, the last line ending with …", () => {
    const lines = wrapText(words(60), 200, 2, measure, "en");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measure(lines[1])).toBeLessThanOrEqual(200);
    expect(wrapText("short", 200, 2, measure, "en")).toEqual(["short"]);
  });

  test("a word wider than a line breaks between graphemes", () => {
    expect(wrapText("x".repeat(25), 100, 5, measure, "en")).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });

  test("punctuation stays with its word, and no-break spaces do not break", () => {
    expect(breakPieces("risk 14.2%, rank 3", "en")).toEqual(["risk ", "14.2%, ", "rank ", "3"]);
    expect(breakPieces("de 10,4\u202f% ; le", "fr")).toEqual(["de ", "10,4\u202f% ; ", "le"]);
    expect(breakPieces("2024–2025", "en")).toEqual(["2024–", "2025"]);
  });

  test("Chinese breaks between any two characters, but not before closing punctuation", () => {
    expect(breakPieces("刚果民主共和国（3,926）。", "zh")).toEqual(["刚", "果", "民", "主", "共", "和", "国（3,926）。"]);
  });
});

describe("card layout", () => {
  test("an LTR card starts every line at the left padding; the swatch is left of its value", () => {
    const runs = layoutCard(card, measure);
    expect(texts(runs).every((t) => t.align === "left")).toBe(true);
    expect(texts(runs).find((t) => t.text === "Sudan")!.x).toBe(64);
    expect(texts(runs).find((t) => t.text.startsWith("Not implemented"))!.x).toBe(64 + 28 + 14);
    expect(rects(runs).find((r) => r.color === "#d95f02")).toMatchObject({ x: 64, width: 28, height: 28 });
  });

  test("an RTL card's lines are right-aligned at the right padding, the swatch on the right", () => {
    const runs = layoutCard({ ...card, lang: "ar", dir: "rtl", title: "السودان" }, measure);
    expect(texts(runs).every((t) => t.align === "right")).toBe(true);
    expect(texts(runs).find((t) => t.text === "السودان")!.x).toBe(1200 - 64);
    expect(texts(runs).find((t) => t.text.startsWith("Not implemented"))!.x).toBe(1200 - 64 - 28 - 14);
    expect(rects(runs).find((r) => r.color === "#d95f02")).toMatchObject({ x: 1200 - 64 - 28 });
  });

  test("title 58 px, or 46 px past 50 characters, at most two lines; summary at most three", () => {
    expect(texts(layoutCard(card, measure)).find((t) => t.text === "Sudan")!.size).toBe(58);
    const long = layoutCard({ ...card, title: words(100), summary: words(200) }, measure);
    expect(texts(long).filter((t) => t.size === 46)).toHaveLength(2);
    const summary = texts(long).filter((t) => t.size === 28 && t.weight === 400);
    expect(summary).toHaveLength(3);
    expect(summary[2].text).toMatch(/…$/);
  });

  test("the footer sits at the bottom on paper drawn over anything that did not fit", () => {
    const crowded = layoutCard({ ...card, facts: Array.from({ length: 8 }, () => card.facts[0]) }, measure);
    const footer = texts(crowded).at(-1)!;
    expect(footer.text).toBe(card.footer);
    expect(texts(layoutCard(card, measure)).at(-1)!.y).toBe(footer.y);
    const paper = rects(crowded).filter((r) => r.color === "#ffffff").at(-1)!;
    expect(paper.y + paper.height).toBe(630);
    expect(crowded.indexOf(paper)).toBeGreaterThan(crowded.indexOf(texts(crowded).at(-2)!));
  });

  test("data text only ever becomes text to draw; a swatch from data only when it is a plain hex colour", () => {
    const hostile = { ...card, facts: [{ label: "Status", value: "</div><a href='//evil.example'>x</a>", swatch: "red;background:url(https://evil.example)" }] };
    const runs = layoutCard(hostile, measure);
    expect(rects(runs).map((r) => r.color).every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    expect(rects(runs).some((r) => r.color.includes("evil"))).toBe(false);
    expect(texts(runs).map((t) => t.text)).toContain(hostile.facts[0].value);
  });
});
