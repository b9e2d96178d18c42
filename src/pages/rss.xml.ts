import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { publishedNews, publishedTopics } from '../published.ts';
import { feedItems } from '../feeds/feed-items.ts';
import { feedOptions, siteFeed } from '../lib/feeds/feeds.ts';

/** Everything the site publishes, newest first. */
export async function GET({ logger }: APIContext) {
  const entries = {
    topics: await publishedTopics(),
    news: await publishedNews(),
    postcards: await getCollection('postcards'),
  };
  return rss(feedOptions(siteFeed(), await feedItems(entries, logger)));
}
