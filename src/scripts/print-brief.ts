/**
 * The country page's one-page brief (PrintBrief.astro): shows the print button, and stamps the
 * printed footer with the reader's date, worded and formatted in the page's language (the
 * footer's `data-i18n`; Arabic keeps Western digits through its `-u-nu-latn` locale).
 */
import { readMessages } from "./messages.ts";

export function enhancePrintBrief(doc: Document, now: () => Date = () => new Date()): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => doc.defaultView?.print());
  }
  const stamp = () => {
    const today = now();
    for (const time of doc.querySelectorAll<HTMLTimeElement>("time[data-print-date]")) {
      const { t } = readMessages(time.closest("[data-i18n]")?.getAttribute("data-i18n") ?? undefined);
      time.dateTime = today.toISOString().slice(0, 10);
      time.textContent = t("profile.printedOn", { date: today.getTime() });
      time.hidden = false;
    }
  };
  stamp();
  doc.defaultView?.addEventListener("beforeprint", stamp);
}
