/**
 * Messages for a browser script, handed over in a data attribute of the island's root
 * (`data-i18n`): the page's Intl locale and each message pre-parsed to its ICU syntax tree at
 * build time. The browser then formats with intl-messageformat alone, without its parser (the
 * client build maps the parser to its `no-parser` entry, astro.config.mjs), and plurals follow
 * the page's language there as they do in the build.
 */
import { parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { I18n } from "./index.ts";
import type { MessageKey } from "./messages/en.ts";

/** What `data-i18n` holds; read by `readMessages` in src/scripts/messages.ts. */
export interface ClientMessages {
  locale: string;
  messages: Record<string, MessageFormatElement[]>;
}

/** JSON for a `data-i18n` attribute (Astro escapes it as an attribute value). */
export function clientMessages(i18n: I18n, keys: readonly MessageKey[]): string {
  const messages = Object.fromEntries(keys.map((key) => [key, parse(i18n.template(key))]));
  return JSON.stringify({ locale: i18n.locale, messages } satisfies ClientMessages);
}
