/**
 * A worker thread that draws share cards into the cache while the main thread checks,
 * loads and bundles the content (src/integrations/og-images.ts starts it). The pages find
 * the cards in the cache; one the worker has not reached yet is drawn by its page, and
 * the worker then reads it from the cache instead of drawing it again.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OgCard } from '../lib/site/share-cards.ts';
import { ogImage } from './og-images.ts';

export interface DrawAheadData {
  cards: OgCard[];
  cacheDir: string;
}

/** What the worker reports when it has been through every card. */
export interface DrawAheadDone {
  cards: number;
  seconds: number;
}

const { cards, cacheDir } = workerData as DrawAheadData;
const started = performance.now();
for (const card of cards) await ogImage(card, cacheDir);
parentPort?.postMessage({ cards: cards.length, seconds: (performance.now() - started) / 1000 } satisfies DrawAheadDone);
