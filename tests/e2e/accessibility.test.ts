/**
 * axe-core on one page of each kind: no violation of WCAG 2.x A/AA rules or of axe's best practices
 * (headings in order, landmarks told apart, …: what Lighthouse's accessibility score also counts),
 * in the light and the dark scheme.
 */
import axe, { type RunOptions } from "axe-core";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";

const site = useSite();
const { open } = site;
const AUDIT_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
/**
 * The rules whose outcome depends on colours. The dark scheme (issue 8) changes colours only, so the
 * other rules would repeat the light run's verdict on the same markup at twice the cost.
 */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
const DARK_BACKGROUND = "rgb(20, 20, 24)";

/**
 * axe.run() in the page, returning only the violations, described. @axe-core/playwright's analyze()
 * ran the same axe.run() (or runPartial() per frame and finishRun() in a second, blank page) and sent
 * every result back, passes with each node's markup included: up to 1 MB a page, and on these
 * pages more time than the audit. Its frame handling is not needed: these pages have no frame
 * (asserted per page). axe is injected once per loaded page, then reused for the dark run.
 */
async function violations(page: Page, runOnly: RunOptions["runOnly"]): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(async (runOnly) => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly });
    return violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }, runOnly);
}

/** The colour rules in the dark scheme, on the page already loaded: the switch restyles it in place. */
async function darkViolations(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(DARK_BACKGROUND);
  return violations(page, { type: "rule", values: COLOUR_RULES });
}

// One page per template with the most structure; axe takes 2–5 s a page on this machine.
// The four with `dark` are also checked in the dark scheme, which follows the system setting.
test.each([
  { path: "", dark: true },
  { path: "map/observed/2024/", dark: true },
  { path: "countries/sdn/", dark: true },
  { path: "countries/", dark: false },
  { path: "recommendations/", dark: false },
  { path: "tool/", dark: true },
  { path: "trends/", dark: false },
  { path: "embed/map-judgement-latest/", dark: false },
  { path: "embed/countries-sdn-deaths/", dark: false },
])("/$path has no accessibility violation (dark scheme too: $dark)", async ({ path, dark }) => {
  const page = await open(path);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(DARK_BACKGROUND);
  expect(await page.locator("iframe").count(), "a frame, which this runner does not inject axe into").toBe(0);
  expect(await violations(page, { type: "tag", values: AUDIT_TAGS }), "light scheme").toEqual([]);
  if (dark) expect(await darkViolations(page), "dark scheme").toEqual([]);
  await page.context().close();
});

test("the audit reports a violation it is given: an image without a text alternative", async () => {
  const page = await open("embed/countries-sdn-deaths/");
  await page.evaluate(() => document.querySelector("main, body")!.append(Object.assign(document.createElement("img"), { src: "data:," })));
  // An embed page is a figure with no landmark, so the best-practice rule "region" reports the image too.
  expect(await violations(page, { type: "tag", values: AUDIT_TAGS })).toEqual([expect.stringMatching(/^image-alt: img/), expect.stringMatching(/^region: img/)]);
  await page.context().close();
});

test("the dark run covers every rule about colour among those the tags select", () => {
  const colourRules = axe.getRules(AUDIT_TAGS).map((rule) => rule.ruleId).filter((id) => /colou?r|contrast|link-in-text/.test(id));
  expect(colourRules.sort()).toEqual([...COLOUR_RULES].sort());
});
