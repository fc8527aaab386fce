/**
 * One Debian Chromium per test file, driven by playwright-core (no browser download). The flags
 * keep it from stalling on this machine kind's closed network.
 */
import { chromium, type Browser, type BrowserContext } from "playwright-core";

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
