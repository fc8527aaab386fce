/**
 * Loads a module the first time the reader reaches for one of `selector`'s elements (a pointer over
 * it, focus in it, a click), then calls its `enhance(doc)`. The selector names the controls themselves
 * (links, buttons), not their container: a click is replayed on the element it matched. A click that comes before the module is
 * replayed once it is in; if it cannot load, a link still leads to its page. So the code behind the
 * language switcher and the copy buttons is not part of a first visit (issue 12).
 */
export function onFirstUse(doc: Document, selector: string, url: string): void {
  let loading: Promise<void> | undefined;
  let clicked: HTMLElement | undefined;
  const listen = (event: Event) => {
    const target = (event.target as Element | null)?.closest?.<HTMLElement>(selector);
    if (!target) return;
    if (event.type === "click") {
      const mouse = event as MouseEvent;
      // A link opened in a new tab or window is the browser's business.
      if (mouse.metaKey || mouse.ctrlKey || mouse.shiftKey || mouse.button !== 0) return;
      event.preventDefault();
      clicked = target;
    }
    loading ??= (import(/* @vite-ignore */ url) as Promise<{ enhance: (doc: Document) => void }>).then(
      ({ enhance }) => {
        for (const type of ["pointerover", "focusin", "click"]) doc.removeEventListener(type, listen, true);
        enhance(doc);
        clicked?.click();
      },
      () => {
        if (clicked instanceof HTMLAnchorElement) location.href = clicked.href;
      },
    );
  };
  for (const type of ["pointerover", "focusin", "click"]) doc.addEventListener(type, listen, true);
}
