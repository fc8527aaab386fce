/** Site URL and base path: from data/site.yaml, overridable by SITE_URL and BASE_PATH at build time. */

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

function normaliseBase(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
