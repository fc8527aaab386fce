/** Drawing a preview: a 1200×630 PNG, data text only drawn as glyphs, the bundled fonts only, the same bytes every time, and a cache that reuses unchanged images. */
import { createCanvas } from "@napi-rs/canvas";
import { create } from "fontkit";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, test, vi } from "vitest";
import { useI18n, type Lang } from "../../src/i18n/index.ts";
import { getModel } from "../../src/model/model.ts";
import { drawPreviewsAhead } from "../../src/previews/draw-ahead.ts";
import { previewsWrittenByBuild } from "../../src/previews/draw-ahead-key.ts";
import { createPreviewCache, previewHash } from "../../src/previews/preview-cache.ts";
import { KEEP_PER_FOLDER } from "../../src/lib/cache-folder.ts";
import { cardText } from "../../src/previews/card-layout.ts";
import { countryCard, listPreviewCards, recommendationCard, type PreviewCard } from "../../src/previews/preview-cards.ts";
import { drawableText, fontsFor } from "../../src/previews/preview-fonts.ts";
import { fontString, layoutPreview, renderPreviewPng } from "../../src/previews/render-preview.ts";
import { readPngSize } from "../helpers/png-size.ts";

const model = getModel();
const base = recommendationCard(model, model.recommendations.find((r) => r.number === 12)!, useI18n("en"));
const hostile: PreviewCard = { ...base, title: '<image href="https://evil.example/x.png"/><script>alert(1)</script>Ünïcödé Кириллица' };
const dir = mkdtempSync(join(tmpdir(), "apm-previews-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pixels darker than mid-grey: how much text (and swatch) a drawing holds. */
async function ink(png: Buffer | Uint8Array, channels = 3): Promise<number> {
  const { data } = await sharp(png, channels === 4 ? { raw: { width: 1200, height: 630, channels: 4 } } : undefined).raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let i = 0; i < data.length; i += channels) if (data[i] + data[i + 1] + data[i + 2] < 384) dark += 1;
  return dark;
}

describe("render", () => {
  test("hostile text is drawn as glyphs: a 1200×630 PNG whose pixels change with the text, and nothing fetched", async () => {
    const fetch = vi.spyOn(globalThis, "fetch");
    const { runs } = layoutPreview(hostile);
    // The markup-like title is two lines of its own text to draw (the second clamped), not anything parsed.
    const titleLines = runs.flatMap((r) => (r.kind === "text" && r.size === 46 ? [r.text] : []));
    expect(titleLines).toHaveLength(2);
    expect(titleLines[0]).toBe("<image");
    const drawnTitle = titleLines.join("").replace(/…$/, "");
    expect(drawnTitle.length).toBeGreaterThan(40);
    expect(hostile.title.replace(/ /g, "").startsWith(drawnTitle)).toBe(true);
    const drawn = await renderPreviewPng(hostile);
    expect(readPngSize(drawn)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.compare(drawn, await renderPreviewPng(base))).not.toBe(0);
    expect(fetch).not.toHaveBeenCalled();
    fetch.mockRestore();
  });

  test("the same card gives the same bytes, also when drawn while other cards are still being encoded", async () => {
    const card = countryCard(model, model.countries.find((c) => c.iso3 === "SDN")!, useI18n("ar"));
    const alone = await renderPreviewPng(card);
    expect(Buffer.compare(alone, await renderPreviewPng(card))).toBe(0);
    // One canvas is drawn over for every card: each encoding must hold its own card's pixels.
    const others = model.countries.slice(0, 4).map((c) => countryCard(model, c, useI18n("ar")));
    const together = await Promise.all([card, ...others].map((c) => renderPreviewPng(c)));
    expect(Buffer.compare(together[0], alone)).toBe(0);
    expect(new Set(together.map((png) => png.toString("base64"))).size).toBe(5);
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

  test("a Chinese card draws its characters (more ink than the same card without them)", async () => {
    const plain = await ink(await renderPreviewPng({ ...base, title: "12." }));
    const chinese = await ink(await renderPreviewPng({ ...base, title: "12. 开发更简单的工具" }));
    expect(chinese).toBeGreaterThan(plain + 5000);
  });

  test("an Arabic card draws its letters", async () => {
    const plain = await ink(await renderPreviewPng({ ...base, dir: "rtl", lang: "ar", title: "12." }));
    const arabic = await ink(await renderPreviewPng({ ...base, dir: "rtl", lang: "ar", title: "12. وضع أداة أبسط" }));
    expect(arabic).toBeGreaterThan(plain + 5000);
  });

  test("characters no bundled font has are not drawn (never taken from the machine's installed fonts)", async () => {
    expect(drawableText("Sudan 😀\u{e000}\u0007 – Судан")).toBe("Sudan  – Судан");
    // ‽ is inside Noto Sans latin's declared range (U+2000-206F), but in no bundled font.
    expect(drawableText("Sudan‽")).toBe("Sudan");
    const withStrays = await renderPreviewPng({ ...base, title: "12. Sudan😀\u{e000}\u{10ffff}‽" });
    expect(Buffer.compare(withStrays, await renderPreviewPng({ ...base, title: "12. Sudan" }))).toBe(0);
  });

  test("every character every card of the site draws is in the font picked for it, in both weights", () => {
    const charactersOf = new Map<string, Set<number>>();
    const has = (file: string, code: number) => (charactersOf.get(file) ?? charactersOf.set(file, new Set(create(readFileSync(file)).characterSet)).get(file)!).has(code);
    const missing = new Set<string>();
    let checked = 0;
    for (const lang of model.site.languages as Lang[]) {
      for (const card of listPreviewCards(model, useI18n(lang))) {
        const text = drawableText(cardText(card));
        const { fonts } = fontsFor(text);
        for (const char of new Set(text)) {
          checked += 1;
          for (const weight of [400, 700]) if (!fonts.some((f) => f.weight === weight && has(f.file, char.codePointAt(0)!))) missing.add(`U+${char.codePointAt(0)!.toString(16)} ${weight} (${card.lang}/${card.slug})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50_000);
    expect([...missing]).toEqual([]);
  });

  test("French numbers' narrow no-break space, which the fonts lack, is drawn as a no-break space", async () => {
    const french = useI18n("fr").formatNumber(14347);
    expect(french).toContain("\u202f");
    expect(drawableText(french)).toBe(french.replace("\u202f", "\u00a0"));
    const narrow = await renderPreviewPng({ ...base, title: `12. ${french}` });
    expect(Buffer.compare(narrow, await renderPreviewPng({ ...base, title: `12. ${french.replace("\u202f", "\u00a0")}` }))).toBe(0);
    expect(Buffer.compare(narrow, await renderPreviewPng({ ...base, title: `12. ${french.replace("\u202f", "")}` }))).not.toBe(0);
  });

  test("weight 400 draws the regular face, 700 the bold one", async () => {
    const { families } = layoutPreview(base);
    const draw = async (weight: 400 | 700) => {
      const canvas = createCanvas(1200, 630);
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, 1200, 630);
      ctx.fillStyle = "#000";
      ctx.font = fontString(21, weight, families);
      ctx.fillText("Statistical forecast (Early Warning Project)", 10, 100);
      return ink(canvas.data(), 4);
    };
    expect(await draw(400)).toBeLessThan((await draw(700)) * 0.85);
  });
});

describe("cache", () => {
  test("draws once, then reuses; a changed card is drawn again; each page keeps its three most recently used images", async () => {
    expect(KEEP_PER_FOLDER).toBe(3);
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
    // Three data sets built in turn (the real one and the test suite's two) all stay cached.
    const second = { ...hostile, title: "A second title" };
    await cache.png(second);
    expect(readdirSync(folder).sort()).toEqual([file(hostile), file(changed), file(second)].sort());
    await cache.png(hostile);
    expect(cache.stats).toMatchObject({ drawn: 3, reused: 2 });

    // A fourth pushes out the one used longest ago.
    const fourth = { ...hostile, title: "A fourth title" };
    await cache.png(fourth);
    expect(readdirSync(folder).sort()).toEqual([file(hostile), file(second), file(fourth)].sort());
    expect(existsSync(join(folder, file(changed)))).toBe(false);
  });

  test("drawing threads store every card in the cache, and each image is copied to its page's address in the site", async () => {
    const aheadDir = mkdtempSync(join(tmpdir(), "apm-previews-threads-"));
    const siteDir = mkdtempSync(join(tmpdir(), "apm-previews-site-"));
    vi.stubEnv("PREVIEW_CACHE_DIR", aheadDir);
    try {
      const cards = listPreviewCards(model, useI18n("fr")).slice(0, 3);
      const ahead = drawPreviewsAhead(cards, 2);
      // Astro's preview endpoint lists no page while the build writes the images itself.
      expect(previewsWrittenByBuild()).toBe(true);
      expect(await ahead.writeInto(siteDir)).toMatchObject({ drawn: 3, reused: 0, threads: 2, written: 3 });
      expect(previewsWrittenByBuild()).toBe(false);
      for (const card of cards) {
        const png = await renderPreviewPng(card);
        expect(readFileSync(join(aheadDir, "fr", ...card.slug.split("/"), `${previewHash(card)}.png`))).toEqual(png);
        expect(readFileSync(join(siteDir, "previews", "fr", `${card.slug}.png`))).toEqual(png);
      }
      // A second build finds them all in the cache.
      expect(await drawPreviewsAhead(cards, 2).writeInto(siteDir)).toMatchObject({ drawn: 0, reused: 3, written: 3 });
    } finally {
      vi.unstubAllEnvs();
      rmSync(aheadDir, { recursive: true, force: true });
      rmSync(siteDir, { recursive: true, force: true });
    }
  });
});
