/**
 * The browser side of src/i18n/client-messages.ts: turns an island's `data-i18n` attribute into a
 * `t()` that formats the pre-parsed ICU messages with the page's locale, so "1 country" and
 * "2 countries" (or Arabic's six plural forms) come out right without a round trip to the build.
 */
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";

export interface ClientI18n {
  locale: string;
  /** Formats `key` with `vars`; a key the island was not given comes back as the key itself. */
  t: (key: string, vars?: Record<string, string | number>) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

/** @example readMessages(form.dataset.i18n).t("tracker.showing", { shown: 3, total: 27 }) */
export function readMessages(json: string | undefined): ClientI18n {
  const { locale = "en-GB", messages = {} } = (json ? JSON.parse(json) : {}) as { locale?: string; messages?: Record<string, MessageFormatElement[]> };
  const compiled = new Map<string, IntlMessageFormat>();
  return {
    locale,
    t(key, vars = {}) {
      const ast = messages[key];
      if (!ast) return key;
      if (!compiled.has(key)) compiled.set(key, new IntlMessageFormat(ast, locale));
      return String(compiled.get(key)!.format(vars));
    },
    formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
  };
}
