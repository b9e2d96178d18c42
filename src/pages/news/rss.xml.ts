import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { buildTime } from '../../build-time.ts';
import { feedItems } from '../../feeds/feed-items.ts';
import { feedOptions, sectionFeed } from '../../lib/feeds.ts';
import { isPublished } from '../../lib/publishing.ts';

/** Every published news article, newest first. */
export async function GET({ logger }: APIContext) {
  const news = await getCollection('news', ({ data }) => isPublished(data, buildTime));
  return rss(feedOptions(sectionFeed('news'), await feedItems({ news }, logger)));
}
