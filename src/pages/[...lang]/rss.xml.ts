import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { feedContext } from "../../changes/feeds.ts";
import { escapeMarkup } from "../../charts/svg-markup.ts";
import { localePaths } from "../../lib/locale-routes.ts";
import { getModel } from "../../model/model.ts";

export function getStaticPaths() {
  return localePaths(getModel().site.languages);
}

/** RSS 2.0 of /changes/ in the route's language. Item links are the /changes/ anchors (unique guids); the text names the page. */
export function GET({ locals }: APIContext) {
  const feed = feedContext(locals.i18n);
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.changesUrl,
    trailingSlash: true,
    // Readers render RSS titles and descriptions as HTML: escaped, data text shows as text.
    items: feed.entries.map((entry) => ({ title: escapeMarkup(entry.title), link: entry.id, pubDate: entry.date, description: escapeMarkup(`${entry.title}: ${entry.link}`) })),
    customData: `<language>${feed.language}</language><lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`,
  });
}
