/** The "Add to calendar" file of each published topic's live chat. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildTime } from '../../../build-time.ts';
import { chatCalendar } from '../../../lib/calendar.ts';
import { isPublished } from '../../../lib/publishing.ts';

export const getStaticPaths = (async () => {
  const topics = await getCollection('topics', ({ data }) => isPublished(data, buildTime) && data.chat !== undefined);
  return topics.map((topic) => ({ params: { id: topic.id }, props: { topic: { ...topic.data, id: topic.id, chat: topic.data.chat! } } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  new Response(chatCalendar(props.topic, buildTime), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
