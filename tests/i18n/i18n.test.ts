import { expect, test } from "vitest";
import { useI18n } from "../../src/i18n/index.ts";

test("t() fills variables, and a missing one is an error rather than a visible {placeholder}", () => {
  const { t } = useI18n("en");
  expect(t("footer.edition", { edition: "2026-11", date: "25 November 2026" })).toBe("Data edition 2026-11, 25 November 2026.");
  expect(() => t("common.asOf")).toThrow(/date/);
});

test("plurals follow the language's rules", () => {
  const { t } = useI18n("en");
  expect(t("countries.showing", { shown: 1, total: 200 })).toBe("Showing 1 of 200 countries.");
  expect(t("layer.judgement.ageYears", { years: 1 })).toBe("1 year old");
  expect(t("layer.judgement.ageYears", { years: 2 })).toBe("2 years old");
});

test("dates are formatted in UTC at their precision, whatever the machine's time zone", () => {
  const { formatDate } = useI18n("en");
  expect(formatDate("2017-04-10")).toBe("10 April 2017");
  expect(formatDate("2019-10-01", "month")).toBe("October 2019");
  expect(formatDate("2011-12-31", "year")).toBe("2011");
  // The ranked list's narrow date column: the month abbreviated, in each language's own way.
  expect(formatDate("2025-11-14", "day-short")).toBe("14 Nov 2025");
  expect(useI18n("fr").formatDate("2025-11-14", "day-short")).toBe("14 nov. 2025");
  expect(useI18n("ru").formatDate("2025-11-14", "day-short")).toBe("14 нояб. 2025 г.");
});

test("Arabic pages are right-to-left; others left-to-right", () => {
  expect(useI18n("ar").dir).toBe("rtl");
  expect(useI18n("fr").dir).toBe("ltr");
});

test("'as of' follows the date's precision where the language needs it: French « au 14 novembre » but « en octobre »", () => {
  const as = (lang: "fr" | "es" | "en", date: string, precision: "day" | "month" | "year") => {
    const { t, formatDate } = useI18n(lang);
    return t("common.asOf", { date: formatDate(date, precision), precision });
  };
  expect(as("fr", "2025-11-14", "day")).toBe("au 14 novembre 2025");
  expect(as("fr", "2019-10-01", "month")).toBe("en octobre 2019");
  expect(as("fr", "2020-01-01", "year")).toBe("en 2020");
  expect(as("es", "2019-10-01", "month")).toBe("en octubre de 2019");
  expect(as("en", "2019-10-01", "month")).toBe("as of October 2019");
});
