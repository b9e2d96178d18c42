import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { buildTime } from '../build-time.ts';
import { feedItems } from '../feeds/feed-items.ts';
import { feedOptions, siteFeed } from '../lib/feeds.ts';
import { isPublished } from '../lib/publishing.ts';

/** Everything the site publishes, newest first. */
export async function GET({ logger }: APIContext) {
  const entries = {
    topics: await getCollection('topics', ({ data }) => isPublished(data, buildTime)),
    news: await getCollection('news', ({ data }) => isPublished(data, buildTime)),
    postcards: await getCollection('postcards'),
  };
  return rss(feedOptions(siteFeed(), await feedItems(entries, logger)));
}
