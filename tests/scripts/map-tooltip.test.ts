/** The map tooltip beside the pointer, on the side the page's text runs to (issue 10, right to left). */
import { describe, expect, test } from "vitest";
import { tooltipPlace } from "../../src/scripts/map-island.ts";

const figure = { left: 100, right: 900, top: 50 };

describe("tooltipPlace", () => {
  test("left to right: anchored by its left edge just right of the pointer", () => {
    expect(tooltipPlace({ x: 300, y: 250 }, figure, false)).toEqual({ left: "212px", right: "", top: "212px" });
  });

  test("right to left: anchored by its right edge just left of the pointer", () => {
    expect(tooltipPlace({ x: 300, y: 250 }, figure, true)).toEqual({ left: "", right: "612px", top: "212px" });
  });
});
