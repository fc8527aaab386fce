import { expect, test } from "vitest";
import { renderStatusOverTime } from "../../src/charts/status-over-time.ts";
import { formatTimeTick } from "../../src/charts/tick-format.ts";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

test("time ticks: the year alone on 1 January, month and year otherwise, in the locale's words", () => {
  expect(formatTimeTick()(utc("2018-01-01"))).toBe("2018");
  expect(formatTimeTick()(utc("2018-03-01"))).toBe("Mar 2018");
  expect(formatTimeTick("fr")(utc("2018-03-01"))).toBe("mars 2018");
  expect(formatTimeTick("ar-u-nu-latn")(utc("2018-01-01"))).toBe("2018");
});

test("a chart's time axis and y label follow the caller's language, not Plot's English defaults", () => {
  // Eight months: Plot picks month ticks, which it would name "Feb", "Apr"… in English.
  const months = [{ month: "2020-01", asOf: "2020-01-31", counts: { a: 27 } }, { month: "2020-09", asOf: "2020-09-30", counts: { a: 27 } }];
  const svg = renderStatusOverTime({ months, statuses: [{ id: "a", label: "A", colour: "#000" }] }, { title: "T", description: "D", yLabel: "Recommandations", locale: "fr" });
  const ticks = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  expect(ticks).toContain("↑ Recommandations");
  expect(ticks.some((t) => /^(avr\.|juil\.|mai) 2020$/.test(t))).toBe(true);
  expect(ticks.join(" ")).not.toMatch(/\b(Feb|Apr|Jul|Recommendations)\b/);
});

test("axis numbers are written by Intl in the page's language", async () => {
  const { formatCompactTick, formatPercentTick } = await import("../../src/charts/tick-format.ts");
  expect([0, 500, 5000, 35000, 1e6].map(formatCompactTick("en-GB"))).toEqual(["0", "500", "5k", "35k", "1m"]);
  expect(formatCompactTick("fr")(35000)).toBe("35\u00A0k");
  expect([1e-5, 1e-4, 0.001, 0.1].map(formatPercentTick("en-GB"))).toEqual(["0%", "0.01%", "0.1%", "10%"]);
  expect(formatPercentTick("fr")(0.1)).toBe("10\u00A0%");
  expect(formatCompactTick("ar-u-nu-latn")(5000)).toMatch(/^5/);
});
