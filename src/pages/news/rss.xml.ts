import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedNews } from '../../data/entries.ts';
import { feedItems } from '../../feeds/feed-items.ts';
import { feedOptions, sectionFeed } from '../../lib/feeds/feeds.ts';

/** Every published news article, newest first. */
export async function GET({ logger }: APIContext) {
  const news = await publishedNews();
  return rss(feedOptions(sectionFeed('news'), await feedItems({ news }, logger)));
}
