/**
 * The e2e project's one Chromium (started by tests/setup/serve-dist.ts), driven by playwright-core:
 * each test file connects to it, and every context it opens is closed with the file.
 */
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export { CHROMIUM_ARGS } from "./chromium.ts";

/** Connects to the shared browser; closing the result disconnects and closes this file's contexts. */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject("browserEndpoint"));
}

/** A context with JavaScript on or off; every test gets a fresh one. */
export function newContext(browser: Browser, { javaScriptEnabled = true } = {}): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled });
}

/**
 * The shared Chromium for the calling test file, and `open(path)` for a fresh context per test at the
 * served site's address.
 */
export function useSite() {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl,
    browser: () => browser,
    async open(path: string, javaScriptEnabled = true): Promise<Page> {
      const page = await (await newContext(browser, { javaScriptEnabled })).newPage();
      await page.goto(baseUrl + path);
      return page;
    },
  };
}

/**
 * Watches a page's requests from now on; `settled()` resolves once its load event has fired and every
 * request it made has finished or failed. The explicit end of loading, where Playwright's
 * `networkidle` waits for 500 ms without a request, a fixed delay on every call. Lazy code on this
 * site loads on a gesture, never on a timer, so a test that waits for the gesture's visible effect
 * and then for `settled()` has seen every request the gesture caused.
 */
export function watchRequests(page: Page): { settled: () => Promise<void> } {
  const open = new Set<Request>();
  let waiting: (() => void)[] = [];
  const close = (request: Request) => {
    open.delete(request);
    if (open.size > 0) return;
    for (const done of waiting) done();
    waiting = [];
  };
  page.on("request", (request) => open.add(request));
  page.on("requestfinished", close);
  page.on("requestfailed", close);
  return {
    async settled() {
      await page.waitForLoadState("load");
      if (open.size > 0) await new Promise<void>((done) => waiting.push(done));
    },
  };
}
