/**
 * A rebuild with the cache kept, as a laptop or a deploy with its cache restored makes one:
 * postcard stories are rendered when they are loaded and kept in the content store, so the
 * rebuild renders only the story that changed, and every page still shows its current story;
 * share cards are kept too, and the card of a title that changed leaves the cache. A Node
 * that cannot run the card worker's TypeScript draws the same cards on the main thread.
 */
import { appendFile, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build, type BuildResult, copyContent, OUTPUT, removeDir } from '../support/build.ts';

const OUT_DIR = join(OUTPUT, 'rebuild', 'site');
const EDITED = 'layla-haddad-amman';
const UNTOUCHED = 'anna-kovacs-debrecen';
const RETITLED = 'topics/2/05-wellbeing-at-work.md';
/** A postcard folder renamed between the builds to a name with the same address, as a reviewer would ask. */
const RENAMED = { before: 'Tomasz-Nowak-Krakow', after: 'tomasz-nowak-krakow' };
/** Where tests/support/build.ts keeps this site's cache, and the share cards inside it. */
const CARD_CACHE = join(OUTPUT, 'rebuild', '.cache', 'site', 'og-images');

/** The story on a built postcard page: its `.story` element. */
async function storyOf(postcard: string): Promise<Element> {
  const page = fromHtml(await readFile(join(OUT_DIR, 'postcards', postcard, 'index.html'), 'utf8'));
  let story: Element | undefined;
  visit(page, 'element', (node: Element) => {
    const { className } = node.properties;
    if (Array.isArray(className) && className.includes('story')) story ??= node;
  });
  expect(story, `${postcard} has a story`).toBeDefined();
  return story!;
}

/** The text of each paragraph of a story, and the names of every element in it. */
function read(story: Element): { paragraphs: string[]; elements: string[] } {
  const paragraphs: string[] = [];
  const elements: string[] = [];
  visit(story, 'element', (node: Element) => {
    elements.push(node.tagName);
    if (node.tagName !== 'p') return;
    let text = '';
    visit(node, 'text', (leaf: Text) => void (text += leaf.value));
    paragraphs.push(text);
  });
  return { paragraphs, elements };
}

/** What the loaders said of stories: `9 stories rendered`, `1 story rendered, 8 kept from the last build`. */
function storyLines(output: string): string[] {
  return [...output.matchAll(/\[interlibnet:contract-glob\] (\d+ stor(?:y|ies) rendered.*)/g)].map((match) => match[1]!).sort();
}

/** The cards in the cache folder (beside them, the marker of the last build's start). */
const cachedCards = async () => (await readdir(CARD_CACHE)).filter((file) => file.endsWith('.png'));

let contentDir: string;
let first: BuildResult;
let firstStories: Record<string, string>;
let entries: { postcards: number; people: number };
let second: BuildResult;
let firstCards: string[];
let firstRetitledCard: Buffer;

/** The card the site publishes for the retitled topic. */
const RETITLED_CARD = join(OUT_DIR, 'og', RETITLED.replace(/\.md$/, '.png'));
const retitledCard = () => readFile(RETITLED_CARD);

beforeAll(async () => {
  contentDir = await copyContent('content');
  await rename(join(contentDir, 'postcards', RENAMED.after), join(contentDir, 'postcards', RENAMED.before));
  await removeDir(join(OUTPUT, 'rebuild'));
  first = await build({ contentDir, outDir: OUT_DIR });
  expect(first.code, first.output).toBe(0);
  firstStories = { [EDITED]: toHtml(await storyOf(EDITED)), [UNTOUCHED]: toHtml(await storyOf(UNTOUCHED)) };
  entries = {
    postcards: (await readdir(join(contentDir, 'postcards'))).length,
    people: (await readdir(join(contentDir, 'people'))).filter((name) => name.endsWith('.md')).length,
  };
  firstCards = await cachedCards();
  firstRetitledCard = await retitledCard();
  await appendFile(join(contentDir, 'postcards', EDITED, 'index.md'), '\nA line added <b>after</b> the first build.\n');
  const topic = join(contentDir, RETITLED);
  await writeFile(topic, (await readFile(topic, 'utf8')).replace(/^title: .*$/m, 'title: Wellbeing at work, retitled'));
  await rename(join(contentDir, 'postcards', RENAMED.before), join(contentDir, 'postcards', RENAMED.after));
  second = await build({ contentDir, outDir: OUT_DIR, keepCache: true });
  expect(second.code, second.output).toBe(0);
}, 240_000);

afterAll(async () => {
  await removeDir(contentDir);
});

describe('the build log', () => {
  // A log that warns on every build teaches editors to skip its warnings.
  test('has no warning, in a first build of the sample content or in a rebuild', () => {
    for (const { output } of [first, second]) expect(output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
  });
});

describe('a rebuild with the cache kept', () => {
  test('the first build renders every story and bio; the rebuild only the one that changed and the one whose folder moved', () => {
    expect(storyLines(first.output)).toEqual([`${entries.people} stories rendered`, `${entries.postcards} stories rendered`].sort());
    expect(storyLines(second.output)).toEqual([`2 stories rendered, ${entries.postcards - 2} kept from the last build`]);
  });

  test('a postcard whose folder was renamed to the same address keeps its page and its photo', async () => {
    const page = await readFile(join(OUT_DIR, 'postcards', RENAMED.after, 'index.html'), 'utf8');
    const photo = /<figure[\s\S]*?<img src="([^"]+)"/.exec(page)?.[1];
    expect(photo).toMatch(/^\/_astro\/photo\./);
    expect((await readdir(join(OUT_DIR, '_astro'))).includes(photo!.slice('/_astro/'.length))).toBe(true);
  });

  test('the changed story shows its new text, typed HTML still as text', async () => {
    const story = await storyOf(EDITED);
    expect(toHtml(story)).not.toBe(firstStories[EDITED]);
    const { paragraphs, elements } = read(story);
    expect(paragraphs.at(-1)).toBe('A line added <b>after</b> the first build.');
    expect(elements).not.toContain('b');
  });

  test('an unchanged story is the same as in the first build', async () => {
    expect(toHtml(await storyOf(UNTOUCHED))).toBe(firstStories[UNTOUCHED]);
  });
});

describe('share cards in a rebuild with the cache kept', () => {
  test('the cache holds one card for each card the site publishes, the retitled topic’s old card gone', async () => {
    const published = (await readdir(join(OUT_DIR, 'og'), { recursive: true })).filter((file) => file.endsWith('.png'));
    const cached = await cachedCards();
    expect(firstCards).toHaveLength(published.length);
    expect(cached).toHaveLength(published.length);
    expect(cached.filter((card) => !firstCards.includes(card))).toHaveLength(1);
    expect(second.output).toMatch(/removed 1 share card no page uses any more/);
  });

  test('the retitled topic publishes its new card, the one card the rebuild drew', async () => {
    const [drawn] = (await cachedCards()).filter((card) => !firstCards.includes(card));
    const published = await retitledCard();
    expect(published).toEqual(await readFile(join(CARD_CACHE, drawn!)));
    expect(published).not.toEqual(firstRetitledCard);
  });

  test('the site’s cards are the cache’s files, linked rather than written twice', async () => {
    const [drawn] = (await cachedCards()).filter((card) => !firstCards.includes(card));
    const site = await stat(RETITLED_CARD);
    expect(site.ino).toBe((await stat(join(CARD_CACHE, drawn!))).ino);
  });

  test('both builds went through every card the site publishes in a worker thread', async () => {
    const published = (await readdir(join(OUT_DIR, 'og'), { recursive: true })).filter((file) => file.endsWith('.png'));
    for (const { output } of [first, second]) {
      expect(output).toMatch(new RegExp(`\\b${published.length} share cards drawn or found in the cache in`));
      expect(output).not.toMatch(/cannot run the share cards' worker thread/);
    }
  });
});

describe('share cards on a Node that cannot run the worker’s TypeScript', () => {
  const outDir = join(OUTPUT, 'rebuild', 'without-type-stripping');
  let result: BuildResult;

  beforeAll(async () => {
    // Node 22.12 to 22.17, the oldest that Astro 7 runs on, strip no types; this flag makes Node 24 the same.
    const nodeOptions = `${process.env.NODE_OPTIONS ?? ''} --no-experimental-strip-types`.trim();
    result = await build({ contentDir, outDir, env: { NODE_OPTIONS: nodeOptions } });
  }, 120_000);

  test('the build says so, draws them on the main thread and publishes the same cards', async () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/cannot run the share cards' worker thread/);
    expect(result.output).not.toMatch(/share cards drawn or found in the cache/);
    const cards = async (site: string) => (await readdir(join(site, 'og'), { recursive: true })).filter((file) => file.endsWith('.png')).sort();
    const published = await cards(OUT_DIR);
    expect(await cards(outDir)).toEqual(published);
    for (const card of published) {
      expect(await readFile(join(outDir, 'og', card)), card).toEqual(await readFile(join(OUT_DIR, 'og', card)));
    }
  });
});
