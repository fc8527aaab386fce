import type { APIContext } from "astro";
import { Feed } from "feed";
import { feedContext } from "../../changes/feeds.ts";
import { escapeMarkup } from "../../charts/svg-markup.ts";
import { localePaths } from "../../lib/locale-routes.ts";
import { getModel } from "../../model/model.ts";

export function getStaticPaths() {
  return localePaths(getModel().site.languages);
}

/** Atom 1.0 of /changes/ in the route's language, the same entries as its rss.xml. */
export function GET({ locals }: APIContext) {
  const { model, ...context } = feedContext(locals.i18n);
  const feed = new Feed({
    id: context.changesUrl,
    link: context.changesUrl,
    title: context.title,
    description: context.description,
    language: context.language,
    updated: context.updated,
    generator: false,
    copyright: `${model.site.licence.name} (${model.site.licence.url})`,
    author: { name: model.site.publisher.name, link: model.site.publisher.url },
    feedLinks: { atom: context.atomUrl, rss: context.rssUrl },
  });
  // The feed package writes titles as type="html": escaped, data text shows as text in readers.
  for (const entry of context.entries) feed.addItem({ id: entry.id, title: escapeMarkup(entry.title), link: entry.link, date: entry.date });
  return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
