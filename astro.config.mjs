// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildTime } from './src/build-time.ts';
import { comments } from './src/integrations/comments.ts';
import { contentContract } from './src/integrations/content-contract.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  // A redirect or route that would write over another route's page fails the build instead of replacing it.
  prerenderConflictBehavior: 'error',
  integrations: [contentContract({ contentDir: site.contentDir, now: buildTime }), mdx(), sitemap(), comments(site.comments), searchIndex()],
  // Test builds of fixture content keep their own content-layer cache (tests/support/build.ts).
  cacheDir: process.env.ILN_CACHE_DIR,
});
