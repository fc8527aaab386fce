/**
 * Small building blocks shared by every file schema. Kept free of cross-file knowledge: whether a
 * status or country code exists is checked in ../check-references.ts, where every file is known.
 */
import ipaddr from "ipaddr.js";
import { z } from "zod";
import { longText, shortText } from "./text.ts";

/** A calendar date written YYYY-MM-DD that exists (no 2021-02-30). */
export const isoDate = z
  .string({ error: "expected a date written YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "not a real calendar date");

/** How precise a date is: month and year dates are stored as the first day of the period. */
export const datePrecision = z.enum(["day", "month", "year"]).default("day");

/** Only web links to public hosts: a page must never link to file:, javascript: or mailto: from data. */
export const httpUrl = z.string({ error: "expected a web address" }).superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: "custom", message: "expected an http(s) URL" });
    return;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    ctx.addIssue({ code: "custom", message: "expected an http(s) URL" });
    return;
  }
  const local = localHostReason(url.hostname);
  if (local) ctx.addIssue({ code: "custom", message: `points at ${local} (${url.hostname}); a reader can only follow public addresses` });
});

/**
 * Why a host is not a public address, or undefined. IP ranges come from ipaddr.js: anything but
 * "unicast" (loopback, private, link-local, unique-local, carrier-grade NAT, reserved…) is refused.
 */
export function localHostReason(hostname: string): string | undefined {
  const host = hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return "the local machine";
  if (/\.(local|internal|lan|home\.arpa)$/.test(host) || !host.includes(".") && !ipaddr.isValid(host)) return "a local network name";
  if (!ipaddr.isValid(host)) return undefined;
  let address = ipaddr.parse(host);
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
  const range = address.range();
  // ipaddr.js names ranges in camelCase (linkLocal, carrierGradeNat): say them in words.
  return range === "unicast" ? undefined : `a ${range.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} address`;
}

/** Lower-case, hyphenated identifiers used in file names and URLs. */
export const slug = z
  .string({ error: "expected an id" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a lower-case id with hyphens, e.g. not-implemented");

/** ISO 3166-1 alpha-3 shape; membership in the code list is a cross-file rule. */
export const countryCode = z
  .string({ error: "expected a country code" })
  .regex(/^[A-Z]{3}$/, "expected an ISO 3166-1 alpha-3 code such as SDN");

/** A colour for charts and badges. */
export const hexColour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, "expected a colour like #D55E00");

/** Free text up to a paragraph; names and titles use shortText (see text.ts for the rules). */
export const nonEmpty = longText;

/** A public source for a fact: the page that shows it. */
export const citedSource = z.strictObject({
  /** Title of the document or page, as it names itself. */
  title: shortText,
  /** Where a reader can check the fact. */
  url: httpUrl,
  /** Organisation that published it, when not obvious from the title. */
  publisher: shortText.optional(),
  /** Publication date of the source. May predate the entry it supports. */
  date: isoDate.optional(),
  date_precision: datePrecision.optional(),
  /** The fact this source supports, when it is not the entry's own "what". */
  supports: nonEmpty.optional(),
});

/** A reference to an imported dataset in data/sources/<id>/. */
export const datasetReference = z.strictObject({
  /** Folder name under data/sources/. */
  source: slug,
  /** What in the dataset supports the fact (rows, table, page). */
  note: nonEmpty.optional(),
});

export const sourceReference = z.union([citedSource, datasetReference], {
  error: "expected a source with title and url, or a dataset reference {source: <id>}",
});

export type CitedSource = z.output<typeof citedSource>;
export type SourceReference = z.output<typeof sourceReference>;
