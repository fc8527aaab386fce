/**
 * Loads a module the first time the reader reaches for part of the page, then hands it to `init`, so
 * the code behind the language switcher, the copy buttons and the map is not part of a first visit
 * (issue 12). One loader for all of them: the page's one script stays small.
 *
 * A pointer over `near` or focus in it starts the load. A click on one of `controls` (links and buttons
 * themselves, not their container) waits for the module and is replayed on that element once it is in;
 * if the module cannot load, a link still leads to its page. A pointer still over `near` and a focus
 * still in it are replayed too, so a tooltip or a focus ring shows without another move.
 */
const GESTURES = ["pointerover", "focusin", "click"];

export function onFirstUse<Module>(doc: Document, near: string, controls: string, url: string, init: (module: Module) => void): void {
  let loading: Promise<void> | undefined;
  let clicked: HTMLElement | undefined;
  let pointer: PointerEvent | undefined;
  const listen = (event: Event) => {
    const target = event.target as Element | null;
    if (event.type === "click") {
      const control = target?.closest?.<HTMLElement>(controls);
      const mouse = event as MouseEvent;
      // A link opened in a new tab or window is the browser's business.
      if (!control || mouse.metaKey || mouse.ctrlKey || mouse.shiftKey || mouse.button !== 0) return;
      event.preventDefault();
      clicked = control;
    } else {
      if (!target?.closest?.(near)) return;
      if (event.type === "pointerover") pointer = event as PointerEvent;
    }
    loading ??= (import(/* @vite-ignore */ url) as Promise<Module>).then(
      (module) => {
        for (const type of GESTURES) doc.removeEventListener(type, listen, true);
        init(module);
        // The module's own listeners are in place: replay what they missed.
        if (pointer?.target instanceof Element && pointer.target.matches(":hover")) {
          pointer.target.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: pointer.clientX, clientY: pointer.clientY }));
        }
        const focused = doc.activeElement;
        if (focused?.closest(near)) focused.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
        clicked?.click();
      },
      () => {
        // No module (e.g. offline): a link still leads to its page.
        if (clicked instanceof HTMLAnchorElement) location.href = clicked.href;
      },
    );
  };
  for (const type of GESTURES) doc.addEventListener(type, listen, true);
}
