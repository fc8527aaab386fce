import { describe, expect, test } from "vitest";
import { z } from "zod";
import { parseYaml } from "../../src/model/parse-yaml.ts";
import { recommendationSchema } from "../../src/model/schemas/recommendation.ts";

const schema = z.strictObject({ name: z.string(), items: z.array(z.strictObject({ id: z.int(), url: z.string().url() })) });
const where = (text: string) =>
  parseYaml("data/x.yaml", text, schema).problems.map((p) => `${p.line}:${p.col} ${p.field} ${p.message}`);

describe("parseYaml", () => {
  test("points a nested wrong type at its own line and column", () => {
    expect(where("name: a\nitems:\n  - id: 1\n    url: https://a.org/\n  - id: two\n    url: https://b.org/\n")).toEqual([
      "5:5 items[1].id Invalid input: expected number, received string",
    ]);
  });

  test("names a missing field and points at the entry that lacks it", () => {
    expect(where("name: a\nitems:\n  - url: https://a.org/\n")).toEqual(["3:5 items[0].id required field is missing"]);
  });

  test("points an unknown field (a typo) at the key", () => {
    expect(where("name: a\nitems: []\nnmae: b\n")).toEqual(["3:1 nmae unknown field (check the spelling; see data/README.md)"]);
  });

  test("rejects duplicate keys instead of keeping the last", () => {
    const [problem] = where("name: a\nname: b\nitems: []\n");
    expect(problem).toMatch(/^2:1 name YAML syntax: Map keys must be unique/);
  });

  test("reports a syntax error with its line", () => {
    const [problem] = where("name: [a\nitems: []\n");
    expect(problem).toMatch(/^\d+:\d+ {2}YAML syntax:/);
  });

  test("an empty file is one problem, not a crash", () => {
    expect(where("# only a comment\n")).toEqual(["1:1  file is empty"]);
  });

  test("a status without confidence is located on the entry", () => {
    const text = [
      "number: 3",
      "title: T",
      "phase: first-100-days",
      "group: reinforce-hruf",
      "actors: [Secretary-General]",
      "summary: S.",
      "history:",
      "  - date: 2018-01-01",
      "    what: Something happened.",
      "    status: implemented",
      "    sources:",
      "      - {title: A, url: 'https://a.org/'}",
    ].join("\n");
    const result = parseYaml("data/recommendations/03.yaml", text, recommendationSchema);
    expect(result.problems.map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([
      "8 history[0].confidence a status needs a confidence (high, medium or low)",
    ]);
  });
});
