/**
 * One name per round (issue 15): round 1's file gives it a title, and every page, feed and
 * calendar the site writes calls it by that title, never "Round 1" alone: headings, links,
 * topic labels, postcard facts and facets, search filters, feed titles and categories, and
 * calendar events. The built sample site is read by independent parsers (hast for HTML,
 * rss-parser for feeds, ical.js for calendars), not through the site's code. What editors
 * wrote in their own words ("Round 1 in numbers", a news title) is theirs, and left out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import Parser from 'rss-parser';
import { visit } from 'unist-util-visit';
import { builtFiles, ROOT } from '../support/build.ts';
import { contentEntries, contentPeople } from '../support/content.ts';
import { parseCalendar } from '../support/ical.ts';
import { SITES, outDirOf } from '../support/sites.ts';

const dist = outDirOf(SITES.main);
const entries = contentEntries();
const NAME = String(entries.find((entry) => entry.collection === 'rounds' && entry.data.number === 1)?.data.title);
/** "Round 1" not followed by the rest of the round's title. */
const OTHER_NAME = new RegExp(`\\bRound 1\\b(?!${NAME.slice('Round 1'.length).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`);

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every line of a topic, postcard, news or person file that mentions round 1, without its YAML key: the editors' own words. */
const EDITORS_WORDS = [...entries.filter((entry) => entry.collection !== 'rounds'), ...contentPeople()]
  .flatMap((entry) => readFileSync(join(ROOT, entry.file), 'utf8').split('\n'))
  .filter((line) => /\bRound 1\b/.test(line))
  .map((line) => normalise(line.replace(/^\s*[A-Za-z]+:\s+/, '').replace(/^(["'])(.*)\1$/, '$2')));

/** Where `text`, the editors' words taken out, calls round 1 anything but its name. */
function otherNames(text: string): string[] {
  let rest = normalise(text);
  for (const words of EDITORS_WORDS) rest = rest.replaceAll(words, '');
  return [...rest.matchAll(new RegExp(`.{0,40}${OTHER_NAME.source}.{0,20}`, 'g'))].map((match) => match[0]);
}

const filesOf = (extension: string) =>
  builtFiles(dist, new RegExp(`${extension.replace('.', '\\.')}$`))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();

/** The text a page shows, and every attribute value (titles, descriptions, search filters, feed links). */
function stringsOf(html: string): string[] {
  const tree: Root = fromHtml(html);
  const texts: string[] = [];
  const attributes: string[] = [];
  visit(tree, (node, _index, parent) => {
    if (node.type === 'text') {
      const inside = parent?.type === 'element' ? (parent as Element) : undefined;
      const code = inside?.tagName === 'style' || (inside?.tagName === 'script' && inside.properties.type !== 'application/ld+json');
      if (!code) texts.push((node as Text).value);
    } else if (node.type === 'element') {
      for (const value of Object.values((node as Element).properties)) if (typeof value === 'string') attributes.push(value);
    }
  });
  return [texts.join(''), ...attributes];
}

test('round 1 has a title of its own to check', () => {
  expect(NAME).toBe('Round 1, 2025');
  expect(EDITORS_WORDS.length).toBeGreaterThan(0);
});

test('every page calls round 1 by its name: headings, links, labels, facts, facets and search filters', () => {
  const pages = filesOf('.html');
  expect(pages.length).toBeGreaterThan(30);
  const found = pages.flatMap((file) =>
    stringsOf(readFileSync(join(dist, file), 'utf8')).flatMap((text) => otherNames(text).map((at) => `${file}: ${at}`)),
  );
  expect(found).toEqual([]);
  // The places that know a round only by its number do name it.
  const text = (file: string) => stringsOf(readFileSync(join(dist, file), 'utf8')).join('\n');
  expect(text('postcards/anna-kovacs-debrecen/index.html')).toContain(NAME);
  expect(text('postcards/rounds/index.html')).toContain(NAME);
  expect(text('postcards/rounds/1/index.html')).toContain(`Postcards from ${NAME}`);
  expect(text('topics/1/07-proving-our-worth/index.html')).toContain(`${NAME} · Discussion topic 7`);
  expect(text('rounds/1/index.html')).toContain(`International Librarians Network: ${NAME} discussion topics`);
});

test('every feed calls round 1 by its name, in its title, item titles and categories', async () => {
  const parser = new Parser();
  const feeds = filesOf('rss.xml');
  expect(feeds).toContain('rounds/1/rss.xml');
  const found: string[] = [];
  let round1Items = 0;
  for (const file of feeds) {
    const feed = await parser.parseString(readFileSync(join(dist, file), 'utf8'));
    const strings = [feed.title ?? '', feed.description ?? ''];
    for (const item of feed.items) {
      strings.push(item.title ?? '', ...(item.categories ?? []));
      if (item.categories?.includes(NAME)) round1Items += 1;
    }
    found.push(...strings.flatMap((text) => otherNames(text).map((at) => `${file}: ${at}`)));
    if (file === 'rounds/1/rss.xml') {
      expect(feed.title).toBe(`International Librarians Network: ${NAME} discussion topics`);
      expect(feed.items.map((item) => item.title)).toContain(`${NAME} · Discussion topic 7: Proving our worth`);
    }
  }
  expect(found).toEqual([]);
  expect(round1Items).toBeGreaterThan(0);
});

test('calendar.ics and every chat’s calendar file call round 1 by its name', () => {
  const calendars = filesOf('.ics');
  expect(calendars).toContain('calendar.ics');
  const events = calendars.flatMap((file) => parseCalendar(readFileSync(join(dist, file), 'utf8')).events.map((event) => ({ file, event })));
  const found = events.flatMap(({ file, event }) =>
    [event.summary, event.description ?? ''].flatMap((text) => otherNames(text).map((at) => `${file} ${event.uid}: ${at}`)),
  );
  expect(found).toEqual([]);
  const texts = events.map(({ event }) => `${event.summary}\n${event.description ?? ''}`);
  expect(texts.filter((text) => text.includes(`${NAME}: applications open`))).toHaveLength(1);
  expect(texts.some((text) => text.includes(`about ${NAME} · Discussion topic`))).toBe(true);
});
