/** The generated data stylesheet (src/styles/data-styles.ts) and the page endpoint that serves it. */
import { describe, expect, test } from "vitest";
import { colourClass, dataStylesheet, shareClass } from "../../src/styles/data-styles.ts";

describe("data styles", () => {
  test("a colour becomes one class, whatever its case, and the sheet defines each once", () => {
    expect(colourClass("#D55E00")).toBe("bg-d55e00");
    const css = dataStylesheet({ colours: ["#D55E00", "#d55e00", "#009E73"], maxShare: 2, bins: [{ id: "d1", colour: "#FDD49E" }] });
    expect(css.match(/\.bg-d55e00\{background-color:#d55e00\}/g)).toHaveLength(1);
    expect(css).toContain(".bg-009e73{background-color:#009e73}");
    expect(css).toContain(".bin-d1{fill:#fdd49e}");
    for (const n of [0, 1, 2]) expect(css).toContain(`.${shareClass(n)}{flex:${n}}`);
    expect(css).not.toContain("share-3");
  });

  test("anything but a #rrggbb colour or a plain id is refused, so no data text reaches the stylesheet", () => {
    for (const bad of ["red", "#fff", "#d55e00;}body{display:none", "url(#x)", ""]) expect(() => colourClass(bad), bad).toThrow(/#rrggbb/);
    expect(() => dataStylesheet({ colours: [], maxShare: 0, bins: [{ id: "a}b", colour: "#000000" }] })).toThrow(/class name/);
    expect(() => dataStylesheet({ colours: [], maxShare: 0, bins: [{ id: "d9", colour: "red" }] })).toThrow(/#rrggbb/);
    expect(() => shareClass(-1)).toThrow();
    expect(() => shareClass(1.5)).toThrow();
  });
});
