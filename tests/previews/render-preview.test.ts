/** Drawing a preview: a 1200×630 PNG, no markup or request from data text, and a cache that reuses unchanged images. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { useI18n } from "../../src/i18n/index.ts";
import { getModel } from "../../src/model/model.ts";
import { createPreviewCache, previewHash } from "../../src/previews/preview-cache.ts";
import { recommendationCard, type PreviewCard } from "../../src/previews/preview-cards.ts";
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

  test("a language whose script no font covers fails loudly instead of drawing empty boxes", async () => {
    await expect(renderPreviewSvg({ ...base, lang: "zh" })).rejects.toThrow(/No preview font covers/);
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
