import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { publishedTopics, roundsNewestFirst } from '../../../data/entries.ts';
import { feedItems } from '../../../feeds/feed-items.ts';
import { type FeedRound, feedOptions, roundFeed } from '../../../lib/feeds/feeds.ts';
import { site } from '../../../site.config.ts';

/** One feed per round, with every round's file: partners can subscribe before its first topic. */
export async function getStaticPaths() {
  const rounds = await roundsNewestFirst();
  return rounds.map((round) => ({ params: { number: String(round.data.number) }, props: { round: round.data } }));
}

/** The published discussion topics of one round, newest first. */
export async function GET({ props, logger }: APIContext<{ round: FeedRound }>) {
  const { round } = props;
  const topics = (await publishedTopics()).filter((topic) => topic.data.round === round.number);
  return rss(feedOptions(roundFeed(round, site), await feedItems({ topics }, logger), site));
}
