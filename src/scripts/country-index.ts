/**
 * The countries index (CountryIndex.astro): sortable columns and a region filter, kept in the address;
 * the table is complete without this script.
 */
import { compareCountryRows, formatCountryQuery, parseCountryQuery, type CountrySortKey } from "../components/country-index.ts";

export function enhanceCountryIndex(): void {
  const table = document.querySelector<HTMLTableElement>("#country-index")!;
  const form = document.querySelector<HTMLFormElement>("#country-controls")!;
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const count = form.querySelector<HTMLElement>(".count")!;
  const region = form.elements.namedItem("region") as HTMLSelectElement;
  let state = parseCountryQuery(location.search);

  for (const th of table.querySelectorAll<HTMLTableCellElement>("th[data-sort-key]")) {
    const button = document.createElement("button");
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
    const compare = compareCountryRows(state);
    rows.sort((a, b) => compare(a.dataset, b.dataset));
    let shown = 0;
    for (const row of rows) {
      row.hidden = Boolean(state.region) && row.dataset.region !== state.region;
      if (!row.hidden) shown++;
      body.append(row);
    }
    for (const th of table.querySelectorAll<HTMLElement>("th[data-sort-key]")) {
      if (th.dataset.sortKey === state.sort) th.setAttribute("aria-sort", state.descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
    region.value = state.region;
    count.textContent = (count.dataset.template ?? "").replace("{shown}", String(shown));
  }

  function update() {
    history.replaceState(null, "", `${location.pathname}${formatCountryQuery(state)}`);
    apply();
  }

  region.addEventListener("change", () => {
    state = { ...state, region: region.value };
    update();
  });
  form.hidden = false;
  apply();
}
