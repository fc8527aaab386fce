/** Site URL and base path: from data/site.yaml, overridable by SITE_URL and BASE_PATH at build time. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export interface SiteAddress {
  /** Origin plus base, always ending in "/", e.g. https://example.org/monitor/ */
  url: string;
  /** Path prefix of every page, "/" or like "/monitor/". */
  base: string;
}

/**
 * @example deriveSiteAddress({ url: "https://example.org/", base_path: "/" }, { BASE_PATH: "monitor" })
 * // { url: "https://example.org/monitor/", base: "/monitor/" }
 */
export function deriveSiteAddress(
  site: { url: string; base_path: string },
  env: { SITE_URL?: string; BASE_PATH?: string } = {},
): SiteAddress {
  const address = new URL(env.SITE_URL || site.url);
  // A SITE_URL with a path (https://host/monitor/) implies that base unless BASE_PATH says otherwise.
  const base = normaliseBase(env.BASE_PATH || (env.SITE_URL && address.pathname !== "/" ? address.pathname : site.base_path));
  const origin = address.origin;
  return { url: `${origin}${base}`, base };
}

/** Hosts reserved for documentation (RFC 2606): a site built for one has no real address yet. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|localhost)$|\.(example|invalid|test)$/;

/** A warning when the address is a placeholder, since every canonical link and preview depends on it. */
export function placeholderAddressWarning(address: SiteAddress): string | undefined {
  const host = new URL(address.url).hostname;
  if (!PLACEHOLDER_HOST.test(host)) return undefined;
  return `Warning: the site's address is still a placeholder (${address.url}). Canonical links, previews and citations will point there. Set \`url\` in data/site.yaml or SITE_URL when building.`;
}

function normaliseBase(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, "");
  // site.yaml's base_path is checked with a located problem; BASE_PATH comes from the shell.
  if (trimmed.split("/").some((part) => part === "." || part === "..")) {
    throw new Error(`BASE_PATH "${path}" must not contain . or .. parts: every link would leave the site's folder`);
  }
  return trimmed ? `/${trimmed}/` : "/";
}

/**
 * The address the site is built for, read from <dataDir>/site.yaml and the environment. Used where
 * the full model is not needed (Astro's config, the preview server, the benchmark). An unreadable
 * site.yaml falls back to "/": `npm run check` reports its problem with file and line.
 */
export function loadSiteAddress(dataDir: string, env: { SITE_URL?: string; BASE_PATH?: string } = process.env): SiteAddress {
  try {
    const site = parse(readFileSync(join(dataDir, "site.yaml"), "utf8")) as { url: string; base_path: string };
    return deriveSiteAddress(site, env);
  } catch {
    return deriveSiteAddress({ url: "https://example.org/", base_path: "/" }, env);
  }
}
