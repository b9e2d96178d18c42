/**
 * Someone adds the program's dates to their calendar: one chat, or the whole calendar by
 * subscription. Every file is read by ical.js, an independent parser, and its instants are
 * checked against the content files, read here without the site's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CORE_SCHEMA, load } from 'js-yaml';
import { ROOT, TEST_NOW } from '../support/build.ts';
import { formatProblems, parseCalendar } from '../support/ical.ts';
import { SITES, outDirOf } from '../support/sites.ts';

const contentDir = join(ROOT, 'content');
const now = new Date(TEST_NOW);
const ORIGIN = 'https://interlibnet.org';
const MINUTE = 60_000;

type Data = Record<string, unknown>;
const yamlOf = (text: string) => load(text, { schema: CORE_SCHEMA }) as Data;

const rounds = readdirSync(join(contentDir, 'rounds')).map((file) => yamlOf(readFileSync(join(contentDir, 'rounds', file), 'utf8')));
const chats = readdirSync(join(contentDir, 'topics'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md') || file.endsWith('.mdx'))
  .map((file) => ({ id: file.replace(/\.mdx?$/, ''), data: yamlOf(readFileSync(join(contentDir, 'topics', file), 'utf8').split(/^---$/m)[1] ?? '') }))
  .filter(({ data }) => data.chat && data.draft !== true && new Date(String(data.publishDate)) <= now)
  .map(({ id, data }) => {
    const chat = data.chat as Data;
    const start = new Date(String(chat.start));
    return {
      id,
      title: String(data.title),
      hashtag: String(chat.hashtag),
      start,
      end: new Date(start.getTime() + Number(chat.durationMinutes ?? 60) * MINUTE),
    };
  });

test('the sample content has published chats and rounds to check', () => {
  expect(chats.map((chat) => chat.id).sort()).toEqual([
    '1/02-libraries-and-social-media',
    '2/02-the-role-of-libraries-in-disasters',
    '2/05-wellbeing-at-work',
    '2/06-leadership-without-a-title',
  ]);
  expect(rounds).toHaveLength(3);
});

test('every .ics file of the build follows RFC 5545 and reads in an independent parser', () => {
  const dist = outDirOf(SITES.main);
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ics'));
  expect(files).toHaveLength(chats.length + 1);
  for (const file of files) {
    const text = readFileSync(join(dist, file), 'utf8');
    expect(formatProblems(text), file).toEqual([]);
    const { events } = parseCalendar(text);
    expect(events.length, file).toBeGreaterThan(0);
    for (const event of events) expect(event.stamp, file).toEqual(now);
  }
});

for (const chat of chats) {
  test(`the chat of ${chat.id} has its own calendar file at the instant announced`, async ({ request }) => {
    const response = await request.get(`/topics/${chat.id}/chat.ics`);
    expect(response.status()).toBe(200);
    const { events } = parseCalendar(await response.text());
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ start: chat.start, startInUtc: true, end: chat.end, url: `${ORIGIN}/topics/${chat.id}/` });
    expect(events[0]?.summary).toBe(`ILN live chat ${chat.hashtag}: ${chat.title}`);
  });
}

test('the calendar to subscribe to, linked from the join page, has every chat and every round’s dates', async ({ page, request }) => {
  await page.goto('/join/');
  const address = await page.getByRole('link', { name: 'Subscribe to our calendar' }).getAttribute('href');
  const response = await request.get(address ?? '');
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
  const { properties, events } = parseCalendar(await response.text());
  expect(properties['x-wr-calname']).toBe('ILN: live chats and round dates');
  expect(events).toHaveLength(chats.length + 4 * rounds.length);

  for (const chat of chats) {
    const event = events.find((candidate) => candidate.url === `${ORIGIN}/topics/${chat.id}/`);
    expect(event, chat.id).toMatchObject({ start: chat.start, end: chat.end });
  }
  for (const round of rounds) {
    const title = String(round.title ?? `Round ${round.number}`);
    const find = (summary: string) => events.find((event) => event.summary === `${title}: ${summary}`);
    expect(find('applications open'), title).toMatchObject({
      start: new Date(String(round.applicationsOpen)),
      end: new Date(String(round.applicationsClose)),
    });
    expect(find('applications close'), title).toMatchObject({ start: new Date(String(round.applicationsClose)) });
    expect(find('partnerships begin'), title).toMatchObject({ start: String(round.partnershipsStart) });
    expect(find('last day of the supported partnership'), title).toMatchObject({ start: String(round.partnershipsEnd) });
  }
});
