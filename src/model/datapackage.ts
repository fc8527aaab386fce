/**
 * The Frictionless Data Package (v2) descriptor of the published files. No maintained JS package
 * writes v2, so the zod schema below states what we generate; a test validates the output against
 * the official profile with ajv. Pure: the caller passes each file's bytes.
 */
import { createHash } from "node:crypto";
import { csvParse } from "d3";
import { z } from "zod";

const fieldType = z.enum(["string", "integer", "number", "boolean", "date"]);
const licence = z.strictObject({ title: z.string().min(1), path: z.url() });

const source = z.strictObject({ title: z.string().min(1), path: z.url().optional(), version: z.string().optional() });
/** Resource and package names: lower-case letters, digits and . - _ only (v2 spec). */
const name = z.string().regex(/^[a-z0-9._-]+$/);

export const dataResourceSchema = z.strictObject({
  name,
  /** Absolute URL: the spec forbids "../" and the files live beside, not under, /data/. */
  path: z.url(),
  type: z.literal("table").optional(),
  title: z.string().min(1),
  description: z.string().min(1),
  format: z.enum(["csv", "json"]),
  mediatype: z.enum(["text/csv", "application/json"]),
  encoding: z.literal("utf-8"),
  bytes: z.number().int().nonnegative(),
  /** "sha256:" + hex digest of the served bytes. */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  licenses: z.array(licence).min(1),
  sources: z.array(source).min(1),
  schema: z
    .strictObject({
      $schema: z.literal("https://datapackage.org/profiles/2.0/tableschema.json"),
      fields: z.array(z.strictObject({ name: z.string().min(1), type: fieldType, description: z.string().min(1) })).min(1),
      missingValues: z.array(z.string()),
    })
    .optional(),
});

export const dataPackageSchema = z.strictObject({
  $schema: z.literal("https://datapackage.org/profiles/2.0/datapackage.json"),
  name,
  id: z.url(),
  title: z.string().min(1),
  description: z.string().min(1),
  homepage: z.url(),
  version: z.string().min(1),
  /** The edition date (RFC 3339), not the build's clock: same data, same file. */
  created: z.string().regex(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/),
  licenses: z.array(licence).min(1),
  contributors: z.array(z.strictObject({ title: z.string().min(1), path: z.url(), roles: z.array(z.string()) })).min(1),
  citation: z.string().min(1),
  keywords: z.array(z.string()),
  resources: z.array(dataResourceSchema).min(1),
});

export type DataPackage = z.output<typeof dataPackageSchema>;
export type DataResource = z.output<typeof dataResourceSchema>;
export type FieldType = z.output<typeof fieldType>;

/** SHA-256 of UTF-8 text, as the v2 `hash` property writes it. */
export function sha256(text: string): { bytes: number; hash: string } {
  const buffer = Buffer.from(text, "utf8");
  return { bytes: buffer.byteLength, hash: `sha256:${createHash("sha256").update(buffer).digest("hex")}` };
}

/**
 * The narrowest Table Schema type every non-empty cell of a column fits; empty cells are missing
 * values. A neutralised cell ('=…) is text, so it keeps its column a string.
 */
export function inferFieldType(values: readonly string[]): FieldType {
  const present = values.filter((v) => v !== "");
  if (present.length === 0) return "string";
  if (present.every((v) => /^-?\d+$/.test(v))) return "integer";
  if (present.every((v) => /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v))) return "number";
  if (present.every((v) => v === "true" || v === "false")) return "boolean";
  if (present.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))) return "date";
  return "string";
}

export interface PackageFile {
  path: string;
  format: "csv" | "json";
  title: string;
  description: string;
  fields?: { name: string; description: string; type?: FieldType }[];
  licenses: { title: string; path: string }[];
  sources: { title: string; path?: string; version?: string }[];
  body: string;
}

export interface PackageSite {
  title: string;
  description: string;
  /** Origin plus base, ending in "/". */
  url: string;
  publisher: { name: string; url: string };
  edition: { id: string; date: string };
  licence: { name: string; url: string };
  citation: string;
}

/** Resource names from paths: "downloads/countries/sdn-civilian-deaths.csv" → "countries-sdn-civilian-deaths-csv". */
export function resourceName(path: string): string {
  return path.replace(/^downloads\//, "").replace(/[^a-z0-9]+/gi, "-").toLowerCase();
}

function resource(site: PackageSite, file: PackageFile): DataResource {
  const base = {
    name: resourceName(file.path),
    path: new URL(file.path, site.url).href,
    title: file.title,
    description: file.description,
    format: file.format,
    mediatype: file.format === "csv" ? ("text/csv" as const) : ("application/json" as const),
    encoding: "utf-8" as const,
    ...sha256(file.body),
    licenses: file.licenses,
    sources: file.sources,
  };
  if (file.format !== "csv") return base;
  const rows = csvParse(file.body);
  const described = new Map((file.fields ?? []).map((f) => [f.name, f]));
  return {
    ...base,
    type: "table",
    schema: {
      $schema: "https://datapackage.org/profiles/2.0/tableschema.json",
      fields: rows.columns.map((column) => ({
        name: column,
        type: described.get(column)?.type ?? inferFieldType(rows.map((row) => row[column] ?? "")),
        description: described.get(column)?.description ?? column,
      })),
      missingValues: [""],
    },
  };
}

export function buildDataPackage(site: PackageSite, files: readonly PackageFile[]): DataPackage {
  return dataPackageSchema.parse({
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: resourceName(site.title),
    id: new URL("data/datapackage.json", site.url).href,
    title: site.title,
    description: site.description,
    homepage: new URL("data/", site.url).href,
    version: site.edition.id,
    created: `${site.edition.date}T00:00:00Z`,
    licenses: [{ title: site.licence.name, path: site.licence.url }],
    contributors: [{ title: site.publisher.name, path: site.publisher.url, roles: ["publisher"] }],
    citation: site.citation,
    keywords: ["atrocity prevention", "mass atrocities", "genocide prevention", "early warning", "United Nations"],
    resources: files.map((file) => resource(site, file)),
  });
}
