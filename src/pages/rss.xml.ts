import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { postcardsNewestFirst, publishedNews, publishedTopics } from '../data/entries.ts';
import { feedItems } from '../feeds/feed-items.ts';
import { feedOptions, siteFeed } from '../lib/feeds/feeds.ts';

/** Everything the site publishes, newest first. */
export async function GET({ logger }: APIContext) {
  const entries = {
    topics: await publishedTopics(),
    news: await publishedNews(),
    postcards: await postcardsNewestFirst(),
  };
  return rss(feedOptions(siteFeed(), await feedItems(entries, logger)));
}
