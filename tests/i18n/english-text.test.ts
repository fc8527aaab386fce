import { expect, test } from "vitest";
import { englishLeftovers, englishPhrases } from "../helpers/english-text.ts";

const en = {
  "nav.map": "Map",
  "common.source": "Source",
  "footer.edition": "Data edition {edition}, {date}.",
  "layer.observed.unit": "Deaths (UCDP best estimate) in the country where they occurred",
  "map.list.title": "Ranked list ({count, plural, one {# country} other {# countries}})",
  "matrix.public.lede": "Public data scores {count} of the {total} questions.",
};
const fr = {
  "nav.map": "Carte",
  "common.source": "Source",
  "footer.edition": "Édition des données {edition}, {date}.",
  "layer.observed.unit": "Décès (meilleure estimation de l’UCDP) dans le pays où ils se sont produits",
  "map.list.title": "Liste classée ({count, plural, one {# pays} other {# pays}})",
  "matrix.public.lede": "Les données publiques notent {count} des {total} questions.",
};
const phrases = englishPhrases(en, fr);

test("English messages and three-word runs of them are found outside lang=en fragments", () => {
  const html = `<html lang="fr"><body>
    <nav><a href="/">Map</a><a href="/fr/">Carte</a></nav>
    <p>Source : UCDP</p><p>Source</p>
    <p>Data edition 2026-11, 25 November 2026.</p>
    <p lang="en">Deaths (UCDP best estimate) in the country where they occurred</p>
    <svg aria-label="Deaths (UCDP best estimate) in the country where they occurred"></svg>
    <script>const s = "Map";</script>
  </body></html>`;
  expect(englishLeftovers(html, phrases)).toEqual([
    '<a> "Map"',
    '<p> "Data edition 2026-11, 25 November 2026"',
    '<svg> aria-label="Deaths (UCDP best estimate) in the country where they occurred"',
  ]);
});

test("a fully French page has no English leftovers, and short function-word runs (\"of the\") are not evidence", () => {
  const html = `<html lang="fr"><body><p>Liste classée (3 pays)</p><p lang="fr">République du Congo</p><p>Republic of the Congo</p><p>Édition des données 2026-11, 25 novembre 2026.</p></body></html>`;
  expect(englishLeftovers(html, phrases)).toEqual([]);
});

test("a scope limits the scan to matching elements and their descendants", () => {
  const html = `<html lang="fr"><body><nav><a>Map</a></nav><p>Map</p></body></html>`;
  expect(englishLeftovers(html, phrases, "nav, h1")).toEqual(['<a> "Map"']);
});
