/** The "Add to calendar" file of each published topic's live chat. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chatTopic, publishedChatTopics } from '../../../data/entries.ts';
import { buildTime } from '../../../data/now.ts';
import { chatCalendar } from '../../../lib/feeds/calendar.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const topics = await publishedChatTopics();
  return Promise.all(topics.map(async (topic) => ({ params: { id: topic.id }, props: { topic: await chatTopic(topic) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ props }) =>
  new Response(chatCalendar(props.topic, buildTime, site), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
