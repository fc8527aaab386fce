/**
 * The project's own scales are data (data/statuses.yaml, data/risk-scale.yaml) and catalogue
 * messages at once, so other languages can translate them: the English catalogue must say exactly
 * what the data says, for every entry, or a relabelled status would show its old name.
 */
import { expect, test } from "vitest";
import { formatScaleLabel, type ScaleName } from "../../src/components/format-scale.ts";
import { useI18n } from "../../src/i18n/index.ts";
import { getModel } from "../../src/model/model.ts";

test("every status, confidence and risk level of the data has its English label in the catalogue", () => {
  const { statuses, riskScale } = getModel();
  const en = useI18n("en");
  const scales: [ScaleName, { id: string; label: string }[]][] = [
    ["status", statuses.statuses],
    ["confidence", statuses.confidence],
    ["riskLevel", [...riskScale.levels, riskScale.not_assessed]],
  ];
  for (const [scale, items] of scales) {
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) expect(en.t(`${scale}.${item.id}` as never), `${scale}.${item.id}`).toBe(item.label);
  }
});

test("an entry the catalogue does not know shows its data label", () => {
  expect(formatScaleLabel("status", { id: "new-status", label: "New status" }, useI18n("en"))).toBe("New status");
});
