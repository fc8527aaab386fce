/**
 * No interface text typed into a component or page: every word a reader sees comes from the message
 * catalogue (src/i18n/messages/), so the five other languages can translate it. A simple, honest
 * heuristic (tests/helpers/astro-text.ts): no Latin word of two letters or more in reader-facing
 * literal text, apart from a short list of format names and file names.
 */
import { globSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { findHardCodedText } from "../helpers/astro-text.ts";

test("the heuristic finds text, visible attributes and text options, and lets names and files through", () => {
  const sample = `---
const options = { id: "x", yLabel: "Probability", width: 3 };
---
<h1 title="Page not found">Page not found</h1>
<p>{t("ok")} <a href="/rss.xml">RSS</a> · <a href="/data.csv">recommendations.csv</a> (2024–2025)</p>
<p class="muted no-print" data-x="some thing">{n} · {m}</p>
<style>.a { color: red; }</style>
<script>console.log("Hello there");</script>`;
  expect(findHardCodedText(sample)).toEqual([
    { where: "yLabel:", text: "Probability" },
    { where: "title=", text: "Page not found" },
    { where: "text", text: "Page not found" },
  ]);
});

const files = globSync("src/**/*.astro").sort();

describe("no hard-coded English in components, layouts and pages", () => {
  test("there are .astro files to scan", () => expect(files.length).toBeGreaterThan(20));
  test.each(files)("%s", (file) => {
    expect(findHardCodedText(readFileSync(file, "utf8"))).toEqual([]);
  });
});
