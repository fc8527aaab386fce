/** The /tool/ address that carries public data's answers (issue 5): what goes in comes out, nothing else. */
import { describe, expect, test } from "vitest";
import { parsePrefill, prefillQuery } from "../../src/scripts/matrix-tool.ts";

const ids = ["violence-against-civilians", "armed-conflict", "hate-speech"];

describe("prefill addresses", () => {
  test("scores, explanations and the country survive the round trip, including & = # and accents", () => {
    const prefill = { country: "Côte d'Ivoire", scores: { "armed-conflict": 3 as const, "hate-speech": 0 as const }, evidence: { "armed-conflict": "War & more: 1,000 = 3 # yes" } };
    const query = prefillQuery(prefill);
    expect(query.startsWith("?country=")).toBe(true);
    expect(parsePrefill(query, ids)).toEqual(prefill);
  });

  test("unknown indicators, scores outside 0–3 and explanations without a score are dropped", () => {
    const parsed = parsePrefill("?score-armed-conflict=4&score-unknown=2&evidence-hate-speech=x&score-violence-against-civilians=1", ids);
    expect(parsed).toEqual({ country: "", scores: { "violence-against-civilians": 1 }, evidence: {} });
  });
});
