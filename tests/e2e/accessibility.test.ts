/** axe-core on one page of each kind: no violation of WCAG 2.x A/AA rules. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "vitest";
import { useSite } from "../helpers/browser.ts";

const site = useSite();
const { open } = site;

// One page per template with the most structure; axe takes 2–5 s a page on this machine.
test.each(["", "map/observed/2024/", "countries/sdn/", "recommendations/", "tool/", "trends/", "embed/map-judgement-latest/", "embed/countries-sdn-deaths/"])(
  "/%s has no accessibility violation",
  async (path) => {
    const page = await open(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
    await page.context().close();
  },
);

// The dark scheme follows the system setting (issue 8): same rules, same contrast.
test.each(["", "map/observed/2024/", "countries/sdn/", "tool/"])("/%s has no accessibility violation in the dark scheme", async (path) => {
  const context = await site.browser().newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto(site.baseUrl + path);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(20, 20, 24)");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
  await context.close();
});
