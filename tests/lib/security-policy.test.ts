/** The policy and the `_headers` file for static hosts (src/lib/security-policy.ts). */
import { describe, expect, test } from "vitest";
import { headersFile, metaContentSecurityPolicy } from "../../src/lib/security-policy.ts";

/** `_headers` as rules: path → header lines, in order. */
function parseHeaders(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ")) rules.set(line, (current = []));
    else current!.push(line.trim());
  }
  return rules;
}

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("Content-Security-Policy", () => {
  test("the meta policy allows only this site's scripts and styles, and leaves out frame-ancestors", () => {
    const policy = directives(metaContentSecurityPolicy());
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.has("frame-ancestors")).toBe(false);
    expect(metaContentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });
});

describe("_headers", () => {
  test("every path: the policy with frame-ancestors 'none', HSTS, nosniff and the referrer policy", () => {
    const rules = parseHeaders(headersFile({ base: "/" }));
    expect([...rules.keys()]).toEqual(["/*", "/embed/*"]);
    const all = rules.get("/*")!;
    expect(all).toContain(`Content-Security-Policy: ${metaContentSecurityPolicy()}; frame-ancestors 'none'`);
    expect(all).toContain("Strict-Transport-Security: max-age=63072000");
    expect(all).toContain("X-Content-Type-Options: nosniff");
    expect(all).toContain("Referrer-Policy: no-referrer");
  });

  test("/embed/ replaces the inherited policy with one that lets any site frame it by default", () => {
    const embed = parseHeaders(headersFile({ base: "/" })).get("/embed/*")!;
    expect(embed).toEqual(["! Content-Security-Policy", `Content-Security-Policy: ${metaContentSecurityPolicy()}; frame-ancestors *`]);
  });

  test("EMBED_FRAME_ANCESTORS narrows who may frame embeds; a value that breaks the header is refused", () => {
    const embed = parseHeaders(headersFile({ base: "/", embedFrameAncestors: " https://a.example  https://b.example " })).get("/embed/*")!;
    expect(embed[1]).toMatch(/; frame-ancestors https:\/\/a\.example https:\/\/b\.example$/);
    expect(() => headersFile({ base: "/", embedFrameAncestors: "https://a.example; script-src *" })).toThrow(/not a CSP source/);
    expect(() => headersFile({ base: "/", embedFrameAncestors: "  " })).toThrow(/empty/);
  });

  test("paths carry the base path", () => {
    expect([...parseHeaders(headersFile({ base: "/monitor/" })).keys()]).toEqual(["/monitor/*", "/monitor/embed/*"]);
    expect([...parseHeaders(headersFile({ base: "/monitor" })).keys()]).toEqual(["/monitor/*", "/monitor/embed/*"]);
  });
});
