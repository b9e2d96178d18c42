import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/content/problems.ts';
import {
  frontmatterBody,
  parseFrontmatter,
  parseYaml,
  readContent,
  readEntryData,
  readPages,
  readPhotoFacts,
} from '../../src/loaders/read-content.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('parseYaml', () => {
  test('keeps dates and date-times as the text the editor wrote', () => {
    expect(parseYaml('date: 2024-03-12\nstart: 2024-03-12T08:00:00+11:00\nlocal: 2024-03-12T08:00:00\nutc: 2024-03-12T08:00:00Z\n')).toEqual({
      date: '2024-03-12',
      start: '2024-03-12T08:00:00+11:00',
      local: '2024-03-12T08:00:00',
      utc: '2024-03-12T08:00:00Z',
    });
  });

  test('still reads numbers, booleans, lists and empty values', () => {
    expect(parseYaml('number: 3\ndraft: true\ntags: [advocacy, social media]\ncity:\n')).toEqual({
      number: 3,
      draft: true,
      tags: ['advocacy', 'social media'],
      city: null,
    });
  });

  test('reads an empty text, or one of comments only, as no fields at all', () => {
    expect(parseYaml('')).toEqual({});
    expect(parseYaml('# only a comment\n\n  # and another\n')).toEqual({});
  });

  test('throws a readable message with the line of the mistake', () => {
    expect(() => parseYaml('number: 1\ntitle: Round 1\n  summary: x\n')).toThrow(/^bad indentation of a mapping entry on line 3$/);
  });

  test('counts lines from where the text starts in its file', () => {
    expect(() => parseYaml('title: a\ntitle: b\n', 2)).toThrow('duplicated mapping key on line 3');
  });
});

describe('parseFrontmatter', () => {
  test('reads the YAML between the two --- lines, with dates as text', () => {
    expect(parseFrontmatter('---\ntitle: Library spaces\npublishDate: 2025-05-26T09:00:00+10:00\n---\n\n## Body\n')).toEqual({
      title: 'Library spaces',
      publishDate: '2025-05-26T09:00:00+10:00',
    });
  });

  test('accepts Windows line endings and a byte order mark', () => {
    expect(parseFrontmatter('\uFEFF---\r\ntitle: Library spaces\r\nround: 1\r\n---\r\nBody\r\n')).toEqual({ title: 'Library spaces', round: 1 });
  });

  test('reads empty frontmatter as no fields, and does not take the body for it', () => {
    expect(parseFrontmatter('---\n---\ntitle: in the body\n\n---\n')).toEqual({});
  });

  test('does not read a horizontal rule in the body as part of the frontmatter', () => {
    expect(parseFrontmatter('---\ntitle: A\n---\nFirst part\n\n---\n\nsummary: not a field\n')).toEqual({ title: 'A' });
  });

  test('ends the frontmatter only at a line of three hyphens, as Astro does', () => {
    expect(parseFrontmatter('---\ntitle: Before and after ---\nround: 1\n---\nBody\n')).toEqual({ title: 'Before and after ---', round: 1 });
  });

  test('keeps an indented line of hyphens inside a block of text', () => {
    expect(parseFrontmatter('---\nsummary: |\n  one\n  ---\n  two\nround: 1\n---\n')).toEqual({ summary: 'one\n---\ntwo\n', round: 1 });
  });

  test('throws when the file has no frontmatter', () => {
    expect(() => parseFrontmatter('title: Library spaces\n')).toThrow('no frontmatter: the file must start with a line of three hyphens (---)');
  });

  test('gives the line of a YAML mistake as a line of the file', () => {
    // Line 1 is the opening ---, so the bad line is line 3 of the file.
    expect(() => parseFrontmatter('---\ntitle: a\n  round: 1\n---\n')).toThrow('bad indentation of a mapping entry on line 3');
  });
});

describe('frontmatterBody', () => {
  // The frontmatter reader of the Astro in node_modules, from where Astro itself loads it.
  const astroReader = async () => {
    const path = createRequire(fileURLToPath(import.meta.resolve('astro/package.json'))).resolve('@astrojs/internal-helpers/frontmatter');
    return (await import(pathToFileURL(path).href)) as {
      parseFrontmatter: (code: string, options: { frontmatter: 'empty-with-spaces' }) => { content: string };
    };
  };

  test.each([
    ['a body after the frontmatter', '---\ntitle: A\n---\n\n## Body\n\nText.\n'],
    ['Windows line endings and a byte order mark', '\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n'],
    ['a horizontal rule in the body', '---\ntitle: A\n---\nFirst part\n\n---\n\nSecond part\n'],
    ['spaces after the closing hyphens', '---\ntitle: A\n---   \nBody\n'],
    ['empty frontmatter', '---\n---\nBody\n'],
    ['no body', '---\ntitle: A\n---\n'],
    ['no line end after the closing hyphens', '---\ntitle: A\n---'],
    ['an indented line of hyphens in the YAML', '---\nsummary: |\n  one\n  ---\n  two\n---\nBody\n'],
  ])('gives the body Astro’s own reader gives, with %s', async (_, source) => {
    const { parseFrontmatter: astroParse } = await astroReader();
    expect(frontmatterBody(source)).toBe(astroParse(source, { frontmatter: 'empty-with-spaces' }).content.trim());
  });

  test('is undefined for a file without frontmatter', () => {
    expect(frontmatterBody('# Just a body\n')).toBeUndefined();
  });
});

describe('reading files', () => {
  let dir: string;
  const at = (...parts: string[]) => join(dir, ...parts);
  const write = async (path: string, content: string | Buffer) => {
    await mkdir(join(at(path), '..'), { recursive: true });
    await writeFile(at(path), content);
  };
  const jpeg = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'interlibnet-read-content-'));
    await write('content/rounds/1.yaml', 'number: 1\npartnershipsStart: 2025-03-17\n');
    await write('content/rounds/2.yaml', 'number: 2\n  broken: yes\n');
    await write('content/topics/1/01-hello.md', '---\ntitle: Hello\npublishDate: 2025-03-17\n---\nBody\n');
    await write('content/postcards/anna/index.md', '---\nname: Anna\nimage: ./photo.jpg\n---\nBody\n');
    await write('content/postcards/anna/photo.jpg', await jpeg(900, 600));
    await write('content/postcards/anna/extra.png', await jpeg(10, 10));
    await write('content/postcards/bela/index.md', '---\nname: Béla\nimage: ./missing.jpg\n---\n');
    await write('content/news/.DS_Store', 'junk');
    await write('content/.hidden/x.md', '---\ntitle: hidden\n---\n');
    await write('content/README.md', '# Notes\n');
    await write('pages/about.mdx', '# About\n');
    await write('pages/index.astro', '---\n---\n');
    await write('pages/topics/[...id].astro', '---\n---\n');
    await write('pages/rss.xml.ts', 'export const GET = () => new Response("");\n');
    await write('pages/_parts/Card.astro', '---\n---\n');
    await write(
      'photos/sideways.jpg',
      await sharp(await jpeg(1200, 700))
        .withMetadata({ orientation: 6 })
        .toBuffer(),
    );
    await write('photos/not-a-picture.jpg', 'hello');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('readEntryData reads a round’s YAML and a topic’s frontmatter', async () => {
    expect(await readEntryData(at('content/rounds/1.yaml'))).toEqual({ number: 1, partnershipsStart: '2025-03-17' });
    expect(await readEntryData(at('content/topics/1/01-hello.md'))).toEqual({ title: 'Hello', publishDate: '2025-03-17' });
  });

  test('readPhotoFacts gives the size, format and width of a photo', async () => {
    const facts = await readPhotoFacts(at('content/postcards/anna/photo.jpg'));
    expect(facts).toEqual({ bytes: expect.any(Number), format: 'jpeg', width: 900 });
    expect(facts?.bytes).toBeGreaterThan(0);
  });

  test('readPhotoFacts gives the width a photo turned on its side is shown at', async () => {
    expect((await readPhotoFacts(at('photos/sideways.jpg')))?.width).toBe(700);
  });

  test('readPhotoFacts gives null for a photo that is not there, or a folder', async () => {
    expect(await readPhotoFacts(at('photos/missing.jpg'))).toBeNull();
    expect(await readPhotoFacts(at('photos'))).toBeNull();
  });

  test('readPhotoFacts gives no format for a file that is not a picture', async () => {
    expect(await readPhotoFacts(at('photos/not-a-picture.jpg'))).toEqual({ bytes: 5, format: undefined, width: undefined });
  });

  test('readContent lists every file with its collection, data and photo, skipping hidden files and pictures', async () => {
    const files = await readContent(dir, 'content');
    expect(files.map(({ file, collection, entry }) => [file, collection, entry])).toEqual([
      ['content/README.md', undefined, ''],
      ['content/postcards/anna/index.md', 'postcards', 'anna/index.md'],
      ['content/postcards/bela/index.md', 'postcards', 'bela/index.md'],
      ['content/rounds/1.yaml', 'rounds', '1.yaml'],
      ['content/rounds/2.yaml', 'rounds', '2.yaml'],
      ['content/topics/1/01-hello.md', 'topics', '1/01-hello.md'],
    ]);
    const byFile = new Map(files.map((file) => [file.file, file]));
    expect(byFile.get('content/rounds/1.yaml')?.data).toEqual({ number: 1, partnershipsStart: '2025-03-17' });
    expect(byFile.get('content/rounds/2.yaml')).toMatchObject({ data: undefined, syntaxError: 'bad indentation of a mapping entry on line 2' });
    expect(byFile.get('content/postcards/anna/index.md')?.photo).toMatchObject({ format: 'jpeg', width: 900 });
    expect(byFile.get('content/postcards/bela/index.md')?.photo).toBeNull();
  });

  test('readPages lists the pages with addresses of their own', async () => {
    expect(await readPages(dir, at('pages'))).toEqual([
      { file: 'pages/about.mdx', path: '/about/' },
      { file: 'pages/index.astro', path: '/' },
      { file: 'pages/rss.xml.ts', path: '/rss.xml' },
    ]);
  });
});

describe('the real content folder', () => {
  test('follows the contract: readContent and validateContent find no problems', async () => {
    const files = await readContent(ROOT, 'content');
    const pages = await readPages(ROOT, join(ROOT, 'src/pages'));
    const { problems, entries } = validateContent(files, pages);
    // The message lists the problems if there are any.
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(entries.length).toBe(files.length);
    const count = (collection: string) => entries.filter((entry) => entry.collection === collection).length;
    expect(count('rounds')).toBeGreaterThanOrEqual(3);
    expect(count('topics')).toBeGreaterThan(0);
    expect(count('postcards')).toBeGreaterThan(0);
    expect(count('news')).toBeGreaterThan(0);
  });

  test('finds the photo of every postcard', async () => {
    const postcards = (await readContent(ROOT, 'content')).filter((file) => file.collection === 'postcards');
    expect(postcards.length).toBeGreaterThan(0);
    for (const postcard of postcards) expect(postcard.photo, postcard.file).toMatchObject({ format: expect.stringMatching(/^(jpeg|png|webp)$/) });
  });
});
