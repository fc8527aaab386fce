import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import Ajv from "ajv-draft-04";
import AjvDraft07 from "ajv";
import { describe, expect, test } from "vitest";
import { buildDataPackage, dataPackageSchema, inferFieldType, resourceName } from "../../src/model/datapackage.ts";

// The profile carries UI hints (propertyOrder, options) that ajv strict mode would reject.
const profileV1 = JSON.parse(readFileSync(new URL("../fixtures/frictionless/data-package-v1.json", import.meta.url), "utf8"));
const profileV2 = JSON.parse(readFileSync(new URL("../fixtures/frictionless/datapackage-v2.json", import.meta.url), "utf8"));

const site = {
  title: "Atrocity Prevention Monitor",
  description: "A test.",
  url: "https://example.org/monitor/",
  publisher: { name: "Editors", url: "https://example.org/" },
  edition: { id: "2026.11", date: "2026-11-25" },
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  citation: "Editors. (2026). Atrocity Prevention Monitor.",
};
const licences = [{ title: "CC BY 4.0", path: "https://creativecommons.org/licenses/by/4.0/" }];
const sources = [{ title: "UCDP", path: "https://ucdp.uu.se/downloads/", version: "25.1" }];
const csv = "year,deaths_best,note,edition\n2023,-5,'=cmd,2026.10\n2024,12,,2026.11\n";
const pkg = buildDataPackage(site, [
  { path: "downloads/world.csv", format: "csv", title: "World", description: "Sums.", fields: [{ name: "year", description: "Year." }, { name: "edition", description: "Edition.", type: "string" }], licenses: licences, sources, body: csv },
  { path: "downloads/world.json", format: "json", title: "World (JSON)", description: "Same.", licenses: licences, sources, body: "{}\n" },
]);

describe("data package descriptor", () => {
  test("validates against the Frictionless profile (ajv) and our v2 zod schema", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(profileV1);
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    const validateV2 = new AjvDraft07({ allErrors: true, strict: false, validateFormats: false, logger: false }).compile(profileV2);
    expect(validateV2(pkg), JSON.stringify(validateV2.errors)).toBe(true);
    expect(() => dataPackageSchema.parse(pkg)).not.toThrow();
    expect(pkg.$schema).toBe("https://datapackage.org/profiles/2.0/datapackage.json");
  });

  test("resources carry absolute addresses under the base, byte counts and SHA-256 of the bytes", () => {
    const [world] = pkg.resources;
    expect(world!.path).toBe("https://example.org/monitor/downloads/world.csv");
    expect(world!.bytes).toBe(Buffer.byteLength(csv));
    expect(world!.hash).toBe(`sha256:${createHash("sha256").update(csv).digest("hex")}`);
    expect(pkg.resources[1]!.schema).toBeUndefined();
  });

  test("field types are read from the values, with declared overrides and descriptions", () => {
    expect(pkg.resources[0]!.schema!.fields).toEqual([
      { name: "year", type: "integer", description: "Year." },
      { name: "deaths_best", type: "integer", description: "deaths_best" },
      { name: "note", type: "string", description: "note" },
      { name: "edition", type: "string", description: "Edition." },
    ]);
  });

  test.each([
    [["1", "-2", ""], "integer"],
    [["1.5", "-2"], "number"],
    [["true", "false"], "boolean"],
    [["2026-11-25", ""], "date"],
    [["2026-11"], "string"],
    [["'-3"], "string"],
    [[""], "string"],
  ] as const)("inferFieldType(%j) is %s", (values, type) => {
    expect(inferFieldType(values)).toBe(type);
  });

  test("resource names follow the spec's pattern", () => {
    expect(resourceName("downloads/countries/sdn-civilian-deaths.csv")).toBe("countries-sdn-civilian-deaths-csv");
  });
});
