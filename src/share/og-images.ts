/**
 * Open Graph images at build time: the fonts each card needs, read from the Fontsource
 * packages, and a cache of finished images in Astro's cache folder, keyed by a hash of the
 * card, its fonts and the template, so that a rebuild renders only what changed
 * (docs/sharing.md). The card itself is drawn by src/lib/site/og-image.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type OgFont, ogImageKey, parseUnicodeRange, renderOgImage, subsetsFor } from '../lib/site/og-image.ts';
import type { OgCard } from '../lib/site/share-cards.ts';
import { cachedImageFile } from './image-cache.ts';

const require = createRequire(import.meta.url);

interface Subset {
  /** `noto-sans-greek`, `noto-sans-jp-57`: unique, and the family name Skia knows it by. */
  name: string;
  ranges: [number, number][];
  /** The WOFF file of each weight. */
  file: (weight: 400 | 700) => string;
  /** Package and version, for the cache key. */
  version: string;
}

/**
 * The packages, in order of preference: Noto Sans for Latin, Greek, Cyrillic, Vietnamese
 * and Devanagari; Noto Sans Arabic for Arabic; Noto Sans JP (split by Fontsource into about
 * 120 files of some 50 KB each) for kana and kanji. A card loads only the files its
 * characters fall in.
 */
const PACKAGES = [
  { name: '@fontsource/noto-sans', only: undefined },
  { name: '@fontsource/noto-sans-arabic', only: /^arabic$/ },
  { name: '@fontsource/noto-sans-jp', only: /^\[\d+\]$/ },
] as const;

function readSubsets(): Subset[] {
  return PACKAGES.flatMap(({ name, only }) => {
    const dir = dirname(require.resolve(`${name}/package.json`));
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    const family = name.replace('@fontsource/', '');
    return Object.entries(ranges)
      .filter(([subset]) => !only || only.test(subset))
      .map(([subset, list]) => {
        const key = subset.replace(/^\[(\d+)\]$/, '$1');
        return {
          name: `${family}-${key}`,
          ranges: parseUnicodeRange(list),
          file: (weight: 400 | 700) => join(dir, 'files', `${family}-${key}-${weight}-normal.woff`),
          version: `${name}@${version}`,
        };
      });
  });
}

let subsets: Subset[] | undefined;
const fontFiles = new Map<string, Buffer>();
/** One array per set of subsets, so that each set is looked up once per build. */
const fontLists = new Map<string, OgFont[]>();
const canvasVersion = (JSON.parse(readFileSync(require.resolve('@napi-rs/canvas/package.json'), 'utf8')) as { version: string }).version;

/** The fonts a card needs, regular and bold, and what identifies them for the cache key. */
export function fontsFor(card: OgCard): { fonts: OgFont[]; ids: string[] } {
  subsets ??= readSubsets();
  const needed = subsetsFor(`${card.eyebrow}${card.title}${card.siteName}`, subsets);
  const ids = [`@napi-rs/canvas@${canvasVersion}`, ...needed.map((subset) => `${subset.version}/${subset.name}`)];
  const key = ids.join(' ');
  let fonts = fontLists.get(key);
  if (!fonts) {
    fonts = needed.flatMap((subset) =>
      ([400, 700] as const).map((weight) => {
        const file = subset.file(weight);
        let data = fontFiles.get(file);
        if (!data) fontFiles.set(file, (data = readFileSync(file)));
        return { name: subset.name, weight, data };
      }),
    );
    fontLists.set(key, fonts);
  }
  return { fonts, ids };
}

/** The file of a card's PNG in the cache in `cacheDir`, drawn only when no build made it before with the same fonts and template. */
export async function ogImageFile(card: OgCard, cacheDir: string): Promise<string> {
  const { fonts, ids } = fontsFor(card);
  return cachedImageFile(cacheDir, ogImageKey(card, ids), () => renderOgImage(card, fonts));
}

/** The file of every card, in order, drawn one after the other (the build's worker, src/share/draw-cards.ts, runs it). */
export async function ogImageFiles(cards: readonly OgCard[], cacheDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const card of cards) files.push(await ogImageFile(card, cacheDir));
  return files;
}
