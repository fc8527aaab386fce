import { expect, test } from "vitest";
import { benchPages } from "../../src/bench/bench-pages.ts";

test("every page type in the first language; home, map, country and recommendation in every language", () => {
  const pages = benchPages(["en", "ar", "fr"]);
  expect(pages.filter((p) => p.language === "en").map((p) => p.type)).toEqual(["home", "map", "map view", "country", "countries", "trends", "recommendations", "recommendation", "tool", "methodology", "data"]);
  for (const language of ["ar", "fr"] as const) {
    expect(pages.filter((p) => p.language === language).map((p) => [p.type, p.path])).toEqual([
      ["home", `${language}/`],
      ["map", `${language}/map/`],
      ["country", `${language}/countries/sdn/`],
      ["recommendation", `${language}/recommendations/1/`],
    ]);
  }
  // English is at the root; the home budget is the larger one, with its own JavaScript budget.
  expect(pages.find((p) => p.language === "en" && p.type === "map")!.path).toBe("map/");
  expect(pages.filter((p) => p.type === "home").map((p) => [p.budget, p.jsBudget])).toEqual([[150 * 1024, 30 * 1024], [150 * 1024, 30 * 1024], [150 * 1024, 30 * 1024]]);
  expect(pages.find((p) => p.type === "country")!.budget).toBe(80 * 1024);
});

test("the first language given gets every type (BENCH_LANGUAGES=fr measures French only)", () => {
  expect(benchPages(["fr"]).map((p) => p.path)).toContain("fr/tool/");
  expect(benchPages([])).toEqual([]);
});
