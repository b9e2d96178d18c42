import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Tells the Open Graph image route (src/pages/og/[...id].jpg.ts) where to keep its cache:
 * a folder inside Astro's own cache folder (`cacheDir`, which ILN_CACHE_DIR moves), beside
 * the processed photos, so that whatever keeps or clears one keeps or clears the other.
 */
export function ogImages(): AstroIntegration {
  return {
    name: 'interlibnet:og-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const dir = fileURLToPath(new URL('og-images/', config.cacheDir));
        updateConfig({ vite: { define: { 'import.meta.env.ILN_OG_CACHE_DIR': JSON.stringify(dir) } } });
      },
    },
  };
}
