/**
 * The map's small script: a tooltip on hover and keyboard focus, and switching layer or period
 * without a reload by fetching the target page (every view is its own static page) and swapping
 * in its map, with the URL kept in step. Same origin only; nothing else is requested.
 */

const TOOLTIP_GAP = 12;

/**
 * Where the tooltip goes inside the figure (its containing block), for a point in viewport
 * coordinates: below and after the point in reading order, so it grows away from the pointer
 * towards the side the text runs to: rightwards on left-to-right pages, leftwards on right-to-left
 * ones, where it is anchored by its right edge.
 */
export function tooltipPlace(point: { x: number; y: number }, figure: { left: number; right: number; top: number }, rtl: boolean): { left: string; right: string; top: string } {
  const top = `${point.y - figure.top + TOOLTIP_GAP}px`;
  return rtl
    ? { left: "", right: `${figure.right - point.x + TOOLTIP_GAP}px`, top }
    : { left: `${point.x - figure.left + TOOLTIP_GAP}px`, right: "", top };
}

/**
 * What the tooltip says for a country link: its name (the link's accessible name), then, in the
 * explorer, its row of the ranked list beside the map (value, and date where the list has one). A
 * country with no row (no data, or no one recorded killed) gets the legend entry of its colour,
 * "No data" or "0". Elsewhere the link's name already says the value.
 */
function tooltipLines(root: ParentNode, link: Element): string[] {
  const name = link.getAttribute("aria-label") ?? "";
  // The explorer: its list section is there even on a view with no country to rank (then no table).
  if (!root.querySelector("#map-ranked")) return [name];
  const list = root.querySelector<HTMLTableElement>('table[data-table="map-ranked"]');
  const href = link.getAttribute("href");
  const row = list && [...list.tBodies[0].rows].find((r) => r.cells[1]?.querySelector("a")?.getAttribute("href") === href);
  if (row) return [name, [...row.cells].slice(2).map((cell) => cell.textContent?.trim() ?? "").join(" · ")];
  const bin = /(?:^|\s)bin-(\S+)/.exec(link.querySelector("use")?.getAttribute("class") ?? "")?.[1] ?? "no-data";
  const entry = [...root.querySelectorAll<HTMLElement>(".legend [data-bin]")].find((li) => li.dataset.bin === bin);
  // The entry's own words, without the count in its muted span: "0", not "0 (149)".
  const words = [...(entry?.childNodes ?? [])].filter((node) => node.nodeType === 3).map((node) => node.textContent ?? "");
  return [name, words.join("").trim()];
}

/** Hover and keyboard-focus tooltip for the map's countries (also used on pages without the explorer). */
export function tooltip(root: ParentNode) {
  const tip = root.querySelector<HTMLElement>(".map-tooltip");
  const figure = root.querySelector<HTMLElement>(".map-figure");
  if (!tip || !figure) return;
  const show = (target: EventTarget | null, x?: number, y?: number) => {
    const link = (target as Element | null)?.closest?.("a[aria-label]");
    if (!link || !figure.contains(link)) return void (tip.hidden = true);
    // Text only (textContent): in the explorer the country's name in bold, its value on a line below.
    const [name, value] = tooltipLines(root, link);
    if (value === undefined) tip.textContent = name;
    else {
      const strong = document.createElement("strong");
      strong.textContent = name;
      tip.replaceChildren(strong, document.createElement("br"), value);
    }
    const rect = link.getBoundingClientRect();
    const at = tooltipPlace({ x: x ?? rect.left + rect.width / 2, y: y ?? rect.top + rect.height / 2 }, figure.getBoundingClientRect(), getComputedStyle(figure).direction === "rtl");
    tip.style.left = at.left;
    tip.style.right = at.right;
    tip.style.top = at.top;
    tip.hidden = false;
  };
  figure.addEventListener("pointermove", (e) => show(e.target, e.clientX, e.clientY));
  figure.addEventListener("pointerleave", () => (tip.hidden = true));
  figure.addEventListener("focusin", (e) => show(e.target));
  figure.addEventListener("focusout", () => (tip.hidden = true));
}

/**
 * A visible focus ring for the focused country, drawn as a second `<use>` of its outline on top of
 * the map: the country's own stroke would be painted over by neighbours drawn after it.
 */
export function focusRing(root: ParentNode) {
  const svg = root.querySelector<SVGSVGElement>("#map-view .map-svg svg, .map-figure .map-svg svg");
  if (!svg) return;
  const ring = document.createElementNS("http://www.w3.org/2000/svg", "use");
  ring.setAttribute("class", "focus-ring");
  ring.setAttribute("fill", "none");
  ring.setAttribute("stroke", "#000");
  ring.setAttribute("stroke-width", "2.5");
  ring.setAttribute("pointer-events", "none");
  ring.setAttribute("aria-hidden", "true");
  svg.addEventListener("focusin", (event) => {
    const shape = (event.target as Element).querySelector?.("use[href]");
    if (!shape) return;
    ring.setAttribute("href", shape.getAttribute("href")!);
    svg.append(ring);
  });
  svg.addEventListener("focusout", () => ring.remove());
}

/**
 * Sorts the ranked list by a header's column; a second click reverses it. The rows carry no data
 * attributes (issue 12: up to 168 rows on every map page): the built order is the rank order, which is
 * also the value order (rank 1 is the highest value), names are the row headers' text, and dates
 * a `<time datetime>` where their text does not sort (judgement dates) or the text itself (years).
 */
export function sortableList(root: ParentNode) {
  const table = root.querySelector<HTMLTableElement>('table[data-table="map-ranked"]');
  if (!table) return;
  const body = table.tBodies[0];
  const built = new Map([...body.rows].map((row, i) => [row, i]));
  table.tHead!.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-sort-key]");
    if (!button) return;
    const key = button.dataset.sortKey!;
    const th = button.closest("th")!;
    const descending = th.getAttribute("aria-sort") === "ascending";
    for (const other of table.tHead!.querySelectorAll("th")) other.removeAttribute("aria-sort");
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    const rows = [...body.rows];
    // Country names sort by the page's language (its lang attribute), not the browser's.
    const collator = new Intl.Collator(table.closest("[lang]")?.getAttribute("lang") ?? undefined);
    const text = (row: HTMLTableRowElement) => {
      if (key === "name") return row.cells[1].textContent ?? "";
      const cell = row.cells[3];
      return cell.querySelector("time")?.dateTime ?? cell.textContent ?? "";
    };
    rows.sort((a, b) => {
      const order = key === "rank" || key === "value" ? built.get(a)! - built.get(b)! : collator.compare(text(a), text(b));
      return (descending ? -order : order) || built.get(a)! - built.get(b)!;
    });
    body.append(...rows);
  });
}

/** The fetch of the view asked for last; an older one still under way is cancelled. */
let pending: AbortController | undefined;

async function swapTo(url: string, push: boolean) {
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  let page: Document;
  try {
    const response = await fetch(url, { headers: { Accept: "text/html" }, signal: controller.signal });
    if (!response.ok) return void (location.href = url);
    page = new DOMParser().parseFromString(await response.text(), "text/html");
  } catch (error) {
    if (controller.signal.aborted) return;
    throw error;
  }
  // A later switch started while this page was parsed: it wins.
  if (pending !== controller) return;
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
  document.dispatchEvent(new Event("map:shown"));
  tooltip(document);
  focusRing(document);
  sortableList(document);
  // Focus the new view's heading so keyboard and screen-reader users continue from there.
  const heading = document.querySelector<HTMLElement>("#map-view .map-figure h2");
  heading?.setAttribute("tabindex", "-1");
  heading?.focus();
}

export function enhanceMap(doc: Document) {
  tooltip(doc);
  focusRing(doc);
  sortableList(doc);
  doc.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("#map-view nav a");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void swapTo(link.href, true);
  });
  // Following an in-page link (the skip link) also fires popstate: only a change of view swaps.
  let shown = location.pathname;
  window.addEventListener("popstate", () => {
    if (location.pathname === shown) return;
    shown = location.pathname;
    void swapTo(location.href, false);
  });
  doc.addEventListener("map:shown", () => (shown = location.pathname));
}
