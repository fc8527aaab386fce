/**
 * Names of the project's own scales (recommendation statuses, confidence, risk levels) in the page's
 * language. The ids and English labels live in data/ (statuses.yaml, risk-scale.yaml); the catalogue
 * holds the same labels under `<scale>.<id>` so each language can translate them, and
 * tests/i18n/scale-labels.test.ts keeps the English catalogue equal to the data. An id the
 * catalogue lacks (a scale entry added to the data alone) shows its data label.
 */
import type { I18n } from "../i18n/index.ts";
import { en, type MessageKey } from "../i18n/messages/en.ts";

export type ScaleName = "status" | "confidence" | "riskLevel";

/** @example formatScaleLabel("status", { id: "in-progress", label: "In progress" }, i18n) // "In progress" (or "En cours") */
export function formatScaleLabel(scale: ScaleName, item: { id: string; label: string }, { t }: I18n): string {
  const key = `${scale}.${item.id}`;
  return key in en ? t(key as MessageKey) : item.label;
}

/** The same entries with `label` in the page's language, for components that take labelled lists. */
export function labelScale<T extends { id: string; label: string }>(scale: ScaleName, items: readonly T[], i18n: I18n): T[] {
  return items.map((item) => ({ ...item, label: formatScaleLabel(scale, item, i18n) }));
}
