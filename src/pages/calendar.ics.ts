/** Every live chat and round date, as one calendar to subscribe to: paths.calendar(). */
import type { APIRoute } from 'astro';
import { chatTopic, publishedChatTopics, roundsNewestFirst } from '../data/entries.ts';
import { buildTime } from '../data/now.ts';
import { siteCalendar } from '../lib/feeds/calendar.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const rounds = await roundsNewestFirst();
  const topics = await publishedChatTopics();
  const text = siteCalendar(
    rounds.map((round) => round.data),
    await Promise.all(topics.map(chatTopic)),
    buildTime,
    site,
  );
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
