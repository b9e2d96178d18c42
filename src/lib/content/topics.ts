/** Discussion topics: their labels and their order within a round. */
import { ID_PREFIX } from '../html/sanitize.ts';
import { roundName } from './rounds.ts';

export interface TopicPlace {
  round: number;
  number: number;
}

/**
 * "Round 3 · Discussion topic 4". Give the round's name (`roundName` in rounds.ts) where the
 * round's file is at hand, so that a round with a `title` is called by it here too.
 */
export function topicLabel({ round, number }: TopicPlace, name: string = roundName({ number: round })): string {
  return `${name} · Discussion topic ${number}`;
}

/** Orders topics by round, then by their number in the round. */
export function compareTopics(a: TopicPlace, b: TopicPlace): number {
  return a.round - b.round || a.number - b.number;
}

/** The topics of round `round`, in order. */
export function roundTopics<T extends { data: TopicPlace }>(topics: readonly T[], round: number): T[] {
  return topics.filter((topic) => topic.data.round === round).sort((a, b) => compareTopics(a.data, b.data));
}

/** The topics just before and after `current` in its own round, from a list of published topics. */
export function neighbours<T extends { data: TopicPlace }>(topics: readonly T[], current: T): { previous?: T; next?: T } {
  const round = roundTopics(topics, current.data.round);
  const index = round.indexOf(current);
  return { previous: index > 0 ? round[index - 1] : undefined, next: index >= 0 ? round[index + 1] : undefined };
}

export interface SeriesPlace extends TopicPlace {
  series?: { name: string; part: number } | undefined;
}

/**
 * Every topic in the same series as `current`, in order of their parts: the same series
 * name within the same round. Empty when `current` is not part of a series.
 */
export function seriesParts<T extends { data: SeriesPlace }>(topics: readonly T[], current: T): T[] {
  const series = current.data.series;
  if (!series) return [];
  return topics
    .filter((topic) => topic.data.round === current.data.round && topic.data.series?.name === series.name)
    .sort((a, b) => (a.data.series?.part ?? 0) - (b.data.series?.part ?? 0) || compareTopics(a.data, b.data));
}

/** What a topic's prompts are read from: its headings, as Astro's `render()` lists them. */
export interface TopicHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The ids Markdown gives the heading of a topic's footnotes (`[^1]`), in MDX and with the
 * sanitiser's prefix in Markdown: a heading for screen readers, which the page hides, and
 * not a prompt.
 */
export const FOOTNOTES_HEADINGS: readonly string[] = ['footnote-label', `${ID_PREFIX}footnote-label`];

/** A topic's prompts: its `##` headings, in order, without the heading of its footnotes. */
export function topicPrompts<T extends TopicHeading>(headings: readonly T[]): T[] {
  return headings.filter((heading) => heading.depth === 2 && !FOOTNOTES_HEADINGS.includes(heading.slug));
}
