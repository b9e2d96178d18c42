import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { publishedNewestFirst } from '../lib/content/publishing.ts';
import { roundNamesOf } from '../lib/content/rounds.ts';
import type { CheckedEntry } from '../lib/content/validate-content.ts';
import { type OgCard, shareCards } from '../lib/site/share-cards.ts';
import type { DrawAheadData, DrawAheadDone } from '../share/draw-ahead.ts';
import { markBuildStart, removeUnusedImages } from '../share/image-cache.ts';
import { site } from '../site.config.ts';
import { checkedEntries } from './content-contract.ts';

interface Options {
  /** The instant the site is built for: only published entries have cards. */
  now: Date;
}

/**
 * Tells the Open Graph image route (src/pages/og/[...id].jpg.ts) where to keep its cache:
 * a folder inside Astro's own cache folder (`cacheDir`, which ILN_CACHE_DIR moves), beside
 * the processed photos, so that whatever keeps or clears one keeps or clears the other.
 *
 * A build starts drawing the cards in a worker thread as soon as the content check is
 * done, on a core the main thread leaves idle while Astro loads and bundles; the route then
 * finds them in the cache. When a build succeeds, the cards it neither drew nor read are
 * removed, so that a cache a deploy restores and saves does not grow with every changed title.
 */
export function ogImages({ now }: Options): AstroIntegration {
  let dir = '';
  let started: Date | undefined;
  let worker: Worker | undefined;
  return {
    name: 'interlibnet:og-images',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        dir = fileURLToPath(new URL('og-images/', config.cacheDir));
        updateConfig({ vite: { define: { 'import.meta.env.ILN_OG_CACHE_DIR': JSON.stringify(dir) } } });
        if (command === 'build') worker = drawAhead(cardsOf(checkedEntries(), now), dir, logger);
      },
      'astro:build:start': async () => {
        started = await markBuildStart(dir);
      },
      'astro:build:done': async ({ logger }) => {
        await worker?.terminate();
        if (!started) return;
        const removed = await removeUnusedImages(dir, started);
        if (removed > 0) logger.info(`removed ${removed} share card${removed === 1 ? '' : 's'} no page uses any more from the cache`);
      },
    },
  };
}

/** The cards the route will serve, from what the content check found, in the route's order. */
function cardsOf(entries: readonly CheckedEntry[], now: Date): OgCard[] {
  const published = <C extends 'topics' | 'news'>(collection: C) =>
    publishedNewestFirst(
      entries.filter((entry): entry is Extract<CheckedEntry, { collection: C }> => entry.collection === collection),
      now,
    );
  const rounds = entries.flatMap((entry) => (entry.collection === 'rounds' ? [entry.data] : []));
  return shareCards({ topics: published('topics'), news: published('news'), roundName: roundNamesOf(rounds), site }).map(({ card }) => card);
}

/**
 * Draws `cards` into the cache in a worker thread, last card first: the route renders them
 * first card first, so the two meet in the middle instead of drawing the same cards. If the
 * worker cannot run, the route draws every card itself.
 */
function drawAhead(cards: OgCard[], cacheDir: string, logger: AstroIntegrationLogger): Worker | undefined {
  if (cards.length === 0) return undefined;
  const workerData: DrawAheadData = { cards: cards.toReversed(), cacheDir };
  const worker = new Worker(new URL('../share/draw-ahead.ts', import.meta.url), { workerData });
  // A build that ends, or fails, before the worker does must not wait for it.
  worker.unref();
  worker.on('message', ({ cards: count, seconds }: DrawAheadDone) =>
    logger.info(`${count} share cards drawn or found ahead in ${seconds.toFixed(1)}s`),
  );
  worker.on('error', (error) => logger.warn(`share cards could not be drawn ahead (${String(error)}); each page draws its own`));
  return worker;
}
