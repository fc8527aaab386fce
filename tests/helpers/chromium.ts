/** How this project starts Debian's Chromium: its paths, and flags that keep it from stalling on a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The full browser, what readers run: the bench's page weights and Lighthouse. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH || "/usr/bin/chromium";
}

/**
 * The end-to-end tests' browser: Debian's `chromium-headless-shell`, the same Chromium build without
 * the desktop browser around it, at a third of its CPU for our tests (README, Stack).
 */
export function headlessShellPath(): string {
  return process.env.HEADLESS_SHELL_PATH || "/usr/bin/chromium-headless-shell";
}
