/**
 * The entries readers may see at the build instant, read the same way by every page and
 * feed: drafts and entries dated in the future are left out here, once.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildTime } from './build-time.ts';
import { isPublished, newestFirst } from './lib/content/publishing.ts';

export const publishedTopics = () => getCollection('topics', ({ data }) => isPublished(data, buildTime));

export const publishedNews = () => getCollection('news', ({ data }) => isPublished(data, buildTime));

/** Postcards have no draft or publish date: every one is published, newest first. */
export const postcardsNewestFirst = async () =>
  newestFirst(await getCollection('postcards'), (postcard) => postcard.data.date, (postcard) => postcard.id);

export const roundsNewestFirst = async () => (await getCollection('rounds')).sort((a, b) => b.data.number - a.data.number);

/** A topic with a live chat, in the shape the calendar and structured data take. */
export function chatTopic(topic: CollectionEntry<'topics'>) {
  return { ...topic.data, id: topic.id, chat: topic.data.chat! };
}

export const publishedChatTopics = async () => (await publishedTopics()).filter((topic) => topic.data.chat !== undefined);
