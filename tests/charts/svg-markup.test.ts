import { describe, expect, test } from "vitest";
import { renderDeathsByYear } from "../../src/charts/deaths-by-year.ts";
import { assertInertSvg, escapeMarkup } from "../../src/charts/svg-markup.ts";

const PAYLOAD = `</title><script>alert(1)</script><svg onload=alert(2)>"'&`;

describe("escapeMarkup", () => {
  test("escapes every character that can open a tag, an entity or leave a quoted attribute", () => {
    expect(escapeMarkup(PAYLOAD)).toBe("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;svg onload=alert(2)&gt;&quot;&#39;&amp;");
  });
});

describe("assertInertSvg", () => {
  test.each([
    ["a script element", `<svg><script>alert(1)</script></svg>`],
    ["an event handler", `<svg><g onclick="alert(1)"></g></svg>`],
    ["a javascript: link", `<svg><a href="javascript:alert(1)"><path/></a></svg>`],
    ["foreignObject", `<svg><foreignObject><div></div></foreignObject></svg>`],
  ])("refuses %s", (_, svg) => {
    expect(() => assertInertSvg(svg, "t")).toThrow(/active content/);
  });

  test("lets escaped text that merely mentions a handler through", () => {
    const svg = `<svg><title>${escapeMarkup(PAYLOAD)}</title></svg>`;
    expect(assertInertSvg(svg, "t")).toBe(svg);
  });
});

describe("a Plot chart with hostile title and description", () => {
  // linkedom leaves the text of an HTML <title> unescaped; the renderer must not depend on it.
  const svg = renderDeathsByYear([{ year: 2020, best: 10, low: 5, high: 20 }], { id: "x", title: PAYLOAD, description: PAYLOAD, yLabel: "Count" });

  test("carries the text escaped, once in the title and once in the description", () => {
    expect(svg).not.toContain("<script");
    expect(svg.match(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/g)).toHaveLength(2);
    expect(svg).toMatch(/^<svg[^>]*><title id="x-title">&lt;\/title&gt;/);
  });
});

describe("assertInertSvg on attribute values", () => {
  test("an escaped handler inside a quoted value is text, not an attribute", () => {
    const svg = `<svg><a href="/countries/xkx/" aria-label="${escapeMarkup(PAYLOAD)}"><path d="M0"/></a></svg>`;
    expect(assertInertSvg(svg, "t")).toBe(svg);
  });
  test("an unquoted handler attribute is caught", () => {
    expect(() => assertInertSvg(`<svg><g onload=alert(1)></g></svg>`, "t")).toThrow(/active content/);
  });
});
