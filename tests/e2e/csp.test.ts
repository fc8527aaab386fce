/**
 * The strict Content-Security-Policy (issue 11, item 4) in Chromium: one page of every page type is
 * loaded under the policy of its `<meta>` tag AND the header from dist/_headers (added to every
 * response here, since the preview server does not read _headers), its scripts are exercised, and
 * no violation may be reported. A static scan of every built page in every language backs it up: no inline script,
 * no `<style>`, no `style=`, no event-handler attribute, no SVG `font-variant` attribute.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Parser } from "htmlparser2";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { listHtmlFiles } from "../../src/build/check-built-site.ts";
import { useSite, watchRequests } from "../helpers/browser.ts";
import { readRawCsv } from "../helpers/raw-data.ts";
import { DIST } from "../helpers/site-pages.ts";

const { browser, baseUrl } = useSite();

/** The policy _headers gives every page (its first Content-Security-Policy line). */
function headerPolicy(): string {
  const line = readFileSync(join(DIST, "_headers"), "utf8").split("\n").find((l) => l.trim().startsWith("Content-Security-Policy:"));
  if (!line) throw new Error("dist/_headers has no Content-Security-Policy");
  return line.trim().slice("Content-Security-Policy:".length).trim();
}

/** Records every CSP violation (DOM event and console report) on pages of this context. */
async function watchedContext(): Promise<{ context: BrowserContext; violations: (page: Page) => Promise<string[]>; console: string[] }> {
  const context = await browser().newContext();
  const policy = headerPolicy();
  await context.route(`${new URL(baseUrl).origin}/**`, async (route) => {
    // A late request (the favicon) may still be in flight when the test closes its context: drop it then.
    const response = await route.fetch().catch(() => undefined);
    if (!response) return;
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": policy } }).catch(() => undefined);
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const consoleErrors: string[] = [];
  context.on("console", (message) => {
    if (/content security policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return {
    context,
    console: consoleErrors,
    violations: (page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

/** Page types: one address each, and what to do there so its script runs. */
const PAGE_TYPES: { name: string; path: string; exercise?: (page: Page) => Promise<void> }[] = [
  {
    name: "home",
    path: "",
    exercise: async (page) => {
      await page.locator('.map-svg use[href$="#sdn"]').hover();
      // The tooltip is the map island's: shown, it has loaded and run.
      await page.locator(".map-tooltip").waitFor({ state: "visible" });
    },
  },
  {
    name: "tracker",
    path: "recommendations/",
    exercise: async (page) => {
      await page.selectOption('select[name="status"]', "not-implemented");
      await page.waitForFunction(() => new URL(location.href).searchParams.get("status") === "not-implemented");
    },
  },
  { name: "recommendation", path: "recommendations/1/" },
  { name: "map index", path: "map/" },
  {
    name: "map view",
    path: "map/observed/2024/",
    exercise: async (page) => {
      await page.locator('.map-svg use[href$="#sdn"]').hover();
      await page.locator(".map-tooltip").waitFor({ state: "visible" });
      await page.locator('nav.map-controls a[href*="/map/forecast/"]').first().click();
      await page.waitForSelector('#map-view[data-layer="forecast"]');
      await page.locator(".map-svg a[aria-label]").first().focus();
    },
  },
  {
    name: "countries index",
    path: "countries/",
    exercise: async (page) => {
      await page.locator("#country-index th[data-sort-key] button").first().click();
      await page.waitForFunction(() => document.querySelector("#country-index th[aria-sort]") !== null);
    },
  },
  { name: "country", path: "countries/sdn/", exercise: (page) => page.locator("button[data-print]").waitFor({ state: "visible" }) },
  { name: "trends", path: "trends/" },
  {
    name: "tool",
    path: "tool/",
    exercise: async (page) => {
      const before = await page.locator("#matrix-result").getAttribute("data-level");
      for (const radio of (await page.locator('#matrix-form input[type="radio"][value="3"]').all()).slice(0, 8)) await radio.check();
      await page.waitForFunction((old) => document.querySelector("#matrix-result")?.getAttribute("data-level") !== old, before);
    },
  },
  { name: "data", path: "data/" },
  { name: "methodology", path: "methodology/" },
  { name: "about", path: "about/" },
  { name: "changes", path: "changes/" },
  { name: "404", path: "no-such-page/" },
];

describe("Content-Security-Policy in Chromium", () => {
  test.each(PAGE_TYPES)("$name ($path): the scripts run and nothing is blocked", async ({ path, exercise }) => {
    const { context, violations, console } = await watchedContext();
    const page = await context.newPage();
    const requests = watchRequests(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(baseUrl + path);
    await requests.settled();
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(meta).toContain("script-src 'self'");
    // The page's stylesheets did load under the policy (a blocked sheet would leave the header unstyled).
    expect(await page.locator(".site-header").evaluate((e) => getComputedStyle(e).borderBottomStyle)).toBe("solid");
    await exercise?.(page);
    // Each exercise waits for its visible effect, so the code it loads has arrived; what it fetched
    // in turn has finished once the page's requests have.
    await requests.settled();
    expect(await violations(page)).toEqual([]);
    expect(console).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("the watch reports what the policy blocks: an inline script and style added after load", async () => {
    const { context, violations, console } = await watchedContext();
    const page = await context.newPage();
    const requests = watchRequests(page);
    await page.goto(`${baseUrl}about/`);
    await requests.settled();
    await page.evaluate(() => {
      document.head.append(Object.assign(document.createElement("script"), { textContent: "window.ran = true" }));
      document.head.append(Object.assign(document.createElement("style"), { textContent: "body { color: red }" }));
    });
    expect(await page.evaluate(() => "ran" in window)).toBe(false);
    // Each reported twice: by the <meta> policy and by the header's.
    expect((await violations(page)).map((v) => v.split(" ")[0]).sort()).toEqual(["script-src-elem", "script-src-elem", "style-src-elem", "style-src-elem"]);
    expect(console.length).toBeGreaterThan(0);
    await context.close();
  });

  test("data colours come from the data stylesheet: a status badge and a map bin are painted", async () => {
    const { context, violations } = await watchedContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}map/observed/2024/`);
    // Sudan's 2024 deaths from the raw CSV, binned and coloured as the legend defines (src/model/bins.ts).
    const deaths = Number(readRawCsv("ucdp-organized-violence-cy/one-sided-violence-country-year.csv").find((r) => r.iso3 === "SDN" && r.year === "2024")!.deaths_best);
    const [bin, rgb] = deaths >= 10000 ? ["d4", "rgb(127, 0, 0)"] : deaths >= 1000 ? ["d3", "rgb(215, 48, 31)"] : deaths >= 100 ? ["d2", "rgb(252, 141, 89)"] : ["d1", "rgb(253, 212, 158)"];
    const fill = await page.locator('.map-svg use[href$="#sdn"]').evaluate((e) => [e.getAttribute("class"), getComputedStyle(e).fill]);
    expect(fill).toEqual([`c bin-${bin}`, rgb]);
    const hatch = await page.locator(".map-svg use.no-data").first().evaluate((e) => getComputedStyle(e).fill);
    expect(hatch).toMatch(/^url\("?#world-map-no-data"?\)$/);
    await page.goto(`${baseUrl}recommendations/`);
    const badge = page.locator(".badge[data-status]").first();
    expect(await badge.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

/**
 * What a strict policy would block in one page's markup. htmlparser2's callbacks (the tokenizer the
 * build's own checks use) rather than a DOM: this reads every page of every language, 2,000+ pages,
 * in a few seconds, where a DOM per page took longer for a sixth of them.
 */
function inlineMarkup(html: string): string[] {
  const problems: string[] = [];
  let script: { type: string; src: boolean; text: string } | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "script") script = { type: attributes.type ?? "", src: "src" in attributes, text: "" };
      if (name === "style") problems.push("<style> element");
      for (const attribute of Object.keys(attributes)) {
        if (attribute === "style" || attribute === "font-variant" || attribute.startsWith("on")) problems.push(`${attribute}= on <${name}>`);
      }
    },
    ontext(text) {
      if (script) script.text += text;
    },
    onclosetag(name) {
      if (name !== "script" || !script) return;
      const { type, src, text } = script;
      script = undefined;
      if (type === "application/json" || type === "application/ld+json") return;
      if (!src || text.trim() !== "") problems.push(`inline <script${type ? ` type="${type}"` : ""}>`);
    },
  });
  parser.end(html);
  return problems;
}

describe("built pages carry nothing inline", () => {
  const files = listHtmlFiles(DIST);
  const dataCss = readFileSync(join(DIST, "styles/data.css"), "utf8");

  test("the scan finds each kind of inline markup", () => {
    const page = `<!doctype html><html><head><style>p{}</style><script>alert(1)</script><script type="module" src="/a.js"></script>
      <script type="application/ld+json">{"a":1}</script><script src="/b.js"> x </script></head>
      <body><p STYLE="color:red" onClick="x()">a</p><svg><text font-variant="small-caps">b</text></svg></body></html>`;
    expect(inlineMarkup(page).sort()).toEqual(["<style> element", "font-variant= on <text>", "inline <script>", "inline <script>", "onclick= on <p>", "style= on <p>"]);
  });

  test("no page in any language has an inline script, style element, style attribute, event handler or font-variant attribute", () => {
    expect(files.length).toBeGreaterThan(2000);
    const problems = files.flatMap((file) => inlineMarkup(readFileSync(file, "utf8")).map((problem) => `${relative(DIST, file)}: ${problem}`));
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test("every data class a page uses (bg-*, share-*, bin-*) is defined in /styles/data.css", () => {
    const used = new Set<string>();
    for (const file of files) {
      for (const [, classes] of readFileSync(file, "utf8").matchAll(/\sclass="([^"]*)"/g)) {
        for (const name of classes.split(/\s+/)) if (/^(bg|share|bin)-/.test(name)) used.add(name);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((name) => !dataCss.includes(`.${name}{`));
    expect(missing).toEqual([]);
  });

  test("_headers: the policy with frame-ancestors, HSTS and nosniff for every path", () => {
    const headers = readFileSync(join(DIST, "_headers"), "utf8");
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';.* frame-ancestors 'none'$/m);
    expect(headers).toContain("  Strict-Transport-Security: max-age=");
    expect(headers).toContain("  X-Content-Type-Options: nosniff");
    expect(headers).toMatch(/^\/embed\/\*\n {2}! Content-Security-Policy$/m);
  });
});
