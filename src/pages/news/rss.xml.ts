import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedNews } from '../../data/entries.ts';
import { feedItems } from '../../feeds/feed-items.ts';
import { feedOptions, sectionFeed } from '../../lib/feeds/feeds.ts';
import { site } from '../../site.config.ts';

/** The newest published news articles, newest first. */
export async function GET({ logger }: APIContext) {
  const news = await publishedNews();
  const feed = sectionFeed('news', site);
  return rss(feedOptions(feed, await feedItems({ news }, logger, feed.limit), site));
}
