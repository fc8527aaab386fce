import { parseHTML } from "linkedom";
import { expect, test } from "vitest";
import { clientMessages } from "../../src/i18n/client-messages.ts";
import { useI18n } from "../../src/i18n/index.ts";
import { enhancePrintBrief } from "../../src/scripts/print-brief.ts";

function page(i18nJson: string): Document {
  const { document } = parseHTML(`<html><body><button data-print hidden>Print</button><p data-print-footer data-i18n='${i18nJson}'>x · <time data-print-date hidden></time></p></body></html>`);
  return document as unknown as Document;
}

test("the printed footer is stamped with the reader's date in the page's words and format", () => {
  const doc = page(clientMessages(useI18n("en"), ["profile.printedOn"]));
  enhancePrintBrief(doc, () => new Date("2026-12-04T10:00:00Z"));
  const time = doc.querySelector("time")!;
  expect(time.getAttribute("datetime")).toBe("2026-12-04");
  expect(time.textContent).toBe("Printed 4 December 2026");
  expect(time.hidden).toBe(false);
  expect(doc.querySelector("button")!.hidden).toBe(false);
});

test("a French page formats the date the French way", () => {
  const fr = JSON.stringify({ locale: "fr", messages: { "profile.printedOn": [{ type: 0, value: "Imprimé le " }, { type: 3, value: "date", style: "long" }] } });
  const doc = page(fr);
  enhancePrintBrief(doc, () => new Date("2026-12-04T10:00:00Z"));
  expect(doc.querySelector("time")!.textContent).toBe("Imprimé le 4 décembre 2026");
});
