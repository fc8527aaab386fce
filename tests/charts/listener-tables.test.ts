/**
 * Charts are drawn on linkedom nodes whose listener tables are made on first use (render-plot.ts,
 * makeListenerTablesLazy): a node costs no table until a listener needs one, and listeners behave
 * as before.
 */
import { EventTarget as LinkedomEventTarget, parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { LISTENER_TABLES_LAZY } from "../../src/charts/render-plot.ts";

/** How many times WeakMap's own `set` runs while `make` does. */
function weakMapSets(make: () => void): number {
  const { set } = WeakMap.prototype;
  let calls = 0;
  WeakMap.prototype.set = function (this: WeakMap<object, unknown>, key, value) {
    calls += 1;
    return set.call(this, key, value);
  };
  try {
    make();
  } finally {
    WeakMap.prototype.set = set;
  }
  return calls;
}

describe("linkedom's listener tables", () => {
  test("are made on first use: constructing nodes fills no WeakMap (an upgrade of linkedom that changes this fails here)", () => {
    expect(LISTENER_TABLES_LAZY).toBe(true);
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    expect(weakMapSets(() => new LinkedomEventTarget())).toBe(0);
    expect(weakMapSets(() => document.createElementNS("http://www.w3.org/2000/svg", "g").setAttribute("fill", "red"))).toBe(0);
  });

  test("listeners still run, bubble, and stop when removed", () => {
    const { document, Event } = parseHTML("<!doctype html><html><body><div><button>Go</button></div></body></html>");
    const button = document.querySelector("button")!;
    const div = document.querySelector("div")!;
    const seen: string[] = [];
    const onButton = (event: { type: string }) => seen.push(`button:${event.type}`);
    button.addEventListener("go", onButton);
    div.addEventListener("go", (event: { type: string }) => seen.push(`div:${event.type}`));
    button.dispatchEvent(new Event("go", { bubbles: true }));
    button.removeEventListener("go", onButton);
    button.dispatchEvent(new Event("go", { bubbles: true }));
    expect(seen).toEqual(["button:go", "div:go", "div:go"]);
  });
});
