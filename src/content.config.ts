/**
 * The collections Astro loads, as the registry (src/lib/content/collections.ts) describes
 * them: each collection's folder under the content folder, its files and its schema.
 *
 * The loader hands Astro data the content check has already checked (src/loaders/contract-glob.ts),
 * so a schema here only gives the entries their types; for postcards and people it also
 * turns the photo's file name into an image, which only Astro's `image()` can do while loading.
 */
import { defineCollection, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './lib/content/collections.ts';
import { contractGlob } from './loaders/contract-glob.ts';
import { site } from './site.config.ts';

const loader = (collection: CollectionName) => contractGlob({ collection, contentDir: site.contentDir });

type Image = ReturnType<SchemaContext['image']>;

/** Resolves the photo field alone; typed as the whole schema, whose output the check returned. */
const photoOnly = <Full extends z.ZodType>(field: 'image' | 'photo', photo: z.ZodType): Full => z.looseObject({ [field]: photo }) as unknown as Full;

export const collections = {
  rounds: defineCollection({ loader: loader('rounds'), schema: COLLECTIONS.rounds.schema() }),
  topics: defineCollection({ loader: loader('topics'), schema: COLLECTIONS.topics.schema() }),
  // Stories are untrusted: the loader renders them with renderStory() (src/loaders/stories.ts),
  // not with Astro's Markdown, which would pass their raw HTML through.
  postcards: defineCollection({
    loader: loader('postcards'),
    schema: ({ image }) => photoOnly<ReturnType<typeof COLLECTIONS.postcards.schema<Image>>>('image', image()),
  }),
  news: defineCollection({ loader: loader('news'), schema: COLLECTIONS.news.schema() }),
  // Bios are rendered like postcard stories: plain Markdown, HTML as text.
  people: defineCollection({
    loader: loader('people'),
    schema: ({ image }) => photoOnly<ReturnType<typeof COLLECTIONS.people.schema<Image>>>('photo', image().optional()),
  }),
};
