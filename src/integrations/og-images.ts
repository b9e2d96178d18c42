import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { publishedNewestFirst } from '../lib/content/publishing.ts';
import { roundNamesOf } from '../lib/content/rounds.ts';
import type { CheckedEntry } from '../lib/content/validate-content.ts';
import { CARD_FILE, shareCards } from '../lib/site/share-cards.ts';
import type { DrawCardsData, DrawCardsDone } from '../share/draw-cards.ts';
import { markBuildStart, removeUnusedImages } from '../share/image-cache.ts';
import { ogImageFiles } from '../share/og-images.ts';
import { site } from '../site.config.ts';
import { checkedEntries } from './content-contract.ts';

interface Options {
  /** The instant the site is built for: only published entries have cards. */
  now: Date;
}

/** The share cards of a build, each with the address it is published under /og/. */
type Cards = ReturnType<typeof shareCards>;

/**
 * The share cards (docs/sharing.md), kept in a folder inside Astro's own cache folder
 * (`cacheDir`, which ILN_CACHE_DIR moves), beside the processed photos, so that whatever
 * keeps or clears one keeps or clears the other.
 *
 * A build does not render them as routes: as soon as the content check is done, a worker
 * thread (src/share/draw-cards.ts) makes sure each card is in the cache, on a core the main
 * thread leaves idle while Astro loads, bundles and renders, and the end of the build links
 * them into the site and removes from the cache the cards it did not use, so that a cache a
 * deploy restores and saves does not grow with every changed title. `astro dev` serves them
 * from a route instead (src/share/og-route.ts), drawn on request.
 */
export function ogImages({ now }: Options): AstroIntegration {
  let dir = '';
  let build: { started: Date; cards: Cards; files: Promise<string[]> } | undefined;
  return {
    name: 'interlibnet:og-images',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, injectRoute, logger }) => {
        dir = fileURLToPath(new URL('og-images/', config.cacheDir));
        if (command === 'dev') {
          updateConfig({ vite: { define: { 'import.meta.env.ILN_OG_CACHE_DIR': JSON.stringify(dir) } } });
          injectRoute({
            pattern: `/og/[...id]${CARD_FILE.extension}`,
            entrypoint: new URL('../share/og-route.ts', import.meta.url),
            prerender: true,
          });
        }
        if (command !== 'build') return;
        // Marked before the worker touches a card, so that no card it uses looks unused.
        const started = await markBuildStart(dir);
        const cards = cardsOf(checkedEntries(), now);
        const files = drawCards(cards, dir, logger);
        // A card that cannot be drawn fails the build when its end awaits the files, not before.
        files.catch(() => undefined);
        build = { started, cards, files };
      },
      'astro:build:done': async ({ dir: outDir, logger }) => {
        if (!build) return;
        const waited = performance.now();
        await publishCards(build.cards, await build.files, new URL('og/', outDir));
        // The end of the build's own cost of the cards: waiting for the worker, then linking (scripts/bench reads it).
        logger.info(`published ${build.cards.length} share cards under /og/ in ${((performance.now() - waited) / 1000).toFixed(1)}s`);
        const removed = await removeUnusedImages(dir, build.started);
        if (removed > 0) logger.info(`removed ${removed} share card${removed === 1 ? '' : 's'} no page uses any more from the cache`);
      },
    },
  };
}

/** The cards the pages name, from what the content check found, in the order of `shareCards`. */
function cardsOf(entries: readonly CheckedEntry[], now: Date): Cards {
  const published = <C extends 'topics' | 'news'>(collection: C) =>
    publishedNewestFirst(
      entries.filter((entry): entry is Extract<CheckedEntry, { collection: C }> => entry.collection === collection),
      now,
    );
  const rounds = entries.flatMap((entry) => (entry.collection === 'rounds' ? [entry.data] : []));
  return shareCards({ topics: published('topics'), news: published('news'), roundName: roundNamesOf(rounds), site });
}

/**
 * The cache file of every card, drawn in a worker thread where Node can run the worker's
 * TypeScript, and on the main thread otherwise (type stripping came in Node 22.18). The
 * drawing code is imported with the config, not when it is needed: Vite's module runner,
 * which loads the config and its TypeScript, is closed before any hook runs. A card that
 * cannot be drawn fails the build at its end.
 */
async function drawCards(cards: Cards, cacheDir: string, logger: AstroIntegrationLogger): Promise<string[]> {
  const workerData: DrawCardsData = { cards: cards.map(({ card }) => card), cacheDir };
  if (!process.features.typescript) {
    logger.warn(`Node ${process.version} cannot run the share cards' worker thread (it needs 22.18 or later); drawing them on the main thread`);
    return ogImageFiles(workerData.cards, cacheDir);
  }
  const { files, seconds, cpuSeconds } = await new Promise<DrawCardsDone>((resolve, reject) => {
    const worker = new Worker(new URL('../share/draw-cards.ts', import.meta.url), { workerData });
    // A build that fails before the worker is done must not wait for it.
    worker.unref();
    worker.once('message', resolve);
    worker.once('error', (error) => reject(new Error(`The share cards could not be drawn: ${String(error)}`, { cause: error })));
    worker.once('exit', (code) => reject(new Error(`The share cards' worker thread stopped before it was done (exit code ${code})`)));
  });
  const cpu = cpuSeconds === undefined ? '' : ` (${cpuSeconds.toFixed(1)}s of CPU)`;
  logger.info(`${files.length} share cards drawn or found in the cache in ${seconds.toFixed(1)}s${cpu}`);
  return files;
}

/**
 * Puts each card's cache file at its address under `ogDir`, `og/topics/2/06-advocacy.png`:
 * as a hard link where the cache and the site share a file system, which writes none of the
 * cards' bytes again (about 130 MB for 2,700 cards), and as a copy where they do not. The
 * cache never changes a file in place (src/share/image-cache.ts writes a new one and renames
 * it), so the site's card stays as it was published.
 */
async function publishCards(cards: Cards, files: readonly string[], ogDir: URL): Promise<void> {
  const targets = cards.map(({ id }) => fileURLToPath(new URL(`${id}${CARD_FILE.extension}`, ogDir)));
  await Promise.all([...new Set(targets.map((target) => dirname(target)))].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(targets.map((target, index) => linkOrCopy(files[index]!, target)));
}

/** Links `target` to `source`, or copies it where the two are on different file systems. */
async function linkOrCopy(source: string, target: string): Promise<void> {
  // A card an earlier build left may be a link to a cache file: replace it, never write into it.
  await rm(target, { force: true });
  await link(source, target).catch(() => copyFile(source, target));
}
