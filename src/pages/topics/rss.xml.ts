import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedTopics } from '../../data/entries.ts';
import { feedItems } from '../../feeds/feed-items.ts';
import { feedOptions, sectionFeed } from '../../lib/feeds/feeds.ts';
import { site } from '../../site.config.ts';

/** The newest published discussion topics, newest first. */
export async function GET({ logger }: APIContext) {
  const topics = await publishedTopics();
  const feed = sectionFeed('topics', site);
  return rss(feedOptions(feed, await feedItems({ topics }, logger, feed.limit), site));
}
