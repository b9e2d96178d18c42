/**
 * Publishing on the day: the hourly workflow (cron '7 * * * *', UTC) must build the site
 * within an hour of each instant written in Sydney time, on both sides of both of Sydney's
 * daylight-saving changes, and must not build again once it has. Dates go through the
 * content check as editors write them, so a wrong reading of an offset fails here.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { offsetAt } from '../../src/lib/time/dates.ts';
import { type DueInstant, changesTable, decidePublish, dueInstants, formatChanges } from '../../src/lib/time/schedule.ts';
import { type ContentFile, validateContent } from '../../src/lib/content/validate-content.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const at = (text: string) => new Date(text);
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** The first run of the cron '7 * * * *' at or after `instant`: seven minutes past an hour, UTC. */
function firstRunAfter(instant: Date): Date {
  const run = new Date(instant);
  run.setUTCMinutes(7, 0, 0);
  return run.getTime() >= instant.getTime() ? run : later(run, HOUR);
}

/** Sydney wall-clock time written with its offset; fails if the offset is not the one Sydney has then. */
function sydney(text: string): Date {
  const instant = at(text);
  expect(offsetAt('Australia/Sydney', instant), `${text} has Sydney's offset`).toBe(text.slice(-6));
  return instant;
}

const file = (collection: ContentFile['collection'], entry: string, data: unknown): ContentFile => ({
  file: `content/${collection}/${entry}`,
  collection,
  entry,
  data,
});

/** A round far from the instants under test, unless a test moves one of its dates there. */
const round = (data: Record<string, string> = {}) =>
  file('rounds', '1.yaml', {
    number: 1,
    applicationsOpen: '2026-01-05T09:00:00+11:00',
    applicationsClose: '2026-01-26T17:00:00+11:00',
    partnershipsStart: '2026-02-16',
    partnershipsEnd: '2026-06-15',
    signupUrl: 'https://forms.example.org/round-1',
    ...data,
  });

const topic = (publishDate: string, extra: Record<string, unknown> = {}, name = '01-getting-to-know-you.md') =>
  file('topics', `1/${name}`, {
    title: 'Getting to know you',
    round: 1,
    number: Number(name.slice(0, 2)),
    publishDate,
    summary: 'Your first conversation with your partner.',
    ...extra,
  });

/** The instants of a content folder, read through the content check as the script reads them. */
function instantsOf(...files: ContentFile[]): DueInstant[] {
  const { problems, entries } = validateContent(files);
  expect(problems).toEqual([]);
  return dueInstants(entries, 'Australia/Sydney');
}

/**
 * The three hourly runs around `due`: the last one before it (the deploy before that was an
 * hour earlier), the first one after it, and the one an hour later, after that run deployed.
 */
function hourlyRunsAround(instants: readonly DueInstant[], due: Date) {
  const first = firstRunAfter(due);
  const before = later(first, -HOUR);
  return {
    first,
    justBefore: decidePublish(instants, later(before, -HOUR), before),
    firstAfter: decidePublish(instants, before, first),
    hourLater: decidePublish(instants, first, later(first, HOUR)),
  };
}

// Sydney leaves summer time (AEDT, +11:00) at 03:00 on Sunday 4 April 2027, and enters it
// at 02:00 on Sunday 4 October 2026. GitHub's cron keeps UTC, so 09:00 in Sydney is 22:00
// or 23:00 UTC depending on the day.
const DST_DAYS = [
  { day: 'the day before summer time ends', local: '2027-04-03T09:00:00+11:00', utc: '2027-04-02T22:00:00.000Z' },
  { day: 'the day summer time ends', local: '2027-04-04T09:00:00+10:00', utc: '2027-04-03T23:00:00.000Z' },
  { day: 'the day before summer time starts', local: '2026-10-03T09:00:00+10:00', utc: '2026-10-02T23:00:00.000Z' },
  { day: 'the day summer time starts', local: '2026-10-04T09:00:00+11:00', utc: '2026-10-03T22:00:00.000Z' },
];

describe('a topic due at 09:00 in Sydney', () => {
  test.each(DST_DAYS)('on $day ($local) is published by the first hourly run after it, once', ({ local, utc }) => {
    const due = sydney(local);
    expect(due.toISOString()).toBe(utc);
    const instants = instantsOf(round(), topic(local));
    const runs = hourlyRunsAround(instants, due);

    expect(runs.justBefore).toEqual({ due: false, changes: [], firstDeploy: false });
    expect(runs.firstAfter.due).toBe(true);
    expect(runs.firstAfter.changes).toEqual([{ file: 'content/topics/1/01-getting-to-know-you.md', what: 'topic published', at: due }]);
    expect(runs.first.getTime() - due.getTime()).toBeLessThan(HOUR);
    expect(runs.hourLater).toEqual({ due: false, changes: [], firstDeploy: false });
  });

  test('is published at 22:07 UTC in summer and 23:07 UTC in winter, not at a fixed UTC hour', () => {
    expect(firstRunAfter(sydney('2026-10-04T09:00:00+11:00')).toISOString()).toBe('2026-10-03T22:07:00.000Z');
    expect(firstRunAfter(sydney('2027-04-04T09:00:00+10:00')).toISOString()).toBe('2027-04-03T23:07:00.000Z');
    // A run at 22:07 UTC in winter would be an hour early: 08:07 in Sydney.
    const instants = instantsOf(round(), topic('2027-04-04T09:00:00+10:00'));
    expect(decidePublish(instants, at('2027-04-03T21:07:00Z'), at('2027-04-03T22:07:00Z')).due).toBe(false);
  });
});

describe('a round whose applications close at 17:00 in Sydney', () => {
  const CLOSING_DAYS = [
    { day: 'the day before summer time ends', local: '2027-04-03T17:00:00+11:00', utc: '2027-04-03T06:00:00.000Z' },
    { day: 'the day summer time ends', local: '2027-04-04T17:00:00+10:00', utc: '2027-04-04T07:00:00.000Z' },
    { day: 'the day before summer time starts', local: '2026-10-03T17:00:00+10:00', utc: '2026-10-03T07:00:00.000Z' },
    { day: 'the day summer time starts', local: '2026-10-04T17:00:00+11:00', utc: '2026-10-04T06:00:00.000Z' },
  ];

  test.each(CLOSING_DAYS)('on $day ($local) closes on the site within the hour, once', ({ local, utc }) => {
    const closes = sydney(local);
    expect(closes.toISOString()).toBe(utc);
    const opens = later(closes, -21 * 24 * HOUR).toISOString();
    const year = Number(local.slice(0, 4));
    const instants = instantsOf(
      round({ applicationsOpen: opens, applicationsClose: local, partnershipsStart: `${year + 1}-02-01`, partnershipsEnd: `${year + 1}-06-01` }),
      topic(`${year + 1}-02-01T09:00:00+11:00`),
    );
    const runs = hourlyRunsAround(instants, closes);

    expect(runs.justBefore.due).toBe(false);
    expect(runs.firstAfter).toEqual({
      due: true,
      changes: [{ file: 'content/rounds/1.yaml', what: 'applications close', at: closes }],
      firstDeploy: false,
    });
    expect(runs.first.getTime() - closes.getTime()).toBeLessThan(HOUR);
    expect(runs.hourLater.due).toBe(false);
  });
});

describe('decidePublish', () => {
  const instants = instantsOf(round(), topic('2026-09-28T09:00:00+10:00'));
  const due = at('2026-09-27T23:00:00Z');

  test('builds when there has never been a successful deploy, whatever the content says', () => {
    expect(decidePublish(instants, undefined, at('2026-01-01T00:00:00Z'))).toEqual({ due: true, changes: [], firstDeploy: true });
    expect(decidePublish([], undefined, at('2026-01-01T00:00:00Z')).due).toBe(true);
  });

  test('does not build for an entry still in the future', () => {
    expect(decidePublish(instants, at('2026-09-20T00:07:00Z'), at('2026-09-20T01:07:00Z')).due).toBe(false);
    expect(decidePublish(instants, later(due, -HOUR), later(due, -1)).due).toBe(false);
  });

  test('builds at the exact instant an entry is due, but not for one the last deploy started after', () => {
    expect(decidePublish(instants, later(due, -HOUR), due).due).toBe(true);
    expect(decidePublish(instants, due, later(due, HOUR)).due).toBe(false);
  });

  test('catches up on everything due while the schedule was off, oldest first', () => {
    const both = instantsOf(round(), topic('2026-09-28T09:00:00+10:00'), topic('2026-09-14T09:00:00+10:00', { number: 2 }, '02-first.md'));
    const { changes } = decidePublish(both, at('2026-09-01T00:00:00Z'), at('2026-10-01T00:00:00Z'));
    expect(changes.map(({ file, at }) => [file, at.toISOString()])).toEqual([
      ['content/topics/1/02-first.md', '2026-09-13T23:00:00.000Z'],
      ['content/topics/1/01-getting-to-know-you.md', '2026-09-27T23:00:00.000Z'],
    ]);
  });

  test('builds nothing when no time has passed since the deploy', () => {
    expect(decidePublish(instants, at('2026-09-28T00:07:00Z'), at('2026-09-28T00:07:00Z')).due).toBe(false);
  });
});

describe('dueInstants', () => {
  test('never counts a draft, nor the chat of a draft topic', () => {
    const chat = { start: '2026-10-07T19:00:00+11:00', timeZone: 'Australia/Sydney', platform: 'Mastodon', hashtag: '#ILNchat' };
    const instants = instantsOf(round(), topic('2026-09-28T09:00:00+10:00', { draft: true, chat }));
    expect(instants.filter(({ file }) => file.includes('topics'))).toEqual([]);
    expect(decidePublish(instants, at('2026-09-27T22:07:00Z'), at('2026-09-27T23:07:00Z')).due).toBe(false);
  });

  test("lists a topic's chat as it starts and as it ends", () => {
    const chat = { start: '2026-10-07T19:00:00+11:00', timeZone: 'Australia/Sydney', durationMinutes: 90, platform: 'Mastodon', hashtag: '#ILNchat' };
    const instants = instantsOf(round(), topic('2026-09-28T09:00:00+10:00', { chat }));
    expect(instants.filter(({ file }) => file.includes('topics')).map(({ what, at }) => [what, at.toISOString()])).toEqual([
      ['topic published', '2026-09-27T23:00:00.000Z'],
      ['chat starts', '2026-10-07T08:00:00.000Z'],
      ['chat ends', '2026-10-07T09:30:00.000Z'],
    ]);
  });

  test("lists every change of a round's phase; bare dates are days in Sydney and the last day is whole", () => {
    const instants = instantsOf(round());
    expect(instants.map(({ what, at }) => [what, at.toISOString()])).toEqual([
      ['applications open', '2026-01-04T22:00:00.000Z'],
      ['applications close', '2026-01-26T06:00:00.000Z'],
      // Midnight in Sydney: 16 February in summer time (+11), 16 June in winter (+10).
      ['partnerships start', '2026-02-15T13:00:00.000Z'],
      ['round finished', '2026-06-15T14:00:00.000Z'],
    ]);
  });

  test('lists news items, and no draft news', () => {
    const news = (name: string, data: Record<string, unknown>) =>
      file('news', name, { title: 'Round 2 partners matched', summary: 'Matches are out.', ...data });
    const instants = instantsOf(
      round(),
      news('2026-09-partners-matched.md', { publishDate: '2026-09-14T09:00:00+10:00' }),
      news('2026-12-thanks.md', { publishDate: '2026-12-15T09:00:00+11:00', draft: true }),
    );
    expect(instants.filter(({ file }) => file.includes('news'))).toEqual([
      { file: 'content/news/2026-09-partners-matched.md', what: 'news published', at: at('2026-09-13T23:00:00Z') },
    ]);
  });
});

describe('workflow output', () => {
  const hostile = { file: 'content/topics/1/01-x\n::error::owned%0A::warning::|<b>.md', what: 'topic published', at: at('2026-09-27T23:00:00Z') };

  test('a crafted file name cannot start a line of the log with ::', () => {
    const lines = formatChanges([hostile], 'Australia/Sydney').join('\n').split(/\r?\n/);
    expect(lines).toEqual(['- 28 September 2026 at 09:00 GMT+10: topic published (content/topics/1/01-x%0A::error::owned%250A::warning::|<b>.md)']);
  });

  test('a crafted file name stays inside its cell of the job summary table', () => {
    const rows = changesTable([hostile], 'Australia/Sydney').split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toBe(
      '| 28 September 2026 at 09:00 GMT+10 | topic published | content/topics/1/01-x%0A::error::owned%250A::warning::\\|&lt;b&gt;.md |',
    );
  });
});

describe('scripts/publish-due.ts', () => {
  const run = async (since: string, now: string) => {
    const folder = await mkdtemp(join(tmpdir(), 'publish-due-'));
    const output = join(folder, 'output');
    const summary = join(folder, 'summary');
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['scripts/publish-due.ts', '--since', since], {
        env: { ...process.env, ILN_NOW: now, ILN_CONTENT_DIR: 'content', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
      });
      return { stdout, output: await readFile(output, 'utf8'), summary: await readFile(summary, 'utf8') };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };

  test('publishes the sample topic due at 09:00 on 28 September 2026 at the 23:07 UTC run', async () => {
    const result = await run('2026-09-27T22:07:00Z', '2026-09-27T23:07:00Z');
    expect(result.output).toBe('due=true\n');
    expect(result.stdout).toContain(
      '- 28 September 2026 at 09:00 GMT+10: topic published (content/topics/2/02-the-role-of-libraries-in-disasters.md)',
    );
    expect(result.summary).toContain(
      '| 28 September 2026 at 09:00 GMT+10 | topic published | content/topics/2/02-the-role-of-libraries-in-disasters.md |',
    );
  });

  test('refuses a --since without its offset, which the machine’s zone would otherwise supply', async () => {
    await expect(run('2026-09-27T22:07:00', '2026-09-27T23:07:00Z')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--since: expected an ISO date-time with its offset'),
    });
  });

  test('does not deploy again an hour later', async () => {
    const result = await run('2026-09-27T23:07:00Z', '2026-09-28T00:07:00Z');
    expect(result.output).toBe('due=false\n');
    expect(result.stdout).toContain('Nothing has become due since then.');
  });
});
