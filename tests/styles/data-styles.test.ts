/** The generated data stylesheet (src/styles/data-styles.ts) and the page endpoint that serves it. */
import { describe, expect, test } from "vitest";
import { splitSvgStyles } from "../../src/charts/svg-styles.ts";
import { colourClass, dataStylesheet, shareClass } from "../../src/styles/data-styles.ts";

describe("data styles", () => {
  test("a colour becomes one class, whatever its case, and the sheet defines each once", () => {
    expect(colourClass("#D55E00")).toBe("bg-d55e00");
    const css = dataStylesheet({ colours: ["#D55E00", "#d55e00", "#009E73"], maxShare: 2 });
    expect(css.match(/\.bg-d55e00\{background-color:#d55e00\}/g)).toHaveLength(1);
    expect(css).toContain(".bg-009e73{background-color:#009e73}");
    for (const n of [0, 1, 2]) expect(css).toContain(`.${shareClass(n)}{flex:${n}}`);
    expect(css).not.toContain("share-3");
  });

  test("anything but a #rrggbb colour is refused, so no data text reaches the stylesheet", () => {
    for (const bad of ["red", "#fff", "#d55e00;}body{display:none", "url(#x)", ""]) expect(() => colourClass(bad), bad).toThrow(/#rrggbb/);
    expect(() => dataStylesheet({ colours: ["#000000", "red"], maxShare: 0 })).toThrow(/#rrggbb/);
    expect(() => shareClass(-1)).toThrow();
    expect(() => shareClass(1.5)).toThrow();
  });
});

describe("style elements out of an SVG", () => {
  test("the markup loses every <style>, the rules come out one per line and once each", () => {
    const svg = '<svg class="m"><title>t</title><style>.m .a{fill:red}.m .b{fill:#fff}</style><path class="a"/><style>.m .a{fill:red}</style></svg>';
    expect(splitSvgStyles(svg)).toEqual({ markup: '<svg class="m"><title>t</title><path class="a"/></svg>', css: ".m .a{fill:red}\n.m .b{fill:#fff}" });
    expect(splitSvgStyles("<svg></svg>")).toEqual({ markup: "<svg></svg>", css: "" });
  });
});
