/**
 * One Debian Chromium per test file, driven by playwright-core (no browser download). The flags
 * keep it from stalling on this machine kind's closed network.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || "/usr/bin/chromium";
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A context with JavaScript on or off; every test gets a fresh one. */
export function newContext(browser: Browser, { javaScriptEnabled = true } = {}): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled });
}

/**
 * One Chromium for the calling test file, started and closed with it, and `open(path)` for a fresh
 * context per test at the served site's address.
 */
export function useSite() {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
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
