import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { postcardsNewestFirst } from '../../data/entries.ts';
import { feedItems } from '../../feeds/feed-items.ts';
import { feedOptions, sectionFeed } from '../../lib/feeds/feeds.ts';
import { site } from '../../site.config.ts';

/** The newest postcards, each with its photo. */
export async function GET({ logger }: APIContext) {
  const postcards = await postcardsNewestFirst();
  const feed = sectionFeed('postcards', site);
  return rss(feedOptions(feed, await feedItems({ postcards }, logger, feed.limit), site));
}
