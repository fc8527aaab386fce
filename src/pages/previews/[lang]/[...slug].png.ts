// Link-preview images (Open Graph, Twitter card), drawn at build time, reused from the cache when unchanged.
// scripts/build.ts writes them itself, after Astro, from its drawing threads (src/previews/draw-ahead.ts):
// then this lists none. It draws them under `astro dev` and a plain `astro build`.
import type { APIRoute, GetStaticPaths } from "astro";
import { useI18n, type Lang } from "../../../i18n/index.ts";
import { getModel } from "../../../model/model.ts";
import { previewsWrittenByBuild } from "../../../previews/draw-ahead-key.ts";
import { createPreviewCache } from "../../../previews/preview-cache.ts";
import { listPreviewCards, type PreviewCard } from "../../../previews/preview-cards.ts";

const cache = createPreviewCache();

export const getStaticPaths = (() => {
  if (previewsWrittenByBuild()) return [];
  const model = getModel();
  return model.site.languages.flatMap((lang) => listPreviewCards(model, useI18n(lang as Lang)).map((card) => ({ params: { lang, slug: card.slug }, props: { card } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cache.png(props.card)), { headers: { "Content-Type": "image/png" } });
