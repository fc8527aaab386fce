/**
 * "Print this brief" buttons: shown only when this script runs, since printing needs it.
 */
export function enhancePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
}
