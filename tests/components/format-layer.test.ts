import { expect, test } from "vitest";
import { formatBinLabel, formatCategory } from "../../src/components/format-layer.ts";
import { useI18n } from "../../src/i18n/index.ts";
import { CATEGORY_BINS, DEATH_BINS, NO_DATA_BIN, RANK_BINS } from "../../src/model/bins.ts";

test("legend labels come from the catalogue, with the bins' bounds formatted as numbers", () => {
  const en = useI18n("en");
  expect(DEATH_BINS.map((b) => formatBinLabel(b, en))).toEqual(["0", "1–99", "100–999", "1,000–9,999", "10,000 or more"]);
  expect(RANK_BINS.map((b) => formatBinLabel(b, en))).toEqual(["Ranks 1–10", "Ranks 11–30", "Ranks 31–60", "Rank 61 or lower"]);
  expect(CATEGORY_BINS.map((b) => formatBinLabel(b, en))).toEqual(["Current crisis", "Imminent risk", "Serious concern"]);
  expect(formatBinLabel(NO_DATA_BIN, en)).toBe("No data");
});

test("an unknown category id is shown as it is, never as a missing-key error", () => {
  expect(formatCategory("not-a-category", useI18n("en"))).toBe("not-a-category");
});
