/**
 * The live side of the self-assessment form (MatrixForm.astro): the result computed by the same
 * scoreMatrix the build uses, saving to and loading from a local file, printing, and answers
 * pre-filled from the address. Messages and locale come from the form's `data-i18n`, so plurals
 * and numbers follow the page's language. It makes no request of any kind.
 */
import { scoreMatrix, type MatrixScore, type MatrixScores, type Scoring } from "../model/score-matrix.ts";
import { parsePrefill, parseSavedAnswers, savedFileName, SAVED_FORMAT, SAVED_VERSION, type SavedAnswers } from "./matrix-tool.ts";
import { appendParts, englishParts } from "./english-parts.ts";
import { readMessages } from "./messages.ts";

interface Config {
  edition: string;
  scoring: Scoring;
  riskScale: { levels: { id: string; label: string }[]; not_assessed: { id: string; label: string } };
  indicators: { id: string; label: string }[];
}

export function enhanceMatrixForm(document: Document): void {
  const form = document.querySelector<HTMLFormElement>("#matrix-form");
  if (form) enhance(document, form);
}

function enhance(document: Document, form: HTMLFormElement): void {
  const resultBox = document.querySelector<HTMLElement>("#matrix-result")!;
  const files = document.querySelector<HTMLElement>("#matrix-files")!;
  const config = JSON.parse(form.dataset.config ?? "{}") as Config;
  const ids = config.indicators.map((x) => x.id);
  const labelOf = new Map(config.indicators.map((x) => [x.id, x.label]));
  const levelLabel = new Map([...config.riskScale.levels, config.riskScale.not_assessed].map((l) => [l.id, l.label]));
  const { t: fill, formatNumber, locale } = readMessages(form.dataset.i18n);
  const number = { format: (value: number) => formatNumber(value, { maximumFractionDigits: 2 }) };
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const out = (name: string) => document.querySelector<HTMLElement>(`[data-result="${name}"]`)!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;

  function readScores(): MatrixScores {
    const scores: Record<string, MatrixScore | undefined> = {};
    for (const id of ids) {
      const checked = form.querySelector<HTMLInputElement>(`input[name="score-${id}"]:checked`);
      scores[id] = checked && checked.value !== "" ? (Number(checked.value) as MatrixScore) : undefined;
    }
    return scores;
  }

  function update() {
    const scores = readScores();
    const result = scoreMatrix(scores, config.scoring, config.riskScale);
    resultBox.dataset.level = result.level;
    out("level").textContent = levelLabel.get(result.level) ?? result.level;
    out("assessed").textContent = fill("tool.result.assessed", { assessed: result.assessed, total: ids.length, required: result.required });
    const enough = result.assessed >= result.required;
    out("mean").textContent = enough && result.weightedMean !== undefined
      ? `${fill("tool.result.mean", { mean: number.format(result.weightedMean) })} ${fill("tool.result.meanLevel", { level: levelLabel.get(result.meanLevel ?? "") ?? "" })}`
      : fill("tool.result.missing", { missing: result.required - result.assessed });
    const list = out("drivers");
    list.replaceChildren(
      // An indicator's label is English-only data text: it is marked lang="en" inside the message.
      ...(result.drivers.length === 0 && enough ? [[{ text: fill("tool.result.noDrivers"), english: false }]] : result.drivers.map((d) =>
        englishParts((english) => d.reason === "floor"
          ? fill("tool.result.driver.floor", { label: english(labelOf.get(d.indicator) ?? d.indicator), score: d.score, level: levelLabel.get(result.level) ?? result.level })
          : fill("tool.result.driver.high", { label: english(labelOf.get(d.indicator) ?? d.indicator), score: d.score, weight: number.format(d.weight) })),
      )).map((parts) => {
        const li = document.createElement("li");
        appendParts(li, parts);
        return li;
      }),
    );
    // The date the script fills in by itself does not make a form "answered": a blank form prints
    // whole, with every 0–3 option, so it can be filled in on paper.
    const anything = result.assessed > 0 || ["country", "assessor"].some((name) => field(name).value !== "");
    form.classList.toggle("answered", anything);
    return result;
  }

  function collect(): SavedAnswers {
    const scores = readScores();
    return {
      format: SAVED_FORMAT,
      version: SAVED_VERSION,
      edition: config.edition,
      country: field("country").value.trim(),
      date: field("date").value,
      assessor: field("assessor").value.trim(),
      scores: Object.fromEntries(ids.map((id) => [id, scores[id] ?? null])),
      evidence: Object.fromEntries(ids.flatMap((id) => (field(`evidence-${id}`).value.trim() ? [[id, field(`evidence-${id}`).value.trim()]] : []))),
      level: update().level,
    };
  }

  function apply(answers: SavedAnswers) {
    field("country").value = answers.country;
    field("date").value = answers.date;
    field("assessor").value = answers.assessor;
    for (const id of ids) {
      const value = answers.scores[id];
      const radio = form.querySelector<HTMLInputElement>(`input[name="score-${id}"][value="${value === null || value === undefined ? "" : value}"]`);
      if (radio) radio.checked = true;
      field(`evidence-${id}`).value = answers.evidence[id] ?? "";
    }
    update();
  }

  function say(text: string) {
    out("status").textContent = text;
  }

  function save() {
    const answers = collect();
    const name = savedFileName(answers.country, answers.date);
    // A Blob and an object URL keep the file on the device: nothing is sent anywhere.
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(answers, null, 2)}\n`], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    say(fill("tool.saved", { file: name }));
  }

  function load(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.addEventListener("load", () => {
      const parsed = parseSavedAnswers(String(reader.result), ids);
      input.value = "";
      if (!parsed.ok) {
        say(fill("tool.loadError", { file: file.name, reason: fill(parsed.reason === "json" ? "tool.loadError.json" : "tool.loadError.format") }));
        return;
      }
      apply(parsed.answers);
      say([fill("tool.loaded", { file: file.name }), parsed.unknown.length ? fill("tool.unknownIndicators", { ids: list.format(parsed.unknown) }) : ""].filter(Boolean).join(" "));
    });
    reader.readAsText(file);
  }

  files.addEventListener("click", (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>("[data-action]")?.dataset.action;
    if (action === "save") save();
    else if (action === "print") window.print();
    else if (action === "reset") {
      form.reset();
      update();
      say("");
    }
  });
  files.querySelector<HTMLInputElement>('input[data-action="load"]')!.addEventListener("change", (event) => load(event.target as HTMLInputElement));
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => event.preventDefault());

  // A country page's "complete this assessment" link carries public data's answers in the address.
  function applyPrefill() {
    const prefill = parsePrefill(location.search, ids);
    const answered = Object.keys(prefill.scores);
    if (answered.length === 0) return;
    if (prefill.country) field("country").value = prefill.country;
    for (const id of answered) {
      const radio = form.querySelector<HTMLInputElement>(`input[name="score-${id}"][value="${prefill.scores[id]}"]`);
      if (radio) radio.checked = true;
      const evidence = field(`evidence-${id}`) as HTMLTextAreaElement;
      evidence.value = prefill.evidence[id] ?? "";
      evidence.rows = 4;
      const fieldset = form.querySelector<HTMLElement>(`fieldset[data-indicator="${id}"]`)!;
      fieldset.classList.add("prefilled");
      const mark = document.createElement("p");
      mark.className = "prefilled-mark";
      mark.textContent = fill("tool.prefilledAnswer");
      fieldset.querySelector("legend")!.after(mark);
    }
    const note = out("prefill");
    note.textContent = fill("tool.prefilled", { country: prefill.country });
    note.hidden = false;
  }

  applyPrefill();
  resultBox.hidden = false;
  files.hidden = false;
  // A printed record must be dated: start from today (the user's own clock), which they can change.
  if (!field("date").value) field("date").value = new Date().toISOString().slice(0, 10);
  update();
}
