/** data/recommendation-titles.yaml: every recommendation's title in the five other UN languages. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { loadDataReader } from "../../src/model/load-data.ts";
import { parseData } from "../../src/model/parse-data.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { TRANSLATED_LANGUAGES } from "../../src/model/schemas/title-translations.ts";
import { getModel } from "../../src/model/model.ts";
import { cachedReader, overlayReader } from "../helpers/overlay-reader.ts";

const DATA = resolve(import.meta.dirname, "../../data");
const FILE = "recommendation-titles.yaml";
const text = readFileSync(resolve(DATA, FILE), "utf8");
const real = cachedReader(loadDataReader(DATA));
const check = (files: Record<string, string>, deleted: string[] = []) =>
  parseData(overlayReader(real, { files: new Map(Object.entries(files).map(([p, c]) => [p, new TextEncoder().encode(c)])), deleted }), { today: "2026-11-25" }).problems.map(formatProblem);
/** The line of `key:` at the start of a line (1-based), to check that problems point at it. */
const lineOf = (source: string, pattern: RegExp) => source.slice(0, source.search(pattern)).split("\n").length;

describe("recommendation title translations", () => {
  test("the real file gives every recommendation all five translations, none equal to the English", () => {
    const recommendations = getModel().recommendations;
    expect(recommendations).toHaveLength(27);
    expect(TRANSLATED_LANGUAGES).toEqual(["fr", "es", "ar", "zh", "ru"]);
    for (const rec of recommendations) {
      expect(Object.keys(rec.titleTranslations).sort()).toEqual(["ar", "es", "fr", "ru", "zh"]);
      for (const lang of TRANSLATED_LANGUAGES) expect(rec.titleTranslations[lang], `${rec.number} ${lang}`).not.toBe(rec.title);
    }
    expect(recommendations[0].titleTranslations.fr).toBe("Adresser un communiqué à l’ensemble du personnel de l’ONU et aux États Membres");
    expect(recommendations[24].titleTranslations.ru).toContain("Генерального секретаря");
  });

  test("a missing language fails the check, naming the file, the number and the language", () => {
    const broken = text.replace(/^ {2}ru: Укрепить аналитический.*\n/m, "");
    expect(broken).not.toBe(text);
    expect(check({ [FILE]: broken })).toEqual([`data/${FILE}:${lineOf(broken, /^14:/m)}:1  14.ru  required field is missing`]);
  });

  test("a missing number, an unknown language and an empty title are each reported", () => {
    const broken = text
      .replace(/^27:[\s\S]*/m, "")
      .replace(/^ {2}fr: Améliorer l’échange.*\n/m, (line) => `  de: Informellen Informationsaustausch verbessern\n${line}`)
      .replace(/^ {2}zh: 开发一种更简便.*$/m, "  zh: \"  \"");
    // A missing number points at the first key, where the numbers start.
    expect(check({ [FILE]: broken })).toEqual([
      `data/${FILE}:${lineOf(broken, /^1:/m)}:1  27  required field is missing`,
      `data/${FILE}:${lineOf(broken, /^ {2}zh: " {2}"/m)}:3  12.zh  must not be empty`,
      `data/${FILE}:${lineOf(broken, /^ {2}de:/m)}:3  23.de  unknown field (check the spelling; see data/README.md)`,
    ]);
  });

  test("a missing file fails the check by name", () => {
    expect(check({}, [FILE])).toEqual([`data/${FILE}:1:1  (file)  file is missing`]);
  });
});
