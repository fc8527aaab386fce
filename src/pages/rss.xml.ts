import rss from "@astrojs/rss";
import { feedContext } from "../changes/feeds.ts";
import { escapeMarkup } from "../charts/svg-markup.ts";

/** RSS 2.0 of /changes/. Item links are the /changes/ anchors (unique guids); the text names the page. */
export function GET() {
  const feed = feedContext();
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.changesUrl,
    trailingSlash: true,
    // Readers render RSS titles and descriptions as HTML: escaped, data text shows as text.
    items: feed.entries.map((entry) => ({ title: escapeMarkup(entry.title), link: entry.id, pubDate: entry.date, description: escapeMarkup(`${entry.title}: ${entry.link}`) })),
    customData: `<language>en</language><lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`,
  });
}
