/** Every live chat and round date, as one calendar to subscribe to: paths.calendar(). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildTime } from '../build-time.ts';
import { siteCalendar } from '../lib/calendar.ts';
import { isPublished } from '../lib/publishing.ts';

export const GET: APIRoute = async () => {
  const rounds = await getCollection('rounds');
  const topics = await getCollection('topics', ({ data }) => isPublished(data, buildTime) && data.chat !== undefined);
  const text = siteCalendar(
    rounds.map((round) => round.data),
    topics.map((topic) => ({ ...topic.data, id: topic.id, chat: topic.data.chat! })),
    buildTime,
  );
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
