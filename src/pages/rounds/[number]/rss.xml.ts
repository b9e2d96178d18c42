import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedTopics, roundsNewestFirst } from '../../../data/entries.ts';
import { feedItems } from '../../../feeds/feed-items.ts';
import { feedOptions, roundFeed } from '../../../lib/feeds/feeds.ts';

/** One feed per round, with every round's file: partners can subscribe before its first topic. */
export async function getStaticPaths() {
  const rounds = await roundsNewestFirst();
  return rounds.map((round) => ({ params: { number: String(round.data.number) } }));
}

/** The published discussion topics of one round, newest first. */
export async function GET({ params, logger }: APIContext) {
  const number = Number(params.number);
  const topics = (await publishedTopics()).filter((topic) => topic.data.round === number);
  return rss(feedOptions(roundFeed(number), await feedItems({ topics }, logger)));
}
