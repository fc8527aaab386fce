import { expect, test } from "vitest";
import { RISK_CHART_EDITIONS, renderRiskDistribution } from "../../src/charts/risk-distribution.ts";

test("the risk chart draws the newest editions only, so /trends/ stays within budget as editions accumulate", () => {
  const editions = Array.from({ length: RISK_CHART_EDITIONS + 5 }, (_, i) => ({ edition: 2000 + i, median: 0.01, risks: [0.001, 0.01, 0.2] }));
  const svg = renderRiskDistribution(editions, { id: "risk", title: "t", description: "d", yLabel: "Probability" });
  expect(svg.match(/<circle\b/g)).toHaveLength(RISK_CHART_EDITIONS * 3);
  expect(svg).toContain(">2016<");
  expect(svg).not.toContain(">2004<");
  // Fewer editions than the cap: all are drawn.
  expect(renderRiskDistribution(editions.slice(0, 2), { id: "risk", title: "t", description: "d", yLabel: "Probability" }).match(/<circle\b/g)).toHaveLength(6);
});
