/**
 * The self-assessment tool (/tool/) and the methodology page in Chromium (issue 5): the level in
 * the browser equals scoreMatrix for the same answers, using the tool makes no request, answers
 * survive a save and load through a local file, and without JavaScript the page is a paper form.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { scoreMatrix, type MatrixScore } from "../../src/model/score-matrix.ts";
import type { IndicatorsFile } from "../../src/model/schemas/indicators.ts";
import type { RiskScale } from "../../src/model/schemas/site.ts";
import { connectChromium, newContext } from "../helpers/browser.ts";
import { readRawYaml } from "../helpers/raw-data.ts";

/** A folder for the downloads the tests keep, removed when the file's tests end. */
const folders: string[] = [];
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), "apm-tool-"));
  folders.push(folder);
  return folder;
}
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const baseUrl = inject("baseUrl");
const indicators = readRawYaml<IndicatorsFile>("indicators.yaml");
const riskScale = readRawYaml<RiskScale>("risk-scale.yaml");
// Raw YAML, so the schema defaults are not applied; this rule file states weights and floors itself.
const scoring = indicators.scoring;
const ids = indicators.indicators.map((x) => x.id);
const levelLabel = new Map([...riskScale.levels, riskScale.not_assessed].map((l) => [l.id, l.label]));
let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openTool(javaScriptEnabled = true): Promise<Page> {
  const context = await newContext(browser, { javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${baseUrl}tool/`);
  // The form's script has run once it shows the result box (hidden in the HTML for readers without it).
  if (javaScriptEnabled) await page.locator("#matrix-result:not([hidden])").waitFor({ state: "attached" });
  return page;
}

async function answer(page: Page, scores: Record<string, MatrixScore | undefined>) {
  for (const id of ids) await page.check(`input[name="score-${id}"][value="${scores[id] ?? ""}"]`);
}

const shownLevel = (page: Page) => page.locator("#matrix-result").getAttribute("data-level");

describe("the tool in the browser", () => {
  const answerSets: Record<string, MatrixScore | undefined>[] = [
    { "violence-against-civilians": 2, "hate-speech": 1, "armed-conflict": 3, "past-atrocities": 2 },
    { "hate-speech": 3, "exclusionary-ideology": 0, "capacity": 0, "triggers": 0 },
    { "violence-against-civilians": 0, "hate-speech": 1, "exclusionary-ideology": 1, "armed-conflict": 1 },
    { "hate-speech": 2, "exclusionary-ideology": 2, "armed-conflict": 2, "capacity": 3 },
    { "hate-speech": 1, "triggers": 2 },
    Object.fromEntries(ids.map((id) => [id, 3])),
  ];

  test("a filled form shows the level scoreMatrix gives for the same answers, with its drivers", async () => {
    const page = await openTool();
    expect(await page.locator("#matrix-result").isVisible()).toBe(true);
    expect(await shownLevel(page)).toBe(riskScale.not_assessed.id);
    for (const scores of answerSets) {
      await answer(page, scores);
      const expected = scoreMatrix(scores, scoring, riskScale);
      expect(await shownLevel(page), JSON.stringify(scores)).toBe(expected.level);
      expect(await page.locator('[data-result="level"]').innerText()).toBe(levelLabel.get(expected.level));
      const drivers = await page.locator('[data-result="drivers"] li').allInnerTexts();
      for (const d of expected.drivers) expect(drivers.join(" | ")).toContain(indicators.indicators.find((x) => x.id === d.indicator)!.label);
    }
    expect(await page.locator("#matrix-result .live").getAttribute("aria-live")).toBe("polite");
    await page.context().close();
  });

  test("using the tool makes no request: answering, saving, loading, printing and clearing", async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}tool/`, { waitUntil: "networkidle" });
    const requests: string[] = [];
    // The favicon is the browser's own request, on its own schedule (the desktop browser asks after
    // "load", the headless shell never): not something using the tool causes.
    page.on("request", (request) => {
      if (!request.url().endsWith("/favicon.svg")) requests.push(`${request.method()} ${request.url()}`);
    });

    await page.fill('input[name="country"]', "Sudan");
    await page.fill('input[name="date"]', "2026-11-20");
    await answer(page, answerSets[0]);
    await page.fill('textarea[name="evidence-armed-conflict"]', "Fighting across Darfur and Kordofan.");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-action="save"]')]);
    // The shared browser is a remote connection: copy the download out instead of reading its path.
    const saved = join(scratch(), download.suggestedFilename());
    await download.saveAs(saved);
    await page.setInputFiles('input[data-action="load"]', saved);
    await expect.poll(() => page.locator('[data-result="status"]').innerText()).toContain("loaded");
    await page.click('button[data-action="print"]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.click('button[data-action="reset"]');
    expect(await shownLevel(page)).toBe(riskScale.not_assessed.id);
    await page.waitForLoadState("networkidle");

    expect(requests).toEqual([]);
    await context.close();
  });

  test("save then load in a fresh page restores every answer", async () => {
    const page = await openTool();
    const scores: Record<string, MatrixScore | undefined> = { ...answerSets[0], triggers: 0, "weak-restraints": 1 };
    await page.fill('input[name="country"]', "Myanmar");
    await page.fill('input[name="date"]', "2026-10-31");
    await page.fill('input[name="assessor"]', "Desk officer");
    await answer(page, scores);
    const notes = Object.fromEntries(ids.map((id, i) => [id, i % 2 === 0 ? `Note on ${id}, with “quotes” and a second line.\nLine two.` : ""]));
    for (const id of ids) await page.fill(`textarea[name="evidence-${id}"]`, notes[id]);
    const level = await shownLevel(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-action="save"]')]);
    expect(download.suggestedFilename()).toBe("simple-matrix-myanmar-2026-10-31.json");
    // The download's own path disappears with its browser context; keep a copy to load later.
    const path = join(scratch(), download.suggestedFilename());
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, "utf8"));
    expect(file).toMatchObject({ country: "Myanmar", date: "2026-10-31", level });
    expect(file.scores["capacity"]).toBeNull();
    await page.context().close();

    const fresh = await openTool();
    await fresh.setInputFiles('input[data-action="load"]', path);
    await expect.poll(() => fresh.locator('input[name="country"]').inputValue()).toBe("Myanmar");
    expect(await fresh.locator('input[name="date"]').inputValue()).toBe("2026-10-31");
    expect(await fresh.locator('input[name="assessor"]').inputValue()).toBe("Desk officer");
    for (const id of ids) {
      expect(await fresh.locator(`input[name="score-${id}"]:checked`).getAttribute("value"), id).toBe(scores[id] === undefined ? "" : String(scores[id]));
      expect(await fresh.locator(`textarea[name="evidence-${id}"]`).inputValue(), id).toBe(notes[id]);
    }
    expect(await shownLevel(fresh)).toBe(level);
    await fresh.context().close();
  });

  test("a file that is not a saved form is refused with a message, and the answers stay", async () => {
    const page = await openTool();
    await answer(page, answerSets[3]);
    await page.setInputFiles('input[data-action="load"]', { name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"hello": "world"}') });
    await expect.poll(() => page.locator('[data-result="status"]').innerText()).toContain("Could not load other.json");
    expect(await shownLevel(page)).toBe(scoreMatrix(answerSets[3], scoring, riskScale).level);
    await page.context().close();
  });

  test("a filled-in form prints on one page", async () => {
    const page = await openTool();
    await page.fill('input[name="country"]', "Sudan");
    await page.fill('input[name="date"]', "2026-11-20");
    await answer(page, answerSets[0]);
    await page.emulateMedia({ media: "print" });
    const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await page.context().close();
  });
});

describe("without JavaScript", () => {
  test("the page is a paper form: every question and anchor, no result box, no file buttons", async () => {
    const page = await openTool(false);
    expect(await page.locator("#matrix-result").isVisible()).toBe(false);
    expect(await page.locator("#matrix-result").getAttribute("hidden")).not.toBeNull();
    expect(await page.locator("#matrix-files").isVisible()).toBe(false);
    for (const x of indicators.indicators) {
      const fieldset = page.locator(`fieldset[data-indicator="${x.id}"]`);
      expect(await fieldset.locator("legend").innerText()).toContain(x.question);
      const labels = await fieldset.locator("label.answer").allInnerTexts();
      expect(labels).toHaveLength(5);
      x.anchors.forEach((anchor, score) => expect(labels[score + 1]).toContain(anchor));
      expect(await fieldset.locator('input[value=""]').isChecked()).toBe(true);
    }
    await page.context().close();
  });
});

describe("methodology", () => {
  test("the factor table lists all 14 risk factors and every indicator, with a text mark per covered cell", async () => {
    const page = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
    await page.goto(`${baseUrl}methodology/`);
    const table = page.locator('table[data-table="factors"]');
    const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.factor)));
    expect(rows).toEqual(indicators.framework_factors.map((f) => f.number));
    for (const f of indicators.framework_factors) expect(await table.locator(`tr[data-factor="${f.number}"] th`).innerText()).toContain(f.name);
    const columns = await table.locator("thead th[data-indicator]").allInnerTexts();
    expect(columns).toEqual(indicators.indicators.map((x) => x.label));
    // Every cell in one read (a locator call per cell was a browser round trip each).
    const cells = new Map(await table.locator("tbody tr[data-factor] td[data-indicator]").evaluateAll((tds) =>
      tds.map((td) => [`${td.closest("tr")!.getAttribute("data-factor")} ${td.getAttribute("data-indicator")}`, { covered: td.getAttribute("data-covered"), text: td.textContent ?? "" }] as const)));
    expect(cells.size).toBe(indicators.indicators.length * indicators.framework_factors.length);
    for (const x of indicators.indicators) {
      for (const f of indicators.framework_factors) {
        const cell = cells.get(`${f.number} ${x.id}`);
        const covers = x.framework_factors.includes(f.number);
        expect(cell?.covered, `${f.number} ${x.id}`).toBe(covers ? "yes" : "no");
        expect(cell?.text, `${f.number} ${x.id}`).toContain(covers ? "✓" : "–");
      }
    }
    await page.context().close();
  });

  test("the rule, the three layers and the glossary come from the data", async () => {
    const page = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
    await page.goto(`${baseUrl}methodology/`);
    const rule = await page.locator(".matrix-rule").innerText();
    expect(rule).toContain(`fewer than ${indicators.scoring.min_assessed} of the ${indicators.indicators.length}`);
    for (const th of indicators.scoring.thresholds) expect(rule).toContain(`${levelLabel.get(th.level)}: a mean of ${th.min_mean} or more`);
    expect(await page.locator("[data-layer-kind]").evaluateAll((s) => s.map((x) => (x as HTMLElement).dataset.layerKind))).toEqual(["statistical-forecast", "observed-count", "expert-judgement"]);
    const ucdp = readRawYaml<{ version: string; caveats: string[] }>("sources/ucdp-organized-violence-cy/source.yaml");
    const card = page.locator('[data-layer-kind="observed-count"] [data-source="ucdp-organized-violence-cy"]');
    expect(await card.locator('[data-field="version"]').innerText()).toBe(ucdp.version);
    for (const caveat of ucdp.caveats) expect(await card.innerText()).toContain(caveat);
    const glossary = readRawYaml<{ terms: { id: string; term: string }[] }>("glossary.yaml");
    expect(await page.locator("[data-term]").evaluateAll((d) => d.map((x) => (x as HTMLElement).dataset.term))).toEqual(glossary.terms.map((t) => t.id));
    await page.context().close();
  });
});
