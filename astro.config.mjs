// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, sharpImageService } from 'astro/config';
import { buildTime } from './src/data/now.ts';
import { cmsBundle } from './src/integrations/cms-bundle.ts';
import { comments } from './src/integrations/comments.ts';
import { contentContract } from './src/integrations/content-contract.ts';
import { contentStoreModule } from './src/integrations/content-store-module.ts';
import { contentLinksPlugin } from './src/lib/content/content-links.ts';
import { sanitizeMarkdownPlugin } from './src/lib/html/sanitize-markdown.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentSecurityPolicy, scriptResources, styleResources } from './src/security.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  // A redirect or route that would write over another route's page fails the build instead of replacing it.
  prerenderConflictBehavior: 'error',
  // A Content Security Policy in every page's <meta>: Astro adds the hashes of its own inline
  // scripts and styles, so no inline script runs unless the build made it (docs/security.md).
  security: {
    csp: {
      directives: contentSecurityPolicy,
      scriptDirective: { resources: [...scriptResources] },
      styleDirective: { resources: [...styleResources] },
    },
  },
  integrations: [
    contentContract({ contentDir: site.contentDir, now: buildTime }),
    contentStoreModule(),
    mdx(),
    // The CMS at /admin/ is a tool for editors, not a page for readers.
    sitemap({ filter: (page) => !/\/admin\/?$/.test(new URL(page).pathname) }),
    comments(site.comments),
    cmsBundle(),
    searchIndex(),
    ogImages({ now: buildTime }),
  ],
  markdown: {
    // Code blocks as plain <pre><code>, styled by the site's stylesheet: Shiki, the default,
    // colours code with style attributes, which the Content Security Policy blocks.
    syntaxHighlight: false,
    // Astro's own processor, Sätteri, with two plugins: Markdown passes the site's one
    // sanitiser (src/lib/html/sanitize-markdown.ts, which needs raw HTML read into elements and
    // footnotes without their own id prefix), and a link to another entry by its file, as
    // editors write it on GitHub (`03-advocacy-and-lobbying.md`), leads to that entry's page.
    processor: satteri({
      features: { rawHtml: true, gfm: { footnotes: { clobberPrefix: '' } } },
      hastPlugins: [
        sanitizeMarkdownPlugin(),
        contentLinksPlugin({ contentDir: resolve(fileURLToPath(new URL('.', import.meta.url)), site.contentDir), base: site.base }),
      ],
    }),
  },
  // Test builds of fixture content keep their own content-layer cache (tests/support/build.ts).
  cacheDir: process.env.ILN_CACHE_DIR,
  // WebP at sharp's effort 2 instead of 4: photos encode in half the time for about 4 % more bytes.
  image: { service: sharpImageService({ webp: { effort: 2 } }) },
  // Four pages at a time: while one waits for its files to be written, the next renders.
  // Rendering the 3,000-entry corpus: 9-10 s, against 11-12 s one at a time and 9 s eight at
  // a time (docs/benchmark.md).
  build: { concurrency: 4 },
  vite: {
    build: {
      rolldownOptions: {
        // Rolldown warns, in every build, that it may not keep the "use astro:head-inject"
        // directive Astro writes into MDX modules (withastro/astro#18087, open). The MDX pages
        // are built whole, head included; a log that warns every time hides the warnings that matter.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
