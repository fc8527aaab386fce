import { parseHTML } from "linkedom";
import { expect, test } from "vitest";
import { datasetJsonLd } from "../../src/downloads/dataset-jsonld.ts";

const site = { title: "Monitor </script><script>alert(1)</script>", description: "a & b > c", url: "https://example.org/", publisher: { name: "Editors", url: "https://example.org/" }, edition: { id: "2026.11", date: "2026-11-25" }, licence: { url: "https://creativecommons.org/licenses/by/4.0/" } };

test("hostile text cannot leave the JSON-LD script element, and the JSON still reads back unchanged", () => {
  const json = datasetJsonLd(site, [{ path: "downloads/world.csv", format: "csv", title: "World" }], "Editors (2026).");
  expect(json).not.toMatch(/[<>&]/);
  const { document } = parseHTML(`<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);
  expect(document.querySelectorAll("script")).toHaveLength(1);
  const data = JSON.parse(document.querySelector("script")!.textContent!);
  expect(data).toMatchObject({ "@type": "Dataset", name: site.title, description: "a & b > c", version: "2026.11" });
  expect(data.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual(["https://example.org/data/datapackage.json", "https://example.org/downloads/world.csv"]);
});
