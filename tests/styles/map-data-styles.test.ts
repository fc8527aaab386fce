/**
 * The map pages bundle their share of /styles/data.css (src/styles/map-data-styles.ts, issue 12) and
 * do not link data.css: the two must not drift apart.
 */
import { expect, test } from "vitest";
import { GET } from "../../src/pages/styles/data.css.ts";
import { mapDataStylesheet } from "../../src/styles/map-data-styles.ts";

const rules = (css: string) => new Set(css.split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("/*")));

test("the map pages' bundled rules are data.css's world-map rules and the bins' legend colours", async () => {
  const dataCss = rules(await GET().text());
  const bundled = rules(mapDataStylesheet());
  for (const rule of bundled) expect(dataCss.has(rule), rule).toBe(true);
  for (const rule of dataCss) if (rule.startsWith(".world-map")) expect(bundled.has(rule), rule).toBe(true);
  // A legend swatch of each layer: the darkest rank, the most deaths, the current-crisis category.
  for (const colour of ["08519c", "7f0000", "b30000"]) expect(bundled.has(`.bg-${colour}{background-color:#${colour}}`), colour).toBe(true);
});
