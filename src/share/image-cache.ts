/**
 * The folder of finished share cards in Astro's cache folder (src/share/og-images.ts draws
 * them): read a card when it is there, store it when it is new, and remove the ones no
 * build uses any more. Knows nothing of what a card shows, so the config can load it
 * without the canvas.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CARD_FILE } from '../lib/site/share-cards.ts';

/**
 * The file of the image stored under `key` in `dir`, made by `render` when there is none yet
 * and kept for the next build. Written to a temporary name and renamed, so that neither a
 * build sharing the cache nor the dev server and a build ever read half a file. A stored
 * image used again gets a new modification time: the end of the build removes the ones no
 * page used (removeUnusedImages).
 */
export async function cachedImageFile(dir: string, key: string, render: () => Promise<Buffer>): Promise<string> {
  const file = join(dir, `${key}${CARD_FILE.extension}`);
  const now = new Date();
  try {
    await utimes(file, now, now);
  } catch {
    const image = await render();
    await mkdir(dir, { recursive: true });
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, image);
    await rename(temporary, file);
  }
  return file;
}

/**
 * Marks the start of a build in `dir` and returns the instant as the file system recorded
 * it: removeUnusedImages compares it with times from the same clock, so a file system that
 * keeps times to the second cannot make a card read during the build look older.
 */
export async function markBuildStart(dir: string): Promise<Date> {
  const marker = join(dir, '.build-started');
  await mkdir(dir, { recursive: true });
  await writeFile(marker, '');
  return (await stat(marker)).mtime;
}

/**
 * Removes the files in `dir` last written or read before `since`: the cards of titles that
 * changed, of entries that are gone, and of older templates, which no build reads again.
 * Returns how many it removed; a missing folder has none.
 */
export async function removeUnusedImages(dir: string, since: Date): Promise<number> {
  const names = await readdir(dir).catch(() => []);
  const removed = await Promise.all(
    names.map(async (name) => {
      const file = join(dir, name);
      const { mtime } = await stat(file).catch(() => ({ mtime: since }));
      if (mtime >= since) return false;
      await rm(file, { force: true });
      return true;
    }),
  );
  return removed.filter(Boolean).length;
}
