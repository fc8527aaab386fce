import { geoEqualEarth, geoPath } from "d3";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, test } from "vitest";
import world from "world-atlas/countries-110m.json" with { type: "json" };
import { assertInertSvg } from "../../src/charts/svg-markup.ts";
import { inlineWorldGeometry, renderWorldMap, type MapCountry } from "../../src/charts/world-map.ts";
import { getWorldGeometry, getWorldSprite, renderWorldSprite, SPHERE_ID, toRelativePath, worldSpriteFileName } from "../../src/charts/world-geometry.ts";

const geometry = getWorldGeometry();
const HREF = "/base/geo/world.0123456789.svg";

function map(countries: Map<string, MapCountry>) {
  return renderWorldMap({ id: "m", title: "T", description: "D", geometry, geometryHref: HREF, bins: [{ id: "a", colour: "#123456" }], countries });
}

/** Absolute points of a path of m/l/z (relative) or M/L/Z (absolute) commands, in tenths of a pixel. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, command, numbers] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === "z" || command === "Z") {
      [x, y] = [sx, sy];
      continue;
    }
    const values = [...numbers.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Math.round(Number(m[0]) * 10));
    for (let i = 0; i < values.length; i += 2) {
      const relative = command === "m" || command === "l";
      [x, y] = relative ? [x + values[i], y + values[i + 1]] : [values[i], values[i + 1]];
      if (i === 0 && (command === "m" || command === "M")) [sx, sy] = [x, y];
      out.push([x, y]);
    }
  }
  return out;
}

describe("relative path encoding", () => {
  test("keeps every point, returns to a ring's start after z, and drops repeated points", () => {
    const absolute = "M10,10L20.5,10L20.5,20L20.5,20ZM5.5,5L6,5.2L6,5.2Z";
    const relative = toRelativePath(absolute);
    expect(relative).toBe("m10 10 10.5 0 0 10zm-4.5-5 .5.2z");
    expect(points(relative)).toEqual([[100, 100], [205, 100], [205, 200], [55, 50], [60, 52]]);
  });

  test("a negative or point-led number needs no separator, a digit after an integer does", () => {
    expect(toRelativePath("M1,1L1.5,0.5L2,1")).toBe("m1 1 .5-.5.5.5");
    expect(toRelativePath("M1,1L3,3")).toBe("m1 1 2 2");
  });

  test("the relative outlines are exactly d3's absolute ones (no point moves)", () => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const path = geoPath(geoEqualEarth().fitWidth(960, { type: "Sphere" })).digits(1);
    const features = feature(topology, topology.objects.countries).features;
    const dedupe = (pts: [number, number][]) => pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
    expect(features).toHaveLength(geometry.shapes.length);
    features.forEach((f, i) => expect(dedupe(points(geometry.shapes[i].d)), geometry.shapes[i].id).toEqual(dedupe(points(path(f)!))));
  });

  test("every outline in the sprite decodes to finite points inside the map", () => {
    for (const shape of geometry.shapes) {
      const pts = points(shape.d);
      expect(pts.length, shape.id).toBeGreaterThan(2);
      for (const [x, y] of pts) {
        expect(x >= -10 && x <= geometry.width * 10 + 10 && y >= -10 && y <= geometry.height * 10 + 10, `${shape.id} ${x},${y}`).toBe(true);
      }
    }
  });
});

describe("the geometry sprite", () => {
  const sprite = renderWorldSprite(geometry);

  test("holds every shape id and the sphere exactly once", () => {
    const ids = [...sprite.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(geometry.shapes.length + 1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(SPHERE_ID);
    for (const iso3 of ["sdn", "mmr", "ukr", "pse", "xkx"]) expect(ids).toContain(iso3);
    expect(geometry.shapes.length).toBeGreaterThan(170);
  });

  test("is a standalone, inert SVG", () => {
    expect(sprite).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 \d+">/);
    expect(assertInertSvg(sprite, "sprite")).toBe(sprite);
  });

  test("gets a content hash: the same outlines the same name, other outlines another", () => {
    const again = renderWorldSprite(getWorldGeometry());
    expect(again).toBe(sprite);
    expect(worldSpriteFileName(again)).toBe(worldSpriteFileName(sprite));
    expect(worldSpriteFileName(sprite)).toMatch(/^world\.[0-9a-f]{10}\.svg$/);
    expect(worldSpriteFileName(sprite.replace('d="m', 'd="M'))).not.toBe(worldSpriteFileName(sprite));
    expect(getWorldSprite()).toEqual({ text: sprite, fileName: worldSpriteFileName(sprite) });
  });
});

describe("a map view", () => {
  const countries = new Map<string, MapCountry>([
    ["SDN", { bin: "a", label: "Sudan: 9", href: "/base/countries/sdn/" }],
    ["MMR", { bin: undefined, label: "Myanmar: no value", href: "/base/countries/mmr/" }],
  ]);
  const svg = map(countries);

  test("draws every shape from the geometry file and carries no outline of its own", () => {
    expect(svg).not.toMatch(/\sd="/);
    const refs = [...svg.matchAll(/<use href="([^"#]+)#([^"]+)"/g)];
    expect(new Set(refs.map((r) => r[1]))).toEqual(new Set([HREF]));
    const ids = refs.map((r) => r[2]);
    expect(ids.sort()).toEqual([SPHERE_ID, ...geometry.shapes.map((s) => s.id)].sort());
  });

  test("keeps each country a named link with its bin, and no-data countries hatched", () => {
    expect(svg).toContain(`<a href="/base/countries/sdn/" aria-label="Sudan: 9"><use href="${HREF}#sdn" class="c bin-a"/></a>`);
    expect(svg).toContain(`<a href="/base/countries/mmr/" aria-label="Myanmar: no value"><use href="${HREF}#mmr" class="c no-data"/></a>`);
    expect(svg).toContain(`<use href="${HREF}#ukr" class="c no-data"/>`);
  });

  test("inlining the geometry gives a standalone SVG with the same classes and links", () => {
    const standalone = inlineWorldGeometry(svg, geometry);
    expect(standalone).not.toContain("<use");
    expect(standalone).not.toContain(HREF);
    const sudan = geometry.shapes.find((s) => s.id === "sdn")!;
    expect(standalone).toContain(`<a href="/base/countries/sdn/" aria-label="Sudan: 9"><path d="${sudan.d}" class="c bin-a"/></a>`);
    expect(standalone).toContain(`<path d="${geometry.sphere}" fill="#fff" stroke="#999"/>`);
    expect(standalone.match(/<path /g)).toHaveLength(geometry.shapes.length + 1);
    expect(assertInertSvg(standalone, "export")).toBe(standalone);
  });

  test("inlining refuses a reference the geometry does not have", () => {
    expect(() => inlineWorldGeometry(`<svg><use href="${HREF}#NOPE" class="c"/></svg>`, geometry)).toThrow(/NOPE/);
  });
});
