/**
 * The header's search box (SearchBox.astro): queries the Pagefind index the build writes into
 * `<base>pagefind/` (src/build/search-index.ts). Pagefind's script and index are fetched from the
 * site itself on first use only, so pages that are never searched load none of it, and searching
 * makes no request to another site. Pagefind picks the index of the page's `<html lang>`.
 */

/** One piece of a result excerpt: Pagefind marks the matched words with `<mark>`. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}


/**
 * Splits Pagefind's excerpt into plain text and marked words. The excerpt is page text, which may come
 * from data/ (hostile), so it never becomes markup: the only tags read are `<mark>` and `</mark>`;
 * everything else, tags included, stays text and is shown with textContent. Pagefind escapes only
 * `<` and `>` in page text (an `&` arrives as is), so only those two are decoded.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === "<mark>") mark = true;
    else if (piece === "</mark>") mark = false;
    else if (piece !== "") parts.push({ text: piece.replaceAll("&lt;", "<").replaceAll("&gt;", ">"), mark });
  }
  return parts;
}

/** How many results the box lists; the rest are reached by a more precise query. */
export const MAX_RESULTS = 8;

/** The part of Pagefind's browser API (pagefind.js) that the box uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindApi {
  debouncedSearch(query: string, options?: object, timeout?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/**
 * Wires up one search box: shows the form, hides the no-JavaScript links. Loaded on its first use (src/scripts/search-box.ts), so it may arrive
 * while the field already has the focus or some text: both are taken up at once.
 */
export function enhanceBox(box: HTMLElement): void {
  const form = box.querySelector<HTMLFormElement>("form")!;
  const input = form.querySelector<HTMLInputElement>("input[type=search]")!;
  const status = form.querySelector<HTMLElement>("[data-search-status]")!;
  const list = form.querySelector<HTMLOListElement>("ol")!;
  const fallback = box.querySelector<HTMLElement>("[data-search-fallback]");
  const indexUrl = box.dataset.searchIndex!;
  const messages = { found: box.dataset.found!, none: box.dataset.none!, failed: box.dataset.failed! };

  form.hidden = false;
  if (fallback) fallback.hidden = true;

  let api: Promise<PagefindApi> | undefined;
  // Loaded on first use: most visits never search, so they pay nothing for it. The address is a
  // variable, not a template literal in the call, so Vite does not wrap the import in its preload helper.
  const pagefindUrl = `${indexUrl}pagefind.js`;
  const load = () => (api ??= import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindApi>);

  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
    status.textContent = "";
  };

  const show = async (query: string) => {
    let pagefind: PagefindApi;
    try {
      pagefind = await load();
    } catch {
      status.textContent = messages.failed;
      return;
    }
    const search = await pagefind.debouncedSearch(query);
    // null: a newer keystroke superseded this search.
    if (search === null || input.value.trim() !== query) return;
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (input.value.trim() !== query) return;
    list.replaceChildren(...data.map((d) => resultItem(box.ownerDocument, d)));
    list.hidden = data.length === 0;
    status.textContent = data.length === 0 ? messages.none : messages.found.replace("{count}", String(search.results.length));
  };

  input.addEventListener("focus", () => void load().catch(() => undefined), { once: true });
  if (box.ownerDocument.activeElement === input) void load().catch(() => undefined);
  if (input.value.trim() !== "") void show(input.value.trim());
  input.addEventListener("input", () => {
    const query = input.value.trim();
    if (query === "") clear();
    else void show(query);
  });
  form.addEventListener("submit", (event) => {
    // Enter opens the first result; with none yet, nothing happens.
    event.preventDefault();
    const first = list.querySelector<HTMLAnchorElement>("a");
    if (first) first.click();
  });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      input.value = "";
      clear();
      input.focus();
    }
  });
}

function resultItem(doc: Document, data: PagefindResultData): HTMLLIElement {
  const item = doc.createElement("li");
  const link = doc.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = doc.createElement("p");
  for (const part of excerptParts(data.excerpt)) {
    if (part.mark) {
      const mark = doc.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(link, excerpt);
  return item;
}
