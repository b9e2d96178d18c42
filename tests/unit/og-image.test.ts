import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test, vi } from 'vitest';
import {
  newsCard,
  OG_IMAGE,
  type OgCard,
  ogImageAlt,
  ogImageKey,
  parseUnicodeRange,
  renderOgImage,
  subsetsFor,
  topicCard,
} from '../../src/lib/site/og-image.ts';
import { cachedPng, fontsFor, ogImagePng } from '../../src/share/og-images.ts';
import { inkInTitle } from '../support/ink.ts';

const SITE = 'International Librarians Network';
const leadership = topicCard({ title: 'Leadership without a title', number: 6 }, 'Round 2', SITE);

/** Renders a card with the fonts it needs, as the build does. */
const render = (card: OgCard) => renderOgImage(card, fontsFor(card).fonts);

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'iln-og-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('parseUnicodeRange', () => {
  test('reads single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+0600-06FF,U+200C, U+4??')).toEqual([
      [0x600, 0x6ff],
      [0x200c, 0x200c],
      [0x400, 0x4ff],
    ]);
  });
});

describe('subsetsFor', () => {
  const latin = { name: 'latin', ranges: parseUnicodeRange('U+0000-00FF') };
  const greek = { name: 'greek', ranges: parseUnicodeRange('U+0370-03FF') };
  const arabic = { name: 'arabic', ranges: parseUnicodeRange('U+0600-06FF') };

  test('takes, for each character, the first subset that holds it, in the order given', () => {
    expect(subsetsFor('Αθήνα 2026', [latin, greek, arabic])).toEqual([latin, greek]);
    expect(subsetsFor('Library', [latin, greek, arabic])).toEqual([latin]);
  });

  test('leaves out characters no subset holds', () => {
    expect(subsetsFor('한국', [latin, greek])).toEqual([]);
  });
});

describe('fontsFor', () => {
  test('loads only the files a card needs: Latin for English, Arabic and Japanese subsets when the title has them', () => {
    const names = (card: OgCard) => [...new Set(fontsFor(card).fonts.map((font) => font.name))];
    expect(names(leadership)).toEqual(['noto-sans-latin']);
    expect(names({ ...leadership, title: 'مكتبات عامة' })).toEqual(['noto-sans-latin', 'noto-sans-arabic-arabic']);
    expect(names({ ...leadership, title: 'Οι βιβλιοθήκες' })).toEqual(['noto-sans-greek', 'noto-sans-latin']);
    const japanese = names({ ...leadership, title: '図書館と地域の歴史' });
    expect(japanese[0]).toBe('noto-sans-latin');
    expect(japanese.slice(1).every((name) => /^noto-sans-jp-\d+$/.test(name))).toBe(true);
  });

  test('names the font packages and satori in its ids, for the cache key', () => {
    expect(fontsFor(leadership).ids).toEqual([
      expect.stringMatching(/^satori@\d/),
      expect.stringMatching(/^@fontsource\/noto-sans@[\d.]+\/noto-sans-latin$/),
    ]);
  });
});

describe('renderOgImage', () => {
  test('makes a 1200×630 PNG', async () => {
    const png = await render(leadership);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { format, width, height } = await sharp(png).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', ...OG_IMAGE });
  });

  test('different titles give different images', async () => {
    const [a, b] = await Promise.all([render(leadership), render({ ...leadership, title: 'Library spaces' })]);
    expect(a.equals(b)).toBe(false);
  });

  test.each([
    ['Arabic', 'قاعات القراءة: مكتبات عامة في عمّان'],
    ['Japanese', '図書館と地域の歴史'],
    ['Greek', 'Οι βιβλιοθήκες της Θεσσαλονίκης'],
  ])('draws a title in %s script, not an empty line', async (_, title) => {
    const ink = await inkInTitle(await render({ ...leadership, title }));
    // A line of 64–76 px glyphs inks thousands of pixels; no font would ink none.
    expect(ink).toBeGreaterThan(5000);
  });
});

describe('ogImageKey', () => {
  test('changes with the title, the line above it, the fonts and nothing else', () => {
    const key = ogImageKey(leadership, ['a']);
    expect(ogImageKey({ ...leadership }, ['a'])).toBe(key);
    expect(ogImageKey({ ...leadership, title: 'Library spaces' }, ['a'])).not.toBe(key);
    expect(ogImageKey({ ...leadership, eyebrow: 'Round 3 · Topic 6' }, ['a'])).not.toBe(key);
    expect(ogImageKey(leadership, ['b'])).not.toBe(key);
  });
});

describe('cachedPng', () => {
  test('renders once, then reads the stored PNG without rendering again', async () => {
    const dir = await tempDir();
    const png = Buffer.from('made once');
    const make = vi.fn(async () => png);
    expect(await cachedPng(dir, 'key', make)).toEqual(png);
    expect(await cachedPng(dir, 'key', make)).toEqual(png);
    expect(make).toHaveBeenCalledTimes(1);
    expect(await readdir(dir)).toEqual(['key.png']);
  });

  test('a card made before comes from the cache: the same bytes, no temporary files left', async () => {
    const dir = await tempDir();
    const first = await ogImagePng(leadership, dir);
    expect(await ogImagePng(leadership, dir)).toEqual(first);
    expect(await readdir(dir)).toHaveLength(1);
    await ogImagePng({ ...leadership, title: 'Library spaces' }, dir);
    expect(await readdir(dir)).toHaveLength(2);
  });
});

describe('cards', () => {
  test('a topic is "Round N · Topic M", a news item "News", and the alt text says what the card says', () => {
    expect(leadership).toEqual({ title: 'Leadership without a title', eyebrow: 'Round 2 · Topic 6', siteName: SITE });
    expect(newsCard({ title: 'Round 2 partners matched' }, SITE).eyebrow).toBe('News');
    expect(ogImageAlt(leadership)).toBe('Round 2 · Topic 6: Leadership without a title. International Librarians Network');
  });
});
