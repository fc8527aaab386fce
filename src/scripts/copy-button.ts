/**
 * Copy buttons of the "Cite this" blocks. One delegated listener, so blocks swapped in later (the
 * map explorer replaces #map-view) work too. The buttons are hidden by CSS until this module runs:
 * without JavaScript the citations stay selectable text.
 */
let enabled = false;

export function enableCopyButtons(doc: Document): void {
  // One listener is enough, however often this is called.
  if (enabled) return;
  enabled = true;
  doc.documentElement.classList.add("can-copy");
  doc.addEventListener("click", async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-copy]");
    if (!button) return;
    const source = doc.getElementById(button.dataset.copy ?? "");
    const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
    if (!source) return;
    try {
      await navigator.clipboard.writeText(source.textContent ?? "");
      if (status) status.textContent = status.dataset.copied ?? "";
    } catch {
      if (status) status.textContent = status.dataset.failed ?? "";
    }
  });
}
