/** What the preview cards say, checked against the raw data files, and how their layout holds data text. */
import { describe, expect, test } from "vitest";
import { useI18n } from "../../src/i18n/index.ts";
import { getModel } from "../../src/model/model.ts";
import { layoutCard, type TextRun } from "../../src/previews/card-layout.ts";
import { listPreviewCards, type PreviewCard } from "../../src/previews/preview-cards.ts";
import { previewImagePath } from "../../src/previews/preview-path.ts";
import { readRawCsv, readRawRecommendations, readRawYaml } from "../helpers/raw-data.ts";

const model = getModel();
const i18n = useI18n("en");
const cards = listPreviewCards(model, i18n);
const card = (slug: string) => cards.find((c) => c.slug === slug)!;
const allText = (c: PreviewCard) => [c.kicker, c.title, c.summary ?? "", ...c.facts.flatMap((f) => [f.label, f.value]), c.footer].join("\n");
const num = (n: number | string) => Number(n).toLocaleString("en-GB");

describe("preview image paths", () => {
  test.each([
    ["", "/previews/en/home.png"],
    ["home", "/previews/en/home.png"],
    ["countries/sdn", "/previews/en/countries/sdn.png"],
    ["/map/observed/2024/", "/previews/en/map/observed/2024.png"],
  ])("%j → %s", (slug, path) => expect(previewImagePath(slug)).toBe(path));

  test("each language has its own folder", () => expect(previewImagePath("trends", "fr")).toBe("/previews/fr/trends.png"));
});

describe("preview cards", () => {
  test("one per home, trends, country, recommendation and map view, each with its own slug", () => {
    expect(cards).toHaveLength(2 + model.countries.length + model.recommendations.length + model.maps.length);
    expect(new Set(cards.map((c) => c.slug)).size).toBe(cards.length);
    expect(cards.map((c) => c.slug)).toEqual(expect.arrayContaining(["home", "trends", "countries/sdn", "recommendations/12", "map/observed/2024", "map/judgement/latest"]));
  });

  test("every card names the site and the data edition", () => {
    const site = readRawYaml<{ title: string; edition: { id: string } }>("site.yaml");
    for (const c of cards) expect(c.footer).toContain(`${site.title} · Data edition ${site.edition.id}`);
  });

  test("Sudan: the three layers' latest values with their dates, from the raw files", () => {
    const sdn = card("countries/sdn");
    expect(sdn.title).toBe("Sudan");
    const ewp = readRawCsv("ewp-statistical-risk-assessment/ewp-risk-forecasts.csv").filter((r) => r.run_type === "published" && r.iso3 === "SDN");
    const latestEwp = ewp.reduce((a, b) => (Number(b.edition) > Number(a.edition) ? b : a));
    const ucdp = readRawCsv("ucdp-organized-violence-cy/one-sided-violence-country-year.csv").filter((r) => r.iso3 === "SDN");
    const latestUcdp = ucdp.reduce((a, b) => (Number(b.year) > Number(a.year) ? b : a));
    const gcr2p = readRawCsv("gcr2p-r2p-monitor/r2p-monitor-categories.csv").filter((r) => r.iso3 === "SDN");
    const latestGcr2p = gcr2p.reduce((a, b) => (b.edition_date > a.edition_date ? b : a));
    const [forecast, observed, judgement] = sdn.facts.map((f) => f.value);
    expect(forecast).toContain(`rank ${latestEwp.rank} of ${latestEwp.n_countries} in the ${latestEwp.edition} edition`);
    expect(observed).toContain(`${num(latestUcdp.deaths_best)} civilians killed in ${latestUcdp.year}`);
    expect(judgement).toContain(i18n.formatDate(latestGcr2p.edition_date));
    expect(sdn.facts.map((f) => f.label)).toEqual(["Statistical forecast (Early Warning Project)", "Observed count (UCDP)", "Expert judgement (GCR2P R2P Monitor)"]);
  });

  test("recommendation 12: number, title, status and the date of the assessing entry", () => {
    const raw = readRawRecommendations().find((r) => r.number === 12)!;
    const assessed = raw.history.filter((h) => h.status).sort((a, b) => String(a.date).localeCompare(String(b.date))).at(-1)!;
    const statuses = readRawYaml<{ statuses: { id: string; label: string; colour: string }[] }>("statuses.yaml").statuses;
    const status = statuses.find((s) => s.id === assessed.status)!;
    const rec = card("recommendations/12");
    expect(rec.title).toBe(`12. ${raw.title}`);
    expect(rec.facts).toEqual([{ label: "Status", value: `${status.label}, as of ${i18n.formatDate(String(assessed.date))}`, swatch: status.colour }]);
  });

  test("a map view states its title and takeaway", () => {
    const view = card("map/observed/2024");
    expect(view.title).toBe("Civilians killed in one-sided violence, 2024");
    const rows = readRawCsv("ucdp-organized-violence-cy/one-sided-violence-country-year.csv").filter((r) => r.year === "2024" && Number(r.deaths_best) > 0);
    expect(view.summary).toContain(`${rows.length} countries recorded civilians killed`);
  });

  test("home: the top forecast, world deaths and the tracker", () => {
    const text = allText(card("home"));
    expect(text).toContain(`${model.trends.topForecast!.name}: `);
    expect(text).toContain("rank 1 of");
    expect(text).toContain(`implemented, and ${model.partiallyImplementedCount} partially implemented`);
  });
});

describe("card layout", () => {
  const measure = (text: string) => text.length * 12;
  const hostile: PreviewCard = {
    ...card("countries/sdn"),
    title: '<img src="https://evil.example/x.png" onerror="alert(1)"><script>alert(1)</script>',
    facts: [{ label: "Status", value: "</div><a href='//evil.example'>x</a>", swatch: "red;background:url(https://evil.example)" }],
  };

  test("data text stays text to draw: never parsed into anything else", () => {
    const runs = layoutCard(hostile, measure);
    expect(runs.every((r) => r.kind === "text" || r.kind === "rect")).toBe(true);
    const drawn = runs.filter((r): r is TextRun => r.kind === "text").map((r) => r.text);
    expect(drawn).toContain(hostile.facts[0].value);
    expect(drawn.join(" ")).toContain("<script>alert(1)</script>");
  });

  test("a swatch colour is drawn only when it is a plain hex colour", () => {
    expect(JSON.stringify(layoutCard(hostile, measure))).not.toContain("evil.example)");
    const rec = card("recommendations/12");
    expect(layoutCard(rec, measure)).toContainEqual(expect.objectContaining({ kind: "rect", color: rec.facts[0].swatch, width: 28 }));
  });
});

describe("preview cards in another language", () => {
  const french = listPreviewCards(model, useI18n("fr"));
  const frCard = (slug: string) => french.find((c) => c.slug === slug)!;

  test("a country card carries the UN name in the card's language", () => {
    expect(frCard("countries/sdn").title).toBe("Soudan");
    expect(frCard("countries/civ").title).toBe("Côte d'Ivoire");
  });

  test("a recommendation card says its status in the card's language", () => {
    const rec = model.recommendations.find((r) => r.number === 1)!;
    const frenchLabel = useI18n("fr").t(`status.${rec.current.status}` as "status.implemented");
    expect(frCard("recommendations/1").facts[0]!.value.startsWith(`${frenchLabel}, `)).toBe(true);
    expect(frenchLabel).not.toBe(useI18n("en").t(`status.${rec.current.status}` as "status.implemented"));
  });
});
