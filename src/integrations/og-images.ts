import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markBuildStart, removeUnusedImages } from '../share/image-cache.ts';

/**
 * Tells the Open Graph image route (src/pages/og/[...id].jpg.ts) where to keep its cache:
 * a folder inside Astro's own cache folder (`cacheDir`, which ILN_CACHE_DIR moves), beside
 * the processed photos, so that whatever keeps or clears one keeps or clears the other.
 * When a build succeeds, the cards it neither drew nor read are removed, so that a cache a
 * deploy restores and saves does not grow with every changed title.
 */
export function ogImages(): AstroIntegration {
  let dir = '';
  let started: Date | undefined;
  return {
    name: 'interlibnet:og-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        dir = fileURLToPath(new URL('og-images/', config.cacheDir));
        updateConfig({ vite: { define: { 'import.meta.env.ILN_OG_CACHE_DIR': JSON.stringify(dir) } } });
      },
      'astro:build:start': async () => {
        started = await markBuildStart(dir);
      },
      'astro:build:done': async ({ logger }) => {
        if (!started) return;
        const removed = await removeUnusedImages(dir, started);
        if (removed > 0) logger.info(`removed ${removed} share card${removed === 1 ? '' : 's'} no page uses any more from the cache`);
      },
    },
  };
}
