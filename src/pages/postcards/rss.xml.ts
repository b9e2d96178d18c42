import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { postcardsNewestFirst } from '../../data/entries.ts';
import { feedItems } from '../../feeds/feed-items.ts';
import { feedOptions, sectionFeed } from '../../lib/feeds/feeds.ts';

/** Every postcard, newest first, each with its photo. */
export async function GET({ logger }: APIContext) {
  const postcards = await postcardsNewestFirst();
  return rss(feedOptions(sectionFeed('postcards'), await feedItems({ postcards }, logger)));
}
