/**
 * The share cards in the dev server: the card of every topic and news item, and the site's
 * own for every other page, drawn on request and kept in Astro's cache folder
 * (docs/sharing.md). src/integrations/og-images.ts adds this route to `astro dev` only; a
 * build draws the cards in a worker thread and copies them into the site.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedNews, publishedTopics, roundNames } from '../data/entries.ts';
import { CARD_FILE, type OgCard, shareCards } from '../lib/site/share-cards.ts';
import { site } from '../site.config.ts';
import { ogImageFile } from './og-images.ts';

/** Set by src/integrations/og-images.ts: a folder inside Astro's cache folder. */
function ogCacheDir(): string {
  const dir: unknown = import.meta.env.ILN_OG_CACHE_DIR;
  // Without it the cards would go to a folder named "undefined" in the project.
  if (typeof dir !== 'string') throw new Error('ILN_OG_CACHE_DIR is not set: add ogImages() from src/integrations/og-images.ts to astro.config.mjs');
  return dir;
}
const cacheDir = ogCacheDir();

export const getStaticPaths = (async () => {
  const cards = shareCards({ topics: await publishedTopics(), news: await publishedNews(), roundName: await roundNames(), site });
  return cards.map(({ id, card }) => ({ params: { id }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await readFile(await ogImageFile(props.card, cacheDir))), { headers: { 'Content-Type': CARD_FILE.type } });
