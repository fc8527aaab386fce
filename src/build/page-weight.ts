/**
 * Page weight as the bench counts it: every same-origin resource a page loads in the browser (the
 * document, stylesheets, scripts and the chunks they import, fonts, images and the favicon, data, the
 * map's geometry file), each gzip-compressed at level 9, summed per kind. Pure: the bench records the
 * responses in Chromium and hands them here.
 */
import { gzipSync } from "node:zlib";

export const WEIGHT_KINDS = ["html", "css", "js", "fonts", "images", "data", "geometry"] as const;
export type WeightKind = (typeof WEIGHT_KINDS)[number];
export type PageWeight = Record<WeightKind, number> & { total: number; requests: number; notModified: number };

export interface LoadedResource {
  url: string;
  /** Playwright's resource type: document, stylesheet, script, font, image, fetch, other… */
  resourceType: string;
  body: Uint8Array;
  /** Answered 304 Not Modified: a request, but nothing re-sent. */
  notModified?: boolean;
}

export const gzipSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

/** The kind a resource is counted under; the map geometry apart, as it is cached across views. */
export function weightKind({ url, resourceType }: Pick<LoadedResource, "url" | "resourceType">): WeightKind {
  const path = new URL(url).pathname;
  if (/\/geo\/[^/]+\.svg$/.test(path)) return "geometry";
  if (resourceType === "document") return "html";
  if (resourceType === "stylesheet" || path.endsWith(".css")) return "css";
  if (resourceType === "script" || /\.m?js$/.test(path)) return "js";
  if (resourceType === "font" || /\.(woff2?|ttf|otf)$/.test(path)) return "fonts";
  if (resourceType === "image" || /\.(svg|png|jpe?g|gif|webp|avif|ico)$/.test(path)) return "images";
  return "data";
}

/** Sums resources by kind; the same URL loaded twice (e.g. the favicon) counts once. */
export function pageWeight(resources: LoadedResource[]): PageWeight {
  const weight = { ...Object.fromEntries(WEIGHT_KINDS.map((k) => [k, 0])), total: 0, requests: 0, notModified: 0 } as PageWeight;
  const seen = new Set<string>();
  for (const resource of resources) {
    if (seen.has(resource.url)) continue;
    seen.add(resource.url);
    weight.requests += 1;
    if (resource.notModified) {
      weight.notModified += 1;
      continue;
    }
    const size = gzipSize(resource.body);
    weight[weightKind(resource)] += size;
    weight.total += size;
  }
  return weight;
}
