/**
 * The matrix answers (issue 5): Sudan's page shows what public data says, its "complete this
 * assessment" link opens /tool/ with those scores and explanations, and completing one more question
 * gives the level the published rule gives, worked out here by hand from data/indicators.yaml.
 */
import { describe, expect, test } from "vitest";
import { getModel } from "../../src/model/model.ts";
import type { IndicatorsFile } from "../../src/model/schemas/indicators.ts";
import type { RiskScale } from "../../src/model/schemas/site.ts";
import { useSite } from "../helpers/browser.ts";
import { readRawYaml } from "../helpers/raw-data.ts";

const site = useSite();
const indicators = readRawYaml<IndicatorsFile>("indicators.yaml");
const riskScale = readRawYaml<RiskScale>("risk-scale.yaml");
const sudan = getModel().matrix.byIso3.SDN.latestDerived!;

/** The rule of indicators.yaml → scoring, applied by hand: weighted mean, thresholds, then floors. */
function levelByHand(scores: Record<string, number>): string {
  const { weights, thresholds, floors, min_assessed } = indicators.scoring;
  const entries = Object.entries(scores);
  if (entries.length < min_assessed) return riskScale.not_assessed.id;
  const weight = (id: string) => weights[id] ?? 1;
  const mean = entries.reduce((sum, [id, s]) => sum + weight(id) * s, 0) / entries.reduce((sum, [id]) => sum + weight(id), 0);
  const order = riskScale.levels.map((l) => l.id);
  let level = thresholds.filter((t) => mean >= t.min_mean - 1e-9).at(-1)!.level;
  for (const f of floors) if ((scores[f.indicator] ?? -1) >= f.score && order.indexOf(f.at_least) > order.indexOf(level)) level = f.at_least;
  return level;
}

describe("the matrix answers from a country page", () => {
  test("Sudan's page lists public data's scores with rule and source, and links to a pre-filled tool", async () => {
    expect(sudan.cells.length).toBeGreaterThanOrEqual(2);
    const page = await site.open("countries/sdn/");
    const listed = page.locator(".matrix-public li[data-indicator]");
    expect(await listed.count()).toBe(sudan.cells.length);
    for (const { indicator, cell } of sudan.cells) {
      const item = page.locator(`.matrix-public li[data-indicator="${indicator}"]`);
      expect(await item.getAttribute("data-score")).toBe(String(cell.score));
      const text = await item.innerText();
      expect(text).toContain(cell.summary.slice(0, 40));
      expect(text).toContain("Source:");
    }

    await page.click("a[data-complete-assessment]");
    await page.waitForURL(/\/tool\/\?/);
    await page.locator('[data-result="prefill"]').waitFor({ state: "visible" });
    expect(await page.inputValue('input[name="country"]')).toBe("Sudan");
    const answers: Record<string, number> = {};
    for (const { indicator, cell } of sudan.cells) {
      expect(await page.isChecked(`input[name="score-${indicator}"][value="${cell.score}"]`), indicator).toBe(true);
      expect(await page.inputValue(`textarea[name="evidence-${indicator}"]`)).toContain(cell.summary.slice(0, 40));
      expect(await page.locator(`fieldset[data-indicator="${indicator}"] .prefilled-mark`).isVisible()).toBe(true);
      answers[indicator] = cell.score;
    }
    // Public data alone is short of the rule's minimum: no level yet.
    expect(sudan.cells.length).toBeLessThan(indicators.scoring.min_assessed);
    expect(await page.locator("#matrix-result").getAttribute("data-level")).toBe(riskScale.not_assessed.id);

    // The analyst answers one more question, the first one public data left open, with a 2.
    const extra = indicators.indicators.find((x) => !(x.id in answers))!;
    await page.check(`input[name="score-${extra.id}"][value="2"]`);
    answers[extra.id] = 2;
    const expected = levelByHand(answers);
    expect(expected).not.toBe(riskScale.not_assessed.id);
    expect(await page.locator("#matrix-result").getAttribute("data-level")).toBe(expected);
    await page.context().close();
  });

  test("recommendation 12's page links to the tool as the site's answer", async () => {
    const page = await site.open("recommendations/12/");
    expect(await page.locator("a[data-tool-answer]").getAttribute("href")).toMatch(/\/tool\/$/);
    await page.context().close();
  });
});
