import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { postcardsNewestFirst, publishedNews, publishedTopics } from '../data/entries.ts';
import { feedItems } from '../feeds/feed-items.ts';
import { feedOptions, siteFeed } from '../lib/feeds/feeds.ts';
import { site } from '../site.config.ts';

/** The newest of everything the site publishes (site.feedItems of them). */
export async function GET({ logger }: APIContext) {
  const entries = {
    topics: await publishedTopics(),
    news: await publishedNews(),
    postcards: await postcardsNewestFirst(),
  };
  const feed = siteFeed(site);
  return rss(feedOptions(feed, await feedItems(entries, logger, feed.limit), site));
}
