import { writeFileSync } from "node:fs";
import { getModel } from "../src/model/model.ts";
import { useI18n } from "../src/i18n/index.ts";
import { listPreviewCards } from "../src/previews/preview-cards.ts";
import { renderPreviewPng, renderPreviewSvg } from "../src/previews/render-preview.ts";
const cards = listPreviewCards(getModel(), useI18n("en"));
for (const slug of process.argv.slice(2)) {
  const card = cards.find(c => c.slug === slug)!;
  writeFileSync(`/tmp/h5-${slug.replaceAll("/", "_")}.png`, await renderPreviewPng(card));
  const svg = await renderPreviewSvg(card); console.log(slug, svg.length);
}
