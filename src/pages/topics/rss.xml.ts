import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedTopics } from '../../data/entries.ts';
import { feedItems } from '../../feeds/feed-items.ts';
import { feedOptions, sectionFeed } from '../../lib/feeds/feeds.ts';

/** Every published discussion topic, newest first. */
export async function GET({ logger }: APIContext) {
  const topics = await publishedTopics();
  return rss(feedOptions(sectionFeed('topics'), await feedItems({ topics }, logger)));
}
