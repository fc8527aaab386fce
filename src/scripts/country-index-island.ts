/**
 * Sorting, the filter box and the region filter of the countries index (CountryIndex.astro), kept in
 * the URL query. Names sort in the page's language; messages come from the form's `data-i18n`.
 */
import { compareCountryRows, formatCountryQuery, matchesCountry, parseCountryQuery, type CountrySortKey } from "./country-index.ts";
import { readMessages } from "./messages.ts";

export function enhanceCountryIndex(doc: Document): void {
  const table = doc.querySelector<HTMLTableElement>("#country-index");
  const form = doc.querySelector<HTMLFormElement>("#country-controls");
  if (table && form) enhance(doc, table, form);
}

function enhance(doc: Document, table: HTMLTableElement, form: HTMLFormElement): void {
  const { t, locale } = readMessages(form.dataset.i18n);
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const count = form.querySelector<HTMLElement>(".count")!;
  const region = form.elements.namedItem("region") as HTMLSelectElement;
  const filter = form.elements.namedItem("q") as HTMLInputElement;
  let state = parseCountryQuery(location.search);

  for (const th of table.querySelectorAll<HTMLTableCellElement>("th[data-sort-key]")) {
    const button = doc.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener("click", () => {
      const key = th.dataset.sortKey as CountrySortKey;
      state = { ...state, sort: key, descending: state.sort === key ? !state.descending : key !== "name" && key !== "region" && key !== "forecast" };
      update();
    });
  }

  function apply() {
    const compare = compareCountryRows(state, locale);
    rows.sort((a, b) => compare(a.dataset, b.dataset));
    let shown = 0;
    for (const row of rows) {
      row.hidden = (Boolean(state.region) && row.dataset.region !== state.region) || !matchesCountry(row.dataset, state.query);
      if (!row.hidden) shown++;
      body.append(row);
    }
    for (const th of table.querySelectorAll<HTMLElement>("th[data-sort-key]")) {
      if (th.dataset.sortKey === state.sort) th.setAttribute("aria-sort", state.descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
    region.value = state.region;
    if (filter.value !== state.query) filter.value = state.query;
    count.textContent = t("countries.showing", { shown, total: rows.length });
  }

  function update() {
    history.replaceState(null, "", `${location.pathname}${formatCountryQuery(state)}`);
    apply();
  }

  region.addEventListener("change", () => {
    state = { ...state, region: region.value };
    update();
  });
  filter.addEventListener("input", () => {
    state = { ...state, query: filter.value };
    update();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
