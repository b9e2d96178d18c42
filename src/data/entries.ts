/**
 * The one reader of content for pages, feeds and calendars: every query of a collection
 * goes through here, so that no route can forget the draft and future filter or sort the
 * same list another way. Drafts and entries dated after the build instant are left out
 * once, here; lists come newest first with a stable tie-break.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { newestFirst, publishedNewestFirst } from '../lib/content/publishing.ts';
import { roundTopics } from '../lib/content/topics.ts';
import { roundName, roundNamesOf } from '../lib/content/rounds.ts';
import { absoluteUrl, paths } from '../site-urls.ts';
import { buildTime } from './now.ts';

/**
 * A query of the content. In a build the content cannot change, so each query runs once
 * and every page shares its list, frozen so that no page can reorder it for the others
 * (and Astro warns once, not once a page, of an empty collection); `astro dev` asks again
 * each time, so that edits show up.
 */
function query<T>(read: () => Promise<T[]>): () => Promise<readonly T[]> {
  return once(async () => Object.freeze(await read()));
}

/** A value made from the content once per build (each time in `astro dev`), as `query` does for lists. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (made ??= make()));
}

/** Published discussion topics, newest first. */
export const publishedTopics = query(async () => publishedNewestFirst(await getCollection('topics'), buildTime));

/** Published news, newest first. */
export const publishedNews = query(async () => publishedNewestFirst(await getCollection('news'), buildTime));

/** Postcards have no draft or publish date: every one is published, newest first. */
export const postcardsNewestFirst = query(async () =>
  newestFirst(
    await getCollection('postcards'),
    (postcard) => postcard.data.date,
    (postcard) => postcard.id,
  ),
);

/** Coordinators, ambassadors and organisers, by name: they have no draft or publish date. */
export const peopleByName = query(async () =>
  (await getCollection('people')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id)),
);

/** Every round, newest first: a round is shown as soon as its file exists. */
export const roundsNewestFirst = query(async () => (await getCollection('rounds')).sort((a, b) => b.data.number - a.data.number));

/** Every round by its number. */
const roundsByNumber = once(async () => new Map((await roundsNewestFirst()).map((round) => [round.data.number, round])));

/** The round a topic belongs to (the content check guarantees it exists). */
export async function roundOf(topic: CollectionEntry<'topics'>): Promise<CollectionEntry<'rounds'>> {
  const round = (await roundsByNumber()).get(topic.data.round);
  if (!round) throw new Error(`${topic.filePath ?? topic.id} → round: Round ${topic.data.round} has no file in content/rounds/`);
  return round;
}

/**
 * Every round, newest first, with its published topics in order (none, for a round whose
 * first topic is still to come): the topic lists, round pages and guides group them once.
 */
export const roundsWithTopics = query(async () => {
  const byRound = Map.groupBy(await publishedTopics(), (topic) => topic.data.round);
  return (await roundsNewestFirst()).map((round) => ({
    round,
    topics: Object.freeze(roundTopics(byRound.get(round.data.number) ?? [], round.data.number)),
  }));
});

/**
 * The name of each round by its number (roundName: the file's title, else "Round N"), for
 * what knows a round only by number: feed items, search filters, postcards.
 */
export async function roundNames(): Promise<(number: number) => string> {
  return roundNamesOf((await roundsNewestFirst()).map((round) => round.data));
}

/** A topic with a live chat, in the shape the calendar and structured data take, with its round's name. */
export async function chatTopic(topic: CollectionEntry<'topics'>) {
  return {
    ...topic.data,
    id: topic.id,
    chat: topic.data.chat!,
    roundName: roundName((await roundOf(topic)).data),
    url: absoluteUrl(paths.topic(topic.id)),
  };
}

/** Published topics that have a live chat. */
export const publishedChatTopics = query(async () => (await publishedTopics()).filter((topic) => topic.data.chat !== undefined));
