/** Drawing a preview: a 1200×630 PNG, no markup or request from data text, and a cache that reuses unchanged images. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { useI18n } from "../../src/i18n/index.ts";
import { getModel } from "../../src/model/model.ts";
import { createPreviewCache, previewHash } from "../../src/previews/preview-cache.ts";
import { recommendationCard, type PreviewCard } from "../../src/previews/preview-cards.ts";
import { fontsFor } from "../../src/previews/preview-fonts.ts";
import { renderPreviewSvg } from "../../src/previews/render-preview.ts";
import { readPngSize } from "../helpers/png-size.ts";

const model = getModel();
const base = recommendationCard(model, model.recommendations.find((r) => r.number === 12)!, useI18n("en"));
const hostile: PreviewCard = { ...base, title: '<image href="https://evil.example/x.png"/><script>alert(1)</script>Ünïcödé Кириллица' };
const dir = mkdtempSync(join(tmpdir(), "apm-previews-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("render", () => {
  test("hostile text becomes glyph outlines: no element, link or request in the SVG", async () => {
    const svg = await renderPreviewSvg(hostile);
    expect(svg).toMatch(/^<svg width="1200" height="630"/);
    expect(svg).not.toMatch(/<script|<image|<foreignObject|href=|url\(http|evil\.example/i);
  });

  test("each card gets the Noto subsets its characters need, Latin first", () => {
    expect(fontsFor("Sudan 2024").families).toEqual(["Noto Sans latin"]);
    expect(fontsFor("Côte d’Ivoire, Łódź").families).toEqual(["Noto Sans latin", "Noto Sans latin-ext"]);
    expect(fontsFor("Судан").families).toEqual(["Noto Sans latin", "Noto Sans cyrillic"]);
    expect(fontsFor("السودان").families).toEqual(["Noto Sans latin", "Noto Sans Arabic arabic"]);
    const zh = fontsFor("苏丹 2024").families;
    expect(zh[0]).toBe("Noto Sans latin");
    expect(zh.slice(1).every((f) => f.startsWith("Noto Sans SC "))).toBe(true);
    expect(zh.length).toBeLessThanOrEqual(3);
  });

  test("a Chinese card draws its characters (more outlines than the same card without them)", async () => {
    const paths = (svg: string) => svg.length;
    const plain = await renderPreviewSvg({ ...base, title: "12." });
    const chinese = await renderPreviewSvg({ ...base, title: "12. 开发更简单的工具" });
    expect(paths(chinese)).toBeGreaterThan(paths(plain) + 2000);
  });
});

describe("cache", () => {
  test("draws once, then reuses; a changed card is drawn again; each page keeps its two most recently used images", async () => {
    const cache = createPreviewCache(dir);
    const first = await cache.png(hostile);
    expect(readPngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(await cache.png(hostile)).toEqual(first);
    expect(cache.stats).toMatchObject({ drawn: 1, reused: 1 });

    const folder = join(dir, "en", "recommendations", "12");
    const file = (card: PreviewCard) => `${previewHash(card)}.png`;
    expect(readdirSync(folder)).toEqual([file(hostile)]);
    const changed = { ...hostile, facts: [{ ...hostile.facts[0], value: "Implemented, as of 1 January 2026" }] };
    expect(previewHash(changed)).not.toBe(previewHash(hostile));
    await cache.png(changed);
    expect(cache.stats).toMatchObject({ drawn: 2, reused: 1 });
    // Two data sets built in turn (the real one and a test's) both stay cached.
    expect(readdirSync(folder).sort()).toEqual([file(hostile), file(changed)].sort());
    await cache.png(hostile);
    expect(cache.stats).toMatchObject({ drawn: 2, reused: 2 });

    const third = { ...hostile, title: "A third title" };
    await cache.png(third);
    expect(readdirSync(folder).sort()).toEqual([file(hostile), file(third)].sort());
    expect(existsSync(join(folder, file(changed)))).toBe(false);
  });
});
