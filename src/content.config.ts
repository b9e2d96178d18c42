import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { newsSchema, postcardSchema, roundSchema, topicSchema } from './lib/content/schemas.ts';
import { contractGlob } from './loaders/contract-glob.ts';
import { site } from './site.config.ts';

/** Where each collection's files live: see shared/CONTENT-CONTRACT.md. */
const folder = (collection: string) => join(site.contentDir, collection);

export const collections = {
  rounds: defineCollection({ loader: contractGlob(folder('rounds'), '*.yaml'), schema: roundSchema }),
  topics: defineCollection({ loader: contractGlob(folder('topics'), '*/*.{md,mdx}'), schema: topicSchema }),
  postcards: defineCollection({
    // Stories are untrusted: pages show them through renderStory() (src/lib/html/postcard-story.ts),
    // never through render(), which would pass their raw HTML through.
    loader: contractGlob(folder('postcards'), '*/index.md'),
    schema: ({ image }) => postcardSchema(image()),
  }),
  news: defineCollection({ loader: contractGlob(folder('news'), '*.{md,mdx}'), schema: newsSchema }),
};
