import { expect, test } from "vitest";
import { clientMessages } from "../../src/i18n/client-messages.ts";
import { useI18n } from "../../src/i18n/index.ts";
import { readMessages } from "../../src/scripts/messages.ts";

test("a browser script formats the build's messages the way t() does, plurals included", () => {
  const en = useI18n("en");
  const keys = ["tracker.showing", "map.list.title", "tool.result.missing"] as const;
  const client = readMessages(clientMessages(en, keys));
  expect(client.locale).toBe("en-GB");
  expect(client.t("tracker.showing", { shown: 3, total: 27 })).toBe(en.t("tracker.showing", { shown: 3, total: 27 }));
  expect(client.t("map.list.title", { count: 1 })).toBe("Ranked list (1 country)");
  expect(client.t("map.list.title", { count: 2 })).toBe("Ranked list (2 countries)");
  expect(client.t("tool.result.missing", { missing: 1 })).toBe("Answer 1 more question to get a level.");
  expect(client.t("tool.result.missing", { missing: 2 })).toBe("Answer 2 more questions to get a level.");
});

test("plural categories follow the page's locale, not English", () => {
  // A hand-written Russian message: one / few / many, as Intl.PluralRules("ru") distinguishes them.
  const ru = JSON.stringify({ locale: "ru", messages: { n: [{ type: 6, value: "n", offset: 0, pluralType: "cardinal", options: { one: { value: [{ type: 7 }, { type: 0, value: " страна" }] }, few: { value: [{ type: 7 }, { type: 0, value: " страны" }] }, many: { value: [{ type: 7 }, { type: 0, value: " стран" }] }, other: { value: [{ type: 7 }, { type: 0, value: " страны" }] } } }] } });
  const { t } = readMessages(ru);
  expect([1, 3, 5, 21].map((n) => t("n", { n }))).toEqual(["1 страна", "3 страны", "5 стран", "21 страна"]);
});

test("a key the island was not given shows as the key, and no attribute gives English defaults", () => {
  const client = readMessages(undefined);
  expect(client.t("tracker.showing")).toBe("tracker.showing");
  expect(client.formatNumber(1234.5)).toBe("1,234.5");
});
