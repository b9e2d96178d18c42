import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { buildTime } from '../../build-time.ts';
import { feedItems } from '../../feeds/feed-items.ts';
import { feedOptions, sectionFeed } from '../../lib/feeds.ts';
import { isPublished } from '../../lib/publishing.ts';

/** Every published discussion topic, newest first. */
export async function GET({ logger }: APIContext) {
  const topics = await getCollection('topics', ({ data }) => isPublished(data, buildTime));
  return rss(feedOptions(sectionFeed('topics'), await feedItems({ topics }, logger)));
}
