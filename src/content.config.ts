/**
 * The collections Astro loads, as the registry (src/lib/content/collections.ts) describes
 * them: each collection's folder under the content folder, its files and its schema.
 */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { COLLECTIONS, type CollectionName } from './lib/content/collections.ts';
import { contractGlob } from './loaders/contract-glob.ts';
import { site } from './site.config.ts';

const loader = (name: CollectionName) =>
  contractGlob({ base: join(site.contentDir, name), pattern: COLLECTIONS[name].pattern, reuseCheck: !COLLECTIONS[name].photos });

export const collections = {
  rounds: defineCollection({ loader: loader('rounds'), schema: COLLECTIONS.rounds.schema() }),
  topics: defineCollection({ loader: loader('topics'), schema: COLLECTIONS.topics.schema() }),
  // Stories are untrusted: pages show them through renderStory() (src/lib/html/postcard-story.ts),
  // never through render(), which would pass their raw HTML through.
  postcards: defineCollection({ loader: loader('postcards'), schema: ({ image }) => COLLECTIONS.postcards.schema(image()) }),
  news: defineCollection({ loader: loader('news'), schema: COLLECTIONS.news.schema() }),
  // Bios are shown like postcard stories, through renderStory(): plain Markdown, HTML as text.
  people: defineCollection({ loader: loader('people'), schema: ({ image }) => COLLECTIONS.people.schema(image()) }),
};
