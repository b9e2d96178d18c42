import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { firstStrongDirection, OG_IMAGE, ogImageKey, parseUnicodeRange, renderOgImage, subsetsFor, wrapLines } from '../../src/lib/site/og-image.ts';
import { type OgCard, topicCard } from '../../src/lib/site/share-cards.ts';
import { cachedImageFile, removeUnusedImages } from '../../src/share/image-cache.ts';
import { fontsFor, ogImageFile, ogImageFiles } from '../../src/share/og-images.ts';
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

  test('names the font packages and the canvas in its ids, for the cache key', () => {
    expect(fontsFor(leadership).ids).toEqual([
      expect.stringMatching(/^@napi-rs\/canvas@\d/),
      expect.stringMatching(/^@fontsource\/noto-sans@[\d.]+\/noto-sans-latin$/),
    ]);
  });
});

/** A width of 10 per character: lines are easy to count by hand. */
const tens = (text: string) => [...text].length * 10;

describe('wrapLines', () => {
  test('breaks between words, never inside one that fits, and keeps short text on one line', () => {
    expect(wrapLines('Libraries and social media', 120, tens, 4)).toEqual(['Libraries', 'and social', 'media']);
    expect(wrapLines('Library spaces', 200, tens, 4)).toEqual(['Library spaces']);
  });

  test('breaks a word wider than a line between its characters', () => {
    expect(wrapLines('Supercalifragilistic', 80, tens, 4)).toEqual(['Supercal', 'ifragili', 'stic']);
  });

  test('finds the words of a Japanese title, which has no spaces', () => {
    const lines = wrapLines('図書館と地域の歴史', 50, tens, 4);
    expect(lines.join('')).toBe('図書館と地域の歴史');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines).not.toContain('図書館と地'); // 図書館 | と | 地域 | の | 歴史: no word is cut
  });

  test('ends the last line it may use with an ellipsis that still fits', () => {
    const lines = wrapLines('one two three four five six seven', 100, tens, 2);
    expect(lines).toEqual(['one two', 'three fou…']);
    expect(lines.every((line) => tens(line) <= 100)).toBe(true);
  });
});

describe('firstStrongDirection', () => {
  test('is the direction of the first letter, as dir="auto" decides it', () => {
    expect(firstStrongDirection('قاعات القراءة: مكتبات عامة')).toBe('rtl');
    expect(firstStrongDirection('2026: ספריות')).toBe('rtl');
    expect(firstStrongDirection('Libraries in عمّان')).toBe('ltr');
    expect(firstStrongDirection('図書館')).toBe('ltr');
  });
});

/** The leftmost and rightmost columns of the title area (right of the accent bar) with dark pixels. */
async function titleInkColumns(image: Buffer): Promise<[number, number]> {
  const area = { left: 40, top: 140, width: OG_IMAGE.width - 40, height: 200 };
  const { data, info } = await sharp(image).extract(area).greyscale().raw().toBuffer({ resolveWithObject: true });
  const columns: number[] = [];
  for (let index = 0; index < data.length; index++) if (data[index]! < 100) columns.push(area.left + (index % info.width));
  return [Math.min(...columns), Math.max(...columns)];
}

describe('renderOgImage', () => {
  test('makes a 1200×630 PNG', async () => {
    const image = await render(leadership);
    expect(image.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const { format, width, height } = await sharp(image).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', ...OG_IMAGE });
  });

  test('keeps the colours of the light theme exactly, opaque: the background, the accent bar', async () => {
    const { data, info } = await sharp(await render(leadership))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x + 1) * info.channels)];
    // tokens.css: --color-bg #fbf8f3, --color-accent #1b5e6e.
    expect(pixel(OG_IMAGE.width - 10, OG_IMAGE.height - 10).slice(0, 4)).toEqual([0xfb, 0xf8, 0xf3, 255]);
    expect(pixel(5, OG_IMAGE.height / 2).slice(0, 4)).toEqual([0x1b, 0x5e, 0x6e, 255]);
  });

  test('starts a left-to-right title at the left margin and a right-to-left one at the right margin', async () => {
    const [englishLeft, englishRight] = await titleInkColumns(await render({ ...leadership, title: 'Library spaces' }));
    expect(englishLeft).toBeGreaterThanOrEqual(100);
    expect(englishLeft).toBeLessThan(115);
    expect(englishRight).toBeLessThan(800);
    const [arabicLeft, arabicRight] = await titleInkColumns(await render({ ...leadership, title: 'قاعات القراءة' }));
    expect(arabicRight).toBeGreaterThan(1100);
    expect(arabicLeft).toBeGreaterThan(400);
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

describe('cachedImageFile', () => {
  test('renders once, then finds the stored image without rendering again', async () => {
    const dir = await tempDir();
    const make = vi.fn(async () => Buffer.from('made once'));
    const file = await cachedImageFile(dir, 'key', make);
    expect(file).toBe(join(dir, 'key.png'));
    expect(await cachedImageFile(dir, 'key', make)).toBe(file);
    expect(make).toHaveBeenCalledTimes(1);
    expect(await readFile(file, 'utf8')).toBe('made once');
    expect(await readdir(dir)).toEqual(['key.png']);
  });

  test('finding a stored image marks it as used now', async () => {
    const dir = await tempDir();
    await cachedImageFile(dir, 'key', async () => Buffer.from('made once'));
    const longAgo = new Date('2020-01-01T00:00:00Z');
    await utimes(join(dir, 'key.png'), longAgo, longAgo);
    const before = new Date();
    await cachedImageFile(dir, 'key', async () => Buffer.from('not again'));
    expect((await stat(join(dir, 'key.png'))).mtime.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(await readFile(join(dir, 'key.png'), 'utf8')).toBe('made once');
  });

  test('a card made before comes from the cache: the same file, no temporary files left', async () => {
    const dir = await tempDir();
    const first = await ogImageFile(leadership, dir);
    const bytes = await readFile(first);
    expect(await ogImageFile(leadership, dir)).toBe(first);
    expect(await readFile(first)).toEqual(bytes);
    expect(await readdir(dir)).toHaveLength(1);
    await ogImageFile({ ...leadership, title: 'Library spaces' }, dir);
    expect(await readdir(dir)).toHaveLength(2);
  });

  test('a list of cards gives each card its own file, in order, and one file to cards that are the same', async () => {
    const dir = await tempDir();
    const spaces = { ...leadership, title: 'Library spaces' };
    const files = await ogImageFiles([leadership, spaces, { ...leadership }], dir);
    expect(files).toEqual([await ogImageFile(leadership, dir), await ogImageFile(spaces, dir), files[0]]);
    expect(files[0]).not.toBe(files[1]);
    expect(await readdir(dir)).toHaveLength(2);
  });
});

describe('removeUnusedImages', () => {
  test('removes the files last written or read before the instant, and keeps the others', async () => {
    const dir = await tempDir();
    const since = new Date('2026-12-03T09:00:00Z');
    for (const [name, time] of [
      ['old-title.png', '2026-12-01T00:00:00Z'],
      ['old-template.png', '2026-11-01T00:00:00Z'],
      ['read-this-build.png', '2026-12-03T09:00:05Z'],
    ] as const) {
      await writeFile(join(dir, name), 'card');
      await utimes(join(dir, name), new Date(time), new Date(time));
    }
    expect(await removeUnusedImages(dir, since)).toBe(2);
    expect(await readdir(dir)).toEqual(['read-this-build.png']);
  });

  test('a cache folder that does not exist yet has nothing to remove', async () => {
    expect(await removeUnusedImages(join(await tempDir(), 'none'), new Date())).toBe(0);
  });
});
