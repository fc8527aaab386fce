import { expect, test } from "vitest";
import { formatPeriod, periodLabels } from "../../src/components/format-layer.ts";
import { useI18n } from "../../src/i18n/index.ts";
import { LATEST_KNOWN } from "../../src/model/derive-layers.ts";

test("a layer's period labels are made once and read the same as formatPeriod", () => {
  const i18n = useI18n("en");
  const ids = [LATEST_KNOWN, "2024-09-01", "2012-07-15"];
  const labels = periodLabels("judgement", ids, i18n);
  expect([...labels]).toEqual(ids.map((id) => [id, formatPeriod("judgement", id, i18n)]));
  expect(labels.get("2012-07-15")).toBe("15 July 2012");
  expect(periodLabels("judgement", [...ids], i18n), "the same layer and periods: the same labels object").toBe(labels);
  expect(periodLabels("observed", ["2024"], i18n).get("2024")).toBe("2024");
});
