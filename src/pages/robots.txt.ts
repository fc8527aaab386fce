import { getModel } from "../model/model.ts";

/** Everything may be crawled; the sitemap is named with the site's full address. */
export function GET() {
  const sitemap = new URL("sitemap.xml", getModel().site.address.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
