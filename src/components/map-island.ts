/**
 * The map's small script: a tooltip on hover and keyboard focus, and switching layer or period
 * without a reload by fetching the target page (every view is its own static page) and swapping
 * in its map, with the URL kept in step. Same origin only; nothing else is requested.
 */

/** Hover and keyboard-focus tooltip for the map's countries (also used on pages without the explorer). */
export function tooltip(root: ParentNode) {
  const tip = root.querySelector<HTMLElement>(".map-tooltip");
  const figure = root.querySelector<HTMLElement>(".map-figure");
  if (!tip || !figure) return;
  const show = (target: EventTarget | null, x?: number, y?: number) => {
    const link = (target as Element | null)?.closest?.("a[aria-label]");
    if (!link || !figure.contains(link)) return void (tip.hidden = true);
    tip.textContent = link.getAttribute("aria-label");
    const box = figure.getBoundingClientRect();
    const rect = link.getBoundingClientRect();
    tip.style.left = `${(x ?? rect.left + rect.width / 2) - box.left + 12}px`;
    tip.style.top = `${(y ?? rect.top + rect.height / 2) - box.top + 12}px`;
    tip.hidden = false;
  };
  figure.addEventListener("pointermove", (e) => show(e.target, e.clientX, e.clientY));
  figure.addEventListener("pointerleave", () => (tip.hidden = true));
  figure.addEventListener("focusin", (e) => show(e.target));
  figure.addEventListener("focusout", () => (tip.hidden = true));
}

async function swapTo(url: string, push: boolean) {
  const response = await fetch(url, { headers: { Accept: "text/html" } });
  if (!response.ok) return void (location.href = url);
  const page = new DOMParser().parseFromString(await response.text(), "text/html");
  const next = page.querySelector("#map-view");
  const current = document.querySelector("#map-view");
  if (!next || !current) return void (location.href = url);
  current.replaceWith(document.importNode(next, true));
  document.title = page.title;
  // Keep the page's own metadata in step, so a link copied now cites the view shown.
  for (const selector of ['link[rel="canonical"]', 'meta[name="description"]', 'meta[property="og:url"]', 'meta[property="og:title"]', 'meta[property="og:description"]']) {
    const fresh = page.querySelector(selector);
    const old = document.querySelector(selector);
    if (fresh && old) old.replaceWith(document.importNode(fresh, true));
  }
  if (push) history.pushState({ map: true }, "", url);
  tooltip(document);
  // Focus the new view's heading so keyboard and screen-reader users continue from there.
  const heading = document.querySelector<HTMLElement>("#map-view .map-figure h2");
  heading?.setAttribute("tabindex", "-1");
  heading?.focus();
}

export function enhanceMap(doc: Document) {
  tooltip(doc);
  doc.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-map-nav]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void swapTo(link.href, true);
  });
  window.addEventListener("popstate", () => void swapTo(location.href, false));
}
