/** axe-core on one page of each kind: no violation of WCAG 2.x A/AA rules, in the light and the dark scheme. */
import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";

const site = useSite();
const { open } = site;
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/**
 * The rules whose outcome depends on colours. The dark scheme (issue 8) changes colours only, so the
 * other rules would repeat the light run's verdict on the same markup at twice the cost.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
const DARK_BACKGROUND = "rgb(20, 20, 24)";

const described = (violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]) =>
  violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);

/** The colour rules in the dark scheme, on the page already loaded: the switch restyles it in place. */
async function darkViolations(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK_BACKGROUND);
  return described((await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze()).violations);
}

// One page per template with the most structure; axe takes 2–5 s a page on this machine.
// The four with `dark` are also checked in the dark scheme, which follows the system setting.
test.each([
  { path: "", dark: true },
  { path: "map/observed/2024/", dark: true },
  { path: "countries/sdn/", dark: true },
  { path: "recommendations/", dark: false },
  { path: "tool/", dark: true },
  { path: "trends/", dark: false },
  { path: "embed/map-judgement-latest/", dark: false },
  { path: "embed/countries-sdn-deaths/", dark: false },
])("/$path has no accessibility violation (dark scheme too: $dark)", async ({ path, dark }) => {
  const page = await open(path);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(DARK_BACKGROUND);
  expect(described((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations), "light scheme").toEqual([]);
  if (dark) expect(await darkViolations(page), "dark scheme").toEqual([]);
  await page.context().close();
});

test("the dark run covers every rule about colour among those the tags select", () => {
  const colourRules = axe.getRules(WCAG).map((rule) => rule.ruleId).filter((id) => /colou?r|contrast|link-in-text/.test(id));
  expect(colourRules.sort()).toEqual([...COLOUR_RULES].sort());
});
