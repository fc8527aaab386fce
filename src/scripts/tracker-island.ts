/**
 * The tracker's filters and sorting (TrackerTable.astro): state in the URL query, every row listed
 * without JavaScript. Messages and locale come from the form's `data-i18n`.
 */
import { readMessages } from "./messages.ts";
import { compareRows, formatTrackerQuery, parseTrackerQuery, rowMatches, type TrackerState } from "./tracker-filter.ts";

export function enhanceTracker(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>("#tracker-filters");
  const table = doc.querySelector<HTMLTableElement>("#tracker");
  if (form && table) enhance(form, table);
}

function enhance(form: HTMLFormElement, table: HTMLTableElement): void {
  const { t } = readMessages(form.dataset.i18n);
  const flat = table.querySelector<HTMLTableSectionElement>("tbody[data-flat]")!;
  const groups = [...table.querySelectorAll<HTMLTableSectionElement>("tbody[data-group]")];
  const rows = [...table.querySelectorAll<HTMLTableRowElement>("tr.rec")].map((element) => ({
    element,
    home: element.parentElement as HTMLTableSectionElement,
    data: {
      number: Number(element.dataset.number),
      status: element.dataset.status ?? "",
      phase: element.dataset.phase ?? "",
      group: element.dataset.group ?? "",
      actors: (element.dataset.actors ?? "").split("|"),
      asOf: element.dataset.asOf ?? "",
    },
  }));
  const statusOrder = (form.dataset.statusOrder ?? "").split(" ");
  const count = form.querySelector<HTMLElement>(".count")!;

  function readForm(): TrackerState {
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
    return parseTrackerQuery(formatTrackerQuery({ status: value("status"), phase: value("phase"), group: value("group"), actor: value("actor"), sort: value("sort") as TrackerState["sort"] }));
  }

  function writeForm(state: TrackerState) {
    for (const [name, value] of Object.entries(state)) (form.elements.namedItem(name) as HTMLSelectElement).value = value;
  }

  function apply(state: TrackerState) {
    let shown = 0;
    const sorted = [...rows].sort((a, b) => compareRows(state.sort, statusOrder)(a.data, b.data));
    const grouped = state.sort === "number";
    for (const row of sorted) {
      const visible = rowMatches(row.data, state);
      row.element.hidden = !visible;
      if (visible) shown++;
      (grouped ? row.home : flat).append(row.element);
    }
    flat.hidden = grouped;
    for (const group of groups) group.hidden = !grouped || !group.querySelector("tr.rec:not([hidden])");
    count.textContent = t("tracker.showing", { shown, total: rows.length });
    form.dataset.shown = String(shown);
  }

  function update() {
    const state = readForm();
    history.replaceState(null, "", `${location.pathname}${formatTrackerQuery(state)}${location.hash}`);
    apply(state);
  }

  form.hidden = false;
  const initial = parseTrackerQuery(location.search);
  writeForm(initial);
  apply(initial);
  form.addEventListener("change", update);
  form.addEventListener("reset", () => setTimeout(update));
  form.addEventListener("submit", (event) => event.preventDefault());
}
