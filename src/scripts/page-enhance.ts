/**
 * What the page's script (page.ts) loads on first use of the language switcher or a copy button:
 * the switcher's links follow the live view (map path, query, fragment), the buttons copy.
 */
import { enableCopyButtons } from "./copy-button.ts";
import { initLanguageSwitcher } from "./language-switcher.ts";

export function enhance(doc: Document): void {
  initLanguageSwitcher(doc);
  enableCopyButtons(doc);
}
