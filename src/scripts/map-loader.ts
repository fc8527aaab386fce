/**
 * The map's first-visit script: a few hundred bytes that wait until the reader reaches for the map
 * (a pointer over or focus in the explorer or the figure, a click on a layer or period link or a
 * sort button), then load the island (map-island.ts), so a visit that only reads the map pays
 * nothing for it (issue 12). Without JavaScript these are plain links and a plain table. The island is
 * imported by its address (`?chunk-url`, astro.config.mjs), without Vite's preload helper.
 */
import islandUrl from "./map-island.ts?chunk-url";

type Island = typeof import("./map-island.ts");

const GESTURES = ["pointerover", "focusin", "click"] as const;
const CONTROLS = "a[data-map-nav], button[data-sort-key]";

/** Loads the island on the first gesture and calls `init` with it; a click meanwhile is replayed then. */
export function whenMapUsed(doc: Document, init: (island: Island) => void): void {
  let loading: Promise<void> | undefined;
  /** The last control clicked before the island was here: it takes effect once it is. */
  let clicked: HTMLElement | undefined;
  /** Where the pointer last was over the map before then: its tooltip shows without another move. */
  let pointer: PointerEvent | undefined;
  const load = () =>
    (loading ??= (import(/* @vite-ignore */ islandUrl) as Promise<Island>).then(
      (island) => {
        for (const type of GESTURES) doc.removeEventListener(type, listen, true);
        init(island);
        // The island's own listeners are in place: a pointer or a focus already on the map gets its
        // tooltip (and ring), a click its effect.
        if (pointer?.target instanceof Element && pointer.target.matches(":hover")) {
          pointer.target.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: pointer.clientX, clientY: pointer.clientY }));
        }
        const focused = doc.activeElement;
        if (focused?.closest(".map-figure")) focused.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
        clicked?.click();
      },
      () => {
        // No island (e.g. offline): a layer or period link still leads to its page.
        if (clicked instanceof HTMLAnchorElement) location.href = clicked.href;
      },
    ));
  const listen = (event: Event) => {
    const target = event.target as Element | null;
    if (event.type !== "click") {
      if (!target?.closest?.("#map-view, .map-figure")) return;
      if (event.type === "pointerover") pointer = event as PointerEvent;
      void load();
      return;
    }
    const control = target?.closest?.<HTMLElement>(CONTROLS);
    const mouse = event as MouseEvent;
    // A link opened in a new tab or window is the browser's business.
    if (!control || mouse.metaKey || mouse.ctrlKey || mouse.shiftKey || mouse.button !== 0) return;
    event.preventDefault();
    clicked = control;
    void load();
  };
  for (const type of GESTURES) doc.addEventListener(type, listen, true);
}
