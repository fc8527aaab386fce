import { expect, test } from "vitest";
import { gzipSize, pageWeight, weightKind } from "../../src/build/page-weight.ts";

const O = "http://127.0.0.1:4321";

test("each resource is counted under its kind, the map geometry apart", () => {
  expect(weightKind({ url: `${O}/map/`, resourceType: "document" })).toBe("html");
  expect(weightKind({ url: `${O}/geo/world.0123456789.svg`, resourceType: "other" })).toBe("geometry");
  expect(weightKind({ url: `${O}/_astro/a.css`, resourceType: "stylesheet" })).toBe("css");
  expect(weightKind({ url: `${O}/_astro/chunk.js`, resourceType: "script" })).toBe("js");
  expect(weightKind({ url: `${O}/f.woff2`, resourceType: "font" })).toBe("fonts");
  expect(weightKind({ url: `${O}/favicon.svg`, resourceType: "image" })).toBe("images");
  expect(weightKind({ url: `${O}/map/observed/2024/`, resourceType: "fetch" })).toBe("data");
});

test("sums gzip sizes once per URL; a 304 is a request with no bytes", () => {
  const html = new TextEncoder().encode("<p>hello</p>".repeat(50));
  const js = new TextEncoder().encode("console.log(1)");
  const w = pageWeight([
    { url: `${O}/`, resourceType: "document", body: html },
    { url: `${O}/_astro/a.js`, resourceType: "script", body: js },
    { url: `${O}/_astro/a.js`, resourceType: "script", body: js },
    { url: `${O}/geo/world.0123456789.svg`, resourceType: "other", body: new Uint8Array(), notModified: true },
  ]);
  expect(w.html).toBe(gzipSize(html));
  expect(w.js).toBe(gzipSize(js));
  expect(w.geometry).toBe(0);
  expect(w.total).toBe(gzipSize(html) + gzipSize(js));
  expect(w.requests).toBe(3);
  expect(w.notModified).toBe(1);
});
