/**
 * The header search box's first-visit script (issue 12): it shows the form at once and loads the
 * search code (src/components/site-search.ts) only when the field is first pointed at, focused or
 * typed into, so the many visits that never search pay for a few hundred bytes, not all of it.
 * The results' stylesheet comes with it (search-results.css). The search code is imported by its
 * address (`?chunk-url`, astro.config.mjs), without Vite's preload helper.
 */
import searchUrl from "../components/site-search.ts?chunk-url";
import resultsStyleUrl from "../styles/search-results.css?url";

type Search = typeof import("../components/site-search.ts");

export function prepareSearch(doc: Document): void {
  for (const box of doc.querySelectorAll<HTMLElement>("[data-site-search]")) {
    const form = box.querySelector<HTMLFormElement>("form");
    const input = form?.querySelector<HTMLInputElement>("input[type=search]");
    if (!form || !input) continue;
    form.hidden = false;
    const fallback = box.querySelector<HTMLElement>("[data-search-fallback]");
    if (fallback) fallback.hidden = true;
    let loading = false;
    const start = () => {
      if (loading) return;
      loading = true;
      // The results' stylesheet loads beside the code: it is in long before the first results are.
      const style = doc.createElement("link");
      style.rel = "stylesheet";
      style.href = resultsStyleUrl;
      doc.head.append(style);
      void (import(/* @vite-ignore */ searchUrl) as Promise<Search>).then(({ enhanceBox }) => enhanceBox(box));
    };
    for (const type of ["pointerover", "focusin", "input"]) form.addEventListener(type, start, { once: true });
  }
}
