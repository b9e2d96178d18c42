/**
 * A worker thread that makes sure every share card of a build is in the cache, drawing the
 * ones that are not, while the main thread checks, loads, bundles and renders the content
 * (src/integrations/og-images.ts starts it and copies the files it reports into the build).
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { OgCard } from '../lib/site/share-cards.ts';
import { ogImageFiles } from './og-images.ts';

export interface DrawCardsData {
  cards: OgCard[];
  cacheDir: string;
}

/** What the worker reports when every card is in the cache. */
export interface DrawCardsDone {
  /** The cache file of each card, in the order of `cards`. */
  files: string[];
  seconds: number;
  /** CPU time of this thread, user and system, where Node can measure it (23.9 and later). */
  cpuSeconds?: number;
}

const { cards, cacheDir } = workerData as DrawCardsData;
// The cards have time until the build's end; the main thread's steps do not. On Linux a
// priority is a thread's own (elsewhere it would lower the whole build), and the worker
// encodes its cards on this thread (src/lib/site/og-image.ts), so all of their work yields.
if (process.platform === 'linux') setPriority(19);
const started = performance.now();
const files = await ogImageFiles(cards, cacheDir);
const cpu = process.threadCpuUsage?.();
parentPort?.postMessage({
  files,
  seconds: (performance.now() - started) / 1000,
  ...(cpu && { cpuSeconds: (cpu.user + cpu.system) / 1e6 }),
} satisfies DrawCardsDone);
