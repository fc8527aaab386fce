/**
 * French pages speak French (issue 10): the interface around the content — title, header,
 * navigation, headings, table headers, labels, buttons, captions, legends, footer — holds no English
 * catalogue text outside `lang="en"` fragments, and /fr/about/ marks the translations as the
 * project's own. Every French page of the build is read, so a new page is covered without a list.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { expect, test } from "vitest";
import { en } from "../../src/i18n/messages/en.ts";
import { fr } from "../../src/i18n/messages/fr.ts";
import { englishLeftovers, englishPhrases } from "../helpers/english-text.ts";
import { builtPagePaths, DIST } from "../helpers/site-pages.ts";

const INTERFACE = "title, header, nav, footer, h1, h2, h3, h4, th, caption, label, button, legend, summary, figcaption, option, [role=status]";

const frenchPages = builtPagePaths().filter((page) => page.startsWith("fr/"));

test("the build has French pages, the overview among them", () => {
  expect(frenchPages).toContain("fr/");
  expect(frenchPages.length).toBeGreaterThan(100);
});

test("no English interface text outside lang=en fragments on any French page", () => {
  const phrases = englishPhrases(en, fr);
  const found = frenchPages.flatMap((page) => {
    const file = join(DIST, page.endsWith(".html") ? page : `${page}index.html`);
    return englishLeftovers(readFileSync(file, "utf8"), phrases, INTERFACE).map((leftover) => `/${page}: ${leftover}`);
  });
  expect(found).toEqual([]);
});

test("/fr/about/ says the translations are the project's own, open to review", () => {
  const { document } = parseHTML(readFileSync(join(DIST, "fr/about/index.html"), "utf8"));
  expect(document.documentElement.getAttribute("lang")).toBe("fr");
  expect(document.querySelector("#translations")!.textContent).toBe(fr["about.translations"]);
  expect(document.querySelector("[data-translations]")!.textContent).toBe(fr["about.translationsText"]);
});
