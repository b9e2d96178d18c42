/**
 * The content collections, in one registry: per collection, its schema, where an editor
 * keeps its files, the address of an entry, and whether it has a section feed and comment
 * threads. The loaders (content.config.ts), the content check, the addresses, the feeds
 * and the comments read it from here, so a new content type is a schema, an entry here and
 * its pages: docs/new-content-type.md is the checklist.
 */
import type { z } from 'astro/zod';
import { newsSchema, personSchema, postcardSchema, roundSchema, topicSchema } from './schemas.ts';

export interface CollectionSpec {
  /** Where an editor puts a file, in the words messages use. */
  where: string;
  /** The files the loader reads, inside the collection's folder (a glob). */
  pattern: string;
  /** The paths the contract allows inside the folder: stricter than `pattern`, so that a misnamed file is reported, not skipped. */
  fileName: RegExp;
  /** The site path the entries' pages live under; an entry's page is this, its id and `/`. */
  section: string;
  /** The schema, given how a photo beside the file is read (Astro's `image()` when building, its file name when checking). */
  schema: (photo: z.ZodType) => z.ZodType;
  /** Its entries are items of the site feed and of a feed of their own (`/<name>/rss.xml`). */
  feed: boolean;
  /** Its entries may have a comment thread. */
  comments: boolean;
  /** The field naming a photo beside the file, which Astro's `image()` turns into an image while loading; none if the collection has no photos. */
  photoField?: 'image' | 'photo';
  /**
   * What pages read of an entry's body: a contributor's Markdown rendered as a story (`story`:
   * renderStory()'s sanitised HTML, made when the file is loaded), or Astro's rendering of staff
   * Markdown and MDX (`html`, through render()). The content store keeps only that, and keeps it
   * between builds: every build loads the whole store, and its size sets how long that takes.
   */
  body: 'story' | 'html' | 'none';
}

export const COLLECTIONS = {
  rounds: {
    where: 'content/rounds/<number>.yaml',
    pattern: '*.yaml',
    fileName: /^\d+\.yaml$/,
    section: '/rounds/',
    schema: () => roundSchema,
    feed: false,
    comments: false,
    body: 'none',
  },
  topics: {
    where: 'content/topics/<round>/<NN>-<slug>.md (or .mdx)',
    pattern: '*/*.{md,mdx}',
    fileName: /^\d+\/\d{2,}-[^/]+\.mdx?$/,
    section: '/topics/',
    schema: () => topicSchema,
    feed: true,
    comments: true,
    body: 'html',
  },
  postcards: {
    where: 'content/postcards/<slug>/index.md with its photo beside it',
    pattern: '*/index.md',
    fileName: /^[^/]+\/index\.md$/,
    section: '/postcards/',
    schema: <Photo extends z.ZodType>(photo: Photo) => postcardSchema(photo),
    feed: true,
    comments: true,
    photoField: 'image',
    body: 'story',
  },
  news: {
    where: 'content/news/<yyyy>-<mm>-<slug>.md (or .mdx)',
    pattern: '*.{md,mdx}',
    fileName: /^\d{4}-\d{2}-[^/]+\.mdx?$/,
    section: '/news/',
    schema: () => newsSchema,
    feed: true,
    comments: true,
    body: 'html',
  },
  people: {
    where: 'content/people/<slug>.md with any photo beside it',
    pattern: '*.md',
    fileName: /^[^/]+\.md$/,
    // No page each: everyone is on the Volunteers page, grouped by country.
    section: '/volunteers/',
    schema: <Photo extends z.ZodType>(photo: Photo) => personSchema(photo),
    feed: false,
    comments: false,
    photoField: 'photo',
    body: 'story',
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Every collection, in the order the contract lists them. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

type Having<Feature extends 'feed' | 'comments'> = { [Name in CollectionName]: (typeof COLLECTIONS)[Name][Feature] extends true ? Name : never }[CollectionName];

/** The collections that have a section feed. */
export type FeedCollection = Having<'feed'>;
export const FEED_COLLECTIONS = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].feed) as FeedCollection[];

/** The collections whose entries may have a comment thread. */
export type CommentCollection = Having<'comments'>;
export const COMMENT_COLLECTIONS = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].comments) as CommentCollection[];

/** The site path of an entry's page: `entryPath('topics', '2/04-open-access')` is `/topics/2/04-open-access/`. */
export function entryPath(collection: CollectionName, id: string): string {
  return `${COLLECTIONS[collection].section}${id}/`;
}
