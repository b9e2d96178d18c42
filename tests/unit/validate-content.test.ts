/**
 * Every rule of the content contract (shared/CONTENT-CONTRACT.md), checked on files built in
 * memory. Each test starts from a valid set of files, breaks one thing and expects exactly
 * the problems that one thing causes, in the words an editor reads.
 */
import { describe, expect, test } from 'vitest';
import { formatProblem, formatProblems } from '../../src/lib/content/problems.ts';
import { checkEntryData, type ContentFile, type PhotoFacts, validateContent } from '../../src/lib/content/validate-content.ts';

type Data = Record<string, unknown>;

const file = (collection: ContentFile['collection'], entry: string, data: unknown, extra: Partial<ContentFile> = {}): ContentFile => ({
  file: `content/${collection}/${entry}`,
  collection,
  entry,
  data,
  ...extra,
});

const round = (number: number, data: Data = {}, entry = `${number}.yaml`) =>
  file('rounds', entry, {
    number,
    applicationsOpen: '2025-02-03T09:00:00+11:00',
    applicationsClose: '2025-02-24T17:00:00+11:00',
    partnershipsStart: '2025-03-17',
    partnershipsEnd: '2025-07-14',
    signupUrl: `https://forms.example.org/round-${number}`,
    ...data,
  });

const goodPhoto: PhotoFacts = { bytes: 1_200_000, format: 'jpeg', width: 1600 };

/** A small content folder that follows the contract: two rounds, two topics, a postcard, a news item. */
const valid = {
  round1: round(1, { title: 'Round 1, 2025', participants: 712, countries: 78, summary: 'The first round after the relaunch.' }),
  // Round 2 opens in Sydney's winter (+10:00).
  round2: round(2, {
    applicationsOpen: '2026-08-03T09:00:00+10:00',
    applicationsClose: '2026-08-24T17:00:00+10:00',
    partnershipsStart: '2026-09-14',
    partnershipsEnd: '2027-01-11',
  }),
  // A chat in March 2025: Sydney summer time, +11:00.
  topic1: file('topics', '1/01-getting-to-know-you.md', {
    title: 'Getting to know you',
    round: 1,
    number: 1,
    publishDate: '2025-03-17T09:00:00+11:00',
    summary: 'Your first conversation with your partner.',
    tags: ['introductions', 'partnerships'],
    chat: {
      start: '2025-03-19T20:00:00+11:00',
      timeZone: 'Australia/Sydney',
      platform: 'Mastodon',
      hashtag: '#ILNchat',
      url: 'https://mastodon.social/tags/ILNchat',
    },
  }),
  // A chat on 1 October 2026, three days before Sydney's summer time starts: +10:00.
  topic2: file('topics', '2/03-reading-for-pleasure.md', {
    title: 'Reading for pleasure',
    round: 2,
    number: 3,
    publishDate: '2026-09-28',
    summary: 'What do librarians read when nobody is asking?',
    series: { name: 'Reading', part: 1 },
    chat: { start: '2026-10-01T20:00:00+10:00', timeZone: 'Australia/Sydney', durationMinutes: 90, platform: 'Mastodon', hashtag: '#ILNchat' },
    redirectFrom: ['/2013/03/reading-for-pleasure/'],
  }),
  postcard: file(
    'postcards',
    'anna-kovacs-debrecen/index.md',
    {
      name: 'Kovács Anna',
      library: 'Méliusz Juhász Péter Könyvtár',
      city: 'Debrecen',
      country: 'HU',
      libraryType: 'public',
      round: 1,
      date: '2025-05-02',
      image: './photo.jpg',
      imageAlt: 'The reading room of a public library with tall windows.',
      lang: 'hu',
    },
    { photo: goodPhoto },
  ),
  news: file('news', '2026-08-applications-open-for-round-2.md', {
    title: 'Applications open for round 2',
    publishDate: '2026-08-03',
    summary: 'Sign up by 24 August.',
    tags: ['rounds'],
    draft: false,
  }),
};

/** A copy of `base` with fields changed; a field set to undefined is removed. */
function edit(base: ContentFile, changes: Data, extra: Partial<ContentFile> = {}): ContentFile {
  const data = { ...(base.data as Data) };
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) delete data[field];
    else data[field] = value;
  }
  return { ...base, data, ...extra };
}

/** A copy of a topic with its chat changed. */
const editChat = (base: ContentFile, changes: Data) => edit(base, { chat: { ...((base.data as Data).chat as Data), ...changes } });

/** A copy of `base` under another path inside its collection. */
const moved = (base: ContentFile, entry: string, changes: Data = {}) =>
  edit({ ...base, file: `content/${base.collection}/${entry}`, entry }, changes);

/**
 * The problems of the valid set with `files` added, each replacing the valid file of the same
 * path, formatted as the build prints them.
 */
function problems(...files: ContentFile[]): string[] {
  const byPath = new Map(Object.values(valid).map((f) => [f.file, f] as const));
  for (const f of files) byPath.set(f.file, f);
  return validateContent([...byPath.values()]).problems.map(formatProblem);
}

const ROUND1 = 'content/rounds/1.yaml';
const TOPIC1 = 'content/topics/1/01-getting-to-know-you.md';
const TOPIC2 = 'content/topics/2/03-reading-for-pleasure.md';
const POSTCARD = 'content/postcards/anna-kovacs-debrecen/index.md';
const NEWS = 'content/news/2026-08-applications-open-for-round-2.md';

const DATE = 'a date such as 2024-03-12';
const DATE_TIME = 'a date-time with an offset such as 2024-03-12T08:00:00+11:00';
const MISSING = 'nothing (the field is missing)';

describe('a valid content folder', () => {
  test('yields no problems', () => {
    expect(problems()).toEqual([]);
  });

  test('yields every entry with the id and address the site will give it', () => {
    const { entries } = validateContent(Object.values(valid));
    expect(entries.map(({ collection, id, path }) => [collection, id, path])).toEqual([
      ['rounds', '1', '/rounds/1/'],
      ['rounds', '2', '/rounds/2/'],
      ['topics', '1/01-getting-to-know-you', '/topics/1/01-getting-to-know-you/'],
      ['topics', '2/03-reading-for-pleasure', '/topics/2/03-reading-for-pleasure/'],
      ['postcards', 'anna-kovacs-debrecen', '/postcards/anna-kovacs-debrecen/'],
      ['news', '2026-08-applications-open-for-round-2', '/news/2026-08-applications-open-for-round-2/'],
    ]);
  });

  test('reads dates as instants and fills in defaults', () => {
    const { entries } = validateContent(Object.values(valid));
    const data = (id: string) => entries.find((entry) => entry.id === id)?.data as Data;
    expect(data('1')).toMatchObject({ title: 'Round 1, 2025', applicationsOpen: new Date('2025-02-02T22:00:00Z') });
    expect(data('2')).toMatchObject({ title: 'Round 2', partnershipsEnd: new Date('2027-01-11T00:00:00Z') });
    expect(data('1/01-getting-to-know-you')).toMatchObject({
      draft: false,
      publishDate: new Date('2025-03-16T22:00:00Z'),
      chat: { start: new Date('2025-03-19T09:00:00Z'), durationMinutes: 60 },
    });
    expect(data('2/03-reading-for-pleasure')).toMatchObject({ publishDate: new Date('2026-09-28T00:00:00Z'), chat: { durationMinutes: 90 } });
    expect(data('anna-kovacs-debrecen')).toMatchObject({ date: new Date('2025-05-02T00:00:00Z'), lang: 'hu' });
    expect((validateContent([edit(valid.postcard, { lang: undefined, round: undefined })]).entries[0]?.data as Data).lang).toBe('en');
  });
});

describe('rounds', () => {
  test.each([
    ['number', 'a whole number of 1 or more'],
    ['applicationsOpen', DATE_TIME],
    ['applicationsClose', DATE_TIME],
    ['partnershipsStart', DATE],
    ['partnershipsEnd', DATE],
    ['signupUrl', 'an address starting with https://'],
  ])('requires %s', (field, expected) => {
    expect(problems(edit(valid.round1, { [field]: undefined }))).toEqual([`${ROUND1} → ${field}: found ${MISSING}; expected ${expected}`]);
  });

  test.each([
    ['a fraction', 1.5, 'found 1.5'],
    ['text', '1', 'found "1"'],
  ])('rejects a round number that is %s', (_, number, found) => {
    expect(problems(edit(valid.round1, { number }))).toEqual([`${ROUND1} → number: ${found}; expected a whole number of 1 or more`]);
  });

  test('rejects round 0', () => {
    expect(problems(round(0))).toEqual(['content/rounds/0.yaml → number: found 0; expected a whole number of 1 or more']);
  });

  test('takes a title of any length, as the contract does, but not an empty one', () => {
    expect(problems(edit(valid.round1, { title: 'x'.repeat(121) }))).toEqual([]);
    expect(problems(edit(valid.round1, { title: ' ' }))).toEqual([`${ROUND1} → title: found empty text; expected text, not empty`]);
  });

  test('rejects a summary longer than 300 characters', () => {
    expect(problems(edit(valid.round1, { summary: 's'.repeat(301) }))).toEqual([
      `${ROUND1} → summary: found "${'s'.repeat(57)}…" (301 characters); expected text of at most 300 characters`,
    ]);
  });

  test('rejects an applicationsOpen without an offset', () => {
    expect(problems(edit(valid.round1, { applicationsOpen: '2025-02-03T09:00:00' }))).toEqual([
      `${ROUND1} → applicationsOpen: found "2025-02-03T09:00:00"; expected ${DATE_TIME}`,
    ]);
  });

  test('rejects an applicationsClose that is a bare date', () => {
    expect(problems(edit(valid.round1, { applicationsClose: '2025-02-24' }))).toEqual([
      `${ROUND1} → applicationsClose: found "2025-02-24"; expected ${DATE_TIME}`,
    ]);
  });

  test('rejects a partnershipsStart that is a date-time', () => {
    expect(problems(edit(valid.round1, { partnershipsStart: '2025-03-17T00:00:00Z' }))).toEqual([
      `${ROUND1} → partnershipsStart: found "2025-03-17T00:00:00Z"; expected ${DATE}`,
    ]);
  });

  test('rejects an impossible partnershipsEnd such as 30 February', () => {
    expect(problems(edit(valid.round1, { partnershipsEnd: '2025-02-30' }))).toEqual([
      `${ROUND1} → partnershipsEnd: found "2025-02-30"; expected ${DATE}`,
    ]);
  });

  test('rejects a signupUrl that starts with http://', () => {
    expect(problems(edit(valid.round1, { signupUrl: 'http://forms.example.org/round-1' }))).toEqual([
      `${ROUND1} → signupUrl: found "http://forms.example.org/round-1"; expected an address starting with https://`,
    ]);
  });

  test('rejects a signupUrl that is not an address', () => {
    expect(problems(edit(valid.round1, { signupUrl: 'forms.example.org' }))).toEqual([
      `${ROUND1} → signupUrl: found "forms.example.org"; expected an address starting with https://`,
    ]);
  });

  test('rejects negative or fractional participant and country counts', () => {
    expect(problems(edit(valid.round1, { participants: -1, countries: 7.5 }))).toEqual([
      `${ROUND1} → participants: found -1; expected a whole number of 0 or more`,
      `${ROUND1} → countries: found 7.5; expected a whole number of 0 or more`,
    ]);
  });

  test('answers a field name with the wrong capitals with the right spelling', () => {
    expect(problems(edit(valid.round1, { signupUrl: undefined, signupURL: 'https://forms.example.org/round-1' }))).toEqual([
      `${ROUND1} → signupUrl: found ${MISSING}; expected an address starting with https://`,
      `${ROUND1} → signupURL: found a field the contract does not have: "https://forms.example.org/round-1"; expected signupUrl (field names are case-sensitive)`,
    ]);
  });

  test('rejects a number that differs from the file name', () => {
    expect(problems(round(3, {}, '2.yaml'))).toEqual([
      'content/rounds/2.yaml → number: found 3; expected 2, the number in the file name (or rename the file to 3.yaml)',
    ]);
  });

  test('rejects a round number written with a leading zero, which would make a second round 1', () => {
    expect(problems(round(1, {}, '01.yaml'))).toEqual([
      "content/rounds/01.yaml → file name: found 01.yaml; expected 1.yaml, the round's number without leading zeros",
    ]);
    expect(problems(moved(valid.topic1, '01/01-getting-to-know-you.md'))).toContain(
      "content/topics/01/01-getting-to-know-you.md → file name: found the folder 01/; expected content/topics/1/, the round's number without leading zeros",
    );
  });

  test.each(['round-1.yaml', '1.yml', '1.md'])('rejects a round file named %s', (name) => {
    expect(problems(round(1, {}, name))).toEqual([
      `content/rounds/${name} → file name: found content/rounds/${name}; expected a file named like content/rounds/<number>.yaml`,
    ]);
  });

  test('rejects applications that close when they open', () => {
    expect(problems(edit(valid.round1, { applicationsClose: '2025-02-03T09:00:00+11:00' }))).toEqual([
      `${ROUND1} → applicationsClose: found "2025-02-03T09:00:00+11:00"; expected a date-time after applicationsOpen`,
    ]);
  });

  test('rejects applications that close at the instant they open, written in another offset', () => {
    expect(problems(edit(valid.round1, { applicationsClose: '2025-02-02T22:00:00Z' }))).toEqual([
      `${ROUND1} → applicationsClose: found "2025-02-02T22:00:00Z"; expected a date-time after applicationsOpen`,
    ]);
  });

  test('rejects applications that close before they open', () => {
    expect(problems(edit(valid.round1, { applicationsClose: '2025-02-01T09:00:00+11:00' }))).toEqual([
      `${ROUND1} → applicationsClose: found "2025-02-01T09:00:00+11:00"; expected a date-time after applicationsOpen`,
    ]);
  });

  test('rejects partnerships that end on the day they start', () => {
    expect(problems(edit(valid.round1, { partnershipsEnd: '2025-03-17' }))).toEqual([
      `${ROUND1} → partnershipsEnd: found "2025-03-17"; expected a date after partnershipsStart`,
    ]);
  });

  test('warns of a postcard dated on a day that has not begun anywhere, when it knows the instant', () => {
    const dated = (date: string, now: string) =>
      validateContent(
        Object.values(valid).map((f) => (f === valid.postcard ? edit(valid.postcard, { date }) : f)),
        [],
        { now: new Date(now) },
      );
    const future = dated('2026-11-25', '2026-11-23T12:00:00+11:00');
    expect(future.problems).toEqual([]);
    expect(future.warnings.map(formatProblem)).toEqual([
      `${POSTCARD} → date: found 2026-11-25, a day still to come; expected the day the postcard was sent, today or before`,
    ]);
    // 25 November has begun in Kiribati (UTC+14) at 10:00 UTC on the 24th.
    expect(dated('2026-11-25', '2026-11-24T10:00:00Z').warnings).toEqual([]);
    expect(dated('2026-11-25', '2026-11-24T09:59:00Z').warnings).toHaveLength(1);
  });

  test('warns of partnerships that begin before applications close, and lets the build go on', () => {
    const early = validateContent(
      Object.values(valid).map((f) =>
        f === valid.round1 ? edit(valid.round1, { partnershipsStart: '2024-03-17', partnershipsEnd: '2025-07-13' }) : f,
      ),
    );
    expect(early.problems).toEqual([]);
    expect(early.warnings.map(formatProblem)).toEqual([
      `${ROUND1} → partnershipsStart: found 2024-03-17, before applications close (2025-02-24T06:00:00.000Z); expected a day on or after the day applications close, when partners have been matched`,
    ]);
    const onTheDay = validateContent(
      Object.values(valid).map((f) => (f === valid.round1 ? edit(valid.round1, { partnershipsStart: '2025-02-24' }) : f)),
    );
    expect(onTheDay.warnings).toEqual([]);
  });

  test('rejects partnerships that end before they start', () => {
    expect(problems(edit(valid.round1, { partnershipsEnd: '2025-03-01' }))).toEqual([
      `${ROUND1} → partnershipsEnd: found "2025-03-01"; expected a date after partnershipsStart`,
    ]);
  });

  test('reports the order of dates alongside other problems of the same file', () => {
    expect(
      problems(
        edit(valid.round1, { signupUrl: 'http://x.org', applicationsClose: '2025-02-01T09:00:00+11:00', partnershipsEnd: '2025-03-01', Title: 'x' }),
      ),
    ).toEqual([
      `${ROUND1} → signupUrl: found "http://x.org"; expected an address starting with https://`,
      `${ROUND1} → Title: found a field the contract does not have: "x"; expected title (field names are case-sensitive)`,
      `${ROUND1} → applicationsClose: found "2025-02-01T09:00:00+11:00"; expected a date-time after applicationsOpen`,
      `${ROUND1} → partnershipsEnd: found "2025-03-01"; expected a date after partnershipsStart`,
    ]);
  });

  test.each([
    ['empty', undefined, MISSING],
    ['a list', ['number: 1'], 'a list of 1'],
    ['a single line of text', 'number 1', '"number 1"'],
  ])('reports a round file that is %s rather than failing', (_, data, found) => {
    const [problem, ...others] = validateContent([{ ...valid.round1, data }]).problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: ROUND1, found });
  });
});

describe('topics', () => {
  test.each([
    ['title', 'text of 1 to 120 characters'],
    ['round', 'a whole number of 1 or more'],
    ['number', 'a whole number of 1 or more'],
    ['publishDate', `${DATE}, or ${DATE_TIME}`],
    ['summary', 'text of 1 to 300 characters'],
  ])('requires %s', (field, expected) => {
    expect(problems(edit(valid.topic1, { [field]: undefined }))).toEqual([`${TOPIC1} → ${field}: found ${MISSING}; expected ${expected}`]);
  });

  test('rejects a title of spaces only', () => {
    expect(problems(edit(valid.topic1, { title: '   ' }))).toEqual([`${TOPIC1} → title: found empty text; expected text of 1 to 120 characters`]);
  });

  test('rejects a title longer than 120 characters and a summary longer than 300', () => {
    expect(problems(edit(valid.topic1, { title: 't'.repeat(121), summary: 's'.repeat(301) }))).toEqual([
      `${TOPIC1} → title: found "${'t'.repeat(57)}…" (121 characters); expected text of 1 to 120 characters`,
      `${TOPIC1} → summary: found "${'s'.repeat(57)}…" (301 characters); expected text of 1 to 300 characters`,
    ]);
  });

  test('rejects a publishDate date-time without an offset', () => {
    expect(problems(edit(valid.topic1, { publishDate: '2025-03-17T09:00:00' }))).toEqual([
      `${TOPIC1} → publishDate: found "2025-03-17T09:00:00"; expected ${DATE}, or ${DATE_TIME}`,
    ]);
  });

  test('rejects a publishDate without leading zeros', () => {
    expect(problems(edit(valid.topic1, { publishDate: '2025-3-17' }))).toEqual([
      `${TOPIC1} → publishDate: found "2025-3-17"; expected ${DATE}, or ${DATE_TIME}`,
    ]);
  });

  test('accepts a bare publishDate', () => {
    expect(problems(edit(valid.topic1, { publishDate: '2025-03-17' }))).toEqual([]);
  });

  test('rejects tags written as one line of text', () => {
    expect(problems(edit(valid.topic1, { tags: 'advocacy, social media' }))).toEqual([
      `${TOPIC1} → tags: found "advocacy, social media"; expected a list of tags, such as [advocacy, social media]`,
    ]);
  });

  test('rejects a series part 0 and a misspelt series field', () => {
    expect(problems(edit(valid.topic2, { series: { name: 'Reading', part: 0 } }))).toEqual([
      `${TOPIC2} → series.part: found 0; expected a whole number of 1 or more`,
    ]);
    expect(problems(edit(valid.topic2, { series: { name: 'Reading', part: 1, Part: 2 } }))).toEqual([
      `${TOPIC2} → series.Part: found a field the contract does not have: 2; expected part (field names are case-sensitive)`,
    ]);
  });

  test('rejects a draft that is not true or false', () => {
    expect(problems(edit(valid.topic1, { draft: 'yes' }))).toEqual([`${TOPIC1} → draft: found "yes"; expected true or false`]);
  });

  test.each([
    ['without a leading slash', '2013/03/library-spaces/'],
    ['that is a full address', 'https://oldblog.example/2013/03/library-spaces/'],
    ['that starts with two slashes', '//oldblog.example/2013/03/library-spaces/'],
    ['with a space', '/2013/03/library spaces/'],
    ['with a query', '/?p=123'],
    ['with a fragment', '/2013/03/library-spaces/#comments'],
    ['that climbs out of the site', '/../../somewhere/'],
    ['with a dot segment', '/2013/./library-spaces/'],
    ['with an encoded dot segment', '/%2e%2e/somewhere/'],
    ['with a percent sign', '/2013/03/caf%C3%A9/'],
    ['with capitals', '/2013/03/Library-Spaces/'],
    ['with a backslash', '/2013\\03/'],
    ['with an empty segment', '/2013//03/'],
  ])('rejects a redirectFrom path %s', (_, path) => {
    expect(problems(edit(valid.topic1, { redirectFrom: [path] }))).toEqual([
      `${TOPIC1} → redirectFrom[0]: found ${JSON.stringify(path)}; expected a site path: / then lowercase letters, digits, . _ ~ - in parts separated by /, with no . or .. part, no %, ? or #, such as /2013/03/library-spaces/`,
    ]);
  });

  test.each(['/2013/03/library-spaces/', '/2013/03/library-spaces', '/archives/2013/p_12.html', '/~iln/topic-1/'])(
    'accepts the plain site path %s',
    (path) => {
      expect(problems(edit(valid.topic1, { redirectFrom: [path] }))).toEqual([]);
    },
  );

  test('rejects more than 10 old addresses on one entry', () => {
    const paths = Array.from({ length: 11 }, (_, index) => `/old/${index}/`);
    expect(problems(edit(valid.topic1, { redirectFrom: paths }))).toEqual([
      `${TOPIC1} → redirectFrom: found a list of 11; expected at most 10 old addresses`,
    ]);
  });

  test('rejects a redirectFrom that is not a list', () => {
    expect(problems(edit(valid.topic1, { redirectFrom: '/2013/03/library-spaces/' }))).toEqual([
      `${TOPIC1} → redirectFrom: found "/2013/03/library-spaces/"; expected a list of site paths starting with /`,
    ]);
  });

  test('suggests publishDate for publishdate', () => {
    const { publishDate } = valid.topic1.data as Data;
    expect(problems(edit(valid.topic1, { publishDate: undefined, publishdate: publishDate }))).toEqual([
      `${TOPIC1} → publishDate: found ${MISSING}; expected ${DATE}, or ${DATE_TIME}`,
      `${TOPIC1} → publishdate: found a field the contract does not have: "2025-03-17T09:00:00+11:00"; expected publishDate (field names are case-sensitive)`,
    ]);
  });

  test('lists the contract’s fields for a field it does not have', () => {
    expect(problems(edit(valid.topic1, { author: 'Kate' }))).toEqual([
      `${TOPIC1} → author: found a field the contract does not have: "Kate"; expected only these fields: title, round, number, publishDate, summary, tags, series, chat, draft, redirectFrom, comments, discussionTerm (check the spelling)`,
    ]);
  });

  test('rejects frontmatter that is a list', () => {
    expect(problems({ ...valid.topic1, data: ['title: x'] })).toEqual([
      `${TOPIC1} → frontmatter: found a list of 1; expected field: value lines, such as title: Library spaces`,
    ]);
  });

  test('accepts an .mdx topic', () => {
    expect(problems(moved(valid.topic1, '1/02-libraries-and-social-media.mdx', { number: 2 }))).toEqual([]);
  });

  describe('file names', () => {
    test('rejects a topic in a folder that is not its round', () => {
      expect(problems(moved(valid.topic1, '2/05-x.md', { number: 5 }))).toEqual([
        'content/topics/2/05-x.md → round: found 1; expected 2, the round folder it is in (or move it to content/topics/1/)',
      ]);
    });

    test('rejects a topic whose file name starts with another number', () => {
      expect(problems(moved(valid.topic1, '1/03-x.md', { number: 4 }))).toEqual([
        'content/topics/1/03-x.md → number: found 4; expected 3, the number the file name starts with',
      ]);
    });

    test('reads the number in a file name as a number, so 010 is topic 10', () => {
      expect(problems(moved(valid.topic1, '1/010-x.md', { number: 10 }))).toEqual([]);
    });

    test.each(['1/1-x.md', '01-x.md', '1/01-x.txt', '1/x.md', '1/extra/01-x.md'])('rejects a topic at %s', (entry) => {
      expect(problems(moved(valid.topic1, entry, { number: 9 }))).toEqual([
        `content/topics/${entry} → file name: found content/topics/${entry}; expected a file named like content/topics/<round>/<NN>-<slug>.md (or .mdx)`,
      ]);
    });
  });

  describe('rounds and numbers', () => {
    test('rejects a topic of a round that has no file', () => {
      expect(problems(moved(valid.topic1, '9/01-getting-to-know-you.md', { round: 9 }))).toEqual([
        'content/topics/9/01-getting-to-know-you.md → round: found 9; expected a round that has a file in content/rounds/ (1, 2)',
      ]);
    });

    test('says when there are no rounds at all', () => {
      const { problems: found } = validateContent([valid.topic1]);
      expect(found.map(formatProblem)).toEqual([`${TOPIC1} → round: found 1; expected a round that has a file in content/rounds/ (none yet)`]);
    });

    test('rejects a second topic with the same number in the same round', () => {
      expect(problems(moved(valid.topic1, '1/01-welcome.md'))).toEqual([
        `content/topics/1/01-welcome.md → number: found 1, which ${TOPIC1} already has in round 1; expected a number no other topic of the round has`,
      ]);
    });

    test('accepts the same number in another round', () => {
      expect(problems(moved(valid.topic1, '2/01-getting-to-know-you.md', { round: 2, chat: undefined }))).toEqual([]);
    });
  });

  describe('chat', () => {
    test('rejects a start without an offset', () => {
      expect(problems(editChat(valid.topic1, { start: '2025-03-19T20:00:00' }))).toEqual([
        `${TOPIC1} → chat.start: found "2025-03-19T20:00:00"; expected ${DATE_TIME}`,
      ]);
    });

    test('rejects a missing start', () => {
      expect(problems(editChat(valid.topic1, { start: undefined }))).toEqual([`${TOPIC1} → chat.start: found ${MISSING}; expected ${DATE_TIME}`]);
    });

    test.each(['Sydney', '+11:00', 'AEDT'])('rejects the time zone %j', (timeZone) => {
      expect(problems(editChat(valid.topic1, { timeZone }))).toEqual([
        `${TOPIC1} → chat.timeZone: found ${JSON.stringify(timeZone)}; expected a time zone name such as Australia/Sydney`,
      ]);
    });

    test.each(['ILNchat', 'ILN#chat'])('rejects the hashtag %j', (hashtag) => {
      expect(problems(editChat(valid.topic1, { hashtag }))).toEqual([
        `${TOPIC1} → chat.hashtag: found ${JSON.stringify(hashtag)}; expected a hashtag such as #ILNchat`,
      ]);
    });

    test('an unquoted hashtag, which YAML reads as a comment, is explained', () => {
      expect(problems(editChat(valid.topic1, { hashtag: null }))).toEqual([
        `${TOPIC1} → chat.hashtag: found an empty value; expected a hashtag in quotes, such as "#ILNchat": without quotes, YAML reads a # as the start of a comment`,
      ]);
    });

    test('rejects a url that starts with http://', () => {
      expect(problems(editChat(valid.topic1, { url: 'http://mastodon.social/tags/ILNchat' }))).toEqual([
        `${TOPIC1} → chat.url: found "http://mastodon.social/tags/ILNchat"; expected an address starting with https://`,
      ]);
    });

    test('requires a platform', () => {
      expect(problems(editChat(valid.topic1, { platform: undefined }))).toEqual([
        `${TOPIC1} → chat.platform: found ${MISSING}; expected text, not empty`,
      ]);
    });

    test('rejects a duration of 0 minutes', () => {
      expect(problems(editChat(valid.topic1, { durationMinutes: 0 }))).toEqual([
        `${TOPIC1} → chat.durationMinutes: found 0; expected a whole number of 1 or more`,
      ]);
      // The contract sets no longest chat.
      expect(problems(editChat(valid.topic1, { durationMinutes: 1441 }))).toEqual([]);
    });

    test('suggests timeZone for timezone', () => {
      expect(problems(editChat(valid.topic1, { timeZone: undefined, timezone: 'Australia/Sydney' }))).toContain(
        `${TOPIC1} → chat.timezone: found a field the contract does not have: "Australia/Sydney"; expected timeZone (field names are case-sensitive)`,
      );
    });

    test('rejects a chat announced with the winter offset in summer', () => {
      expect(problems(editChat(valid.topic1, { start: '2025-03-19T20:00:00+10:00' }))).toEqual([
        `${TOPIC1} → chat.start: found "2025-03-19T20:00:00+10:00"; expected the offset Australia/Sydney has at that time (+11:00, not +10:00); check the hour and the offset`,
      ]);
    });

    test('rejects a chat announced with the summer offset in winter', () => {
      expect(problems(editChat(valid.topic2, { start: '2026-07-01T20:00:00+11:00' }))).toEqual([
        `${TOPIC2} → chat.start: found "2026-07-01T20:00:00+11:00"; expected the offset Australia/Sydney has at that time (+10:00, not +11:00); check the hour and the offset`,
      ]);
    });

    test('accepts the summer offset in summer and the winter offset in winter', () => {
      expect(problems(editChat(valid.topic1, { start: '2025-01-15T20:00:00+11:00' }))).toEqual([]);
      expect(problems(editChat(valid.topic2, { start: '2026-07-01T20:00:00+10:00' }))).toEqual([]);
    });

    test('rejects a chat written in UTC for a Sydney audience', () => {
      expect(problems(editChat(valid.topic2, { start: '2026-07-01T10:00:00Z' }))).toEqual([
        `${TOPIC2} → chat.start: found "2026-07-01T10:00:00Z"; expected the offset Australia/Sydney has at that time (+10:00, not +00:00); check the hour and the offset`,
      ]);
    });

    test.each(['+10:00', '+11:00'])('rejects 02:30%s on the Sunday summer time starts, an hour Sydney skips, whatever the offset', (offset) => {
      expect(problems(editChat(valid.topic2, { start: `2026-10-04T02:30:00${offset}` }))).toEqual([
        `${TOPIC2} → chat.start: found "2026-10-04T02:30:00${offset}"; expected a time that happens in Australia/Sydney: on 2026-10-04 its clocks go from 02:00 (+10:00) straight to 03:00 (+11:00), so 02:30 never shows there; choose an hour before or after the change`,
      ]);
    });

    test('accepts 03:30 on the Sunday summer time starts with the new offset', () => {
      expect(problems(editChat(valid.topic2, { start: '2026-10-04T03:30:00+11:00' }))).toEqual([]);
    });

    test('accepts both readings of 02:30 on the Sunday summer time ends, an hour Sydney repeats', () => {
      expect(problems(editChat(valid.topic1, { start: '2025-04-06T02:30:00+11:00' }))).toEqual([]);
      expect(problems(editChat(valid.topic1, { start: '2025-04-06T02:30:00+10:00' }))).toEqual([]);
    });

    test('reads a zone name in any case, and keeps it as the zone spells it', () => {
      const checked = validateContent([valid.round2, editChat(valid.topic2, { timeZone: 'australia/SYDNEY' })]);
      expect(checked.problems).toEqual([]);
      const topic = checked.entries.find((entry) => entry.collection === 'topics')?.data as { chat: { timeZone: string } };
      expect(topic.chat.timeZone).toBe('Australia/Sydney');
    });

    test('checks the offset against the zone the chat is announced in', () => {
      expect(problems(editChat(valid.topic2, { start: '2026-07-01T20:00:00+05:30', timeZone: 'Asia/Kolkata' }))).toEqual([]);
      expect(problems(editChat(valid.topic2, { start: '2026-07-01T20:00:00+05:00', timeZone: 'Asia/Kolkata' }))).toEqual([
        `${TOPIC2} → chat.start: found "2026-07-01T20:00:00+05:00"; expected the offset Asia/Kolkata has at that time (+05:30, not +05:00); check the hour and the offset`,
      ]);
      expect(problems(editChat(valid.topic2, { start: '2026-01-14T19:00:00-06:00', timeZone: 'America/Chicago' }))).toEqual([]);
      expect(problems(editChat(valid.topic2, { start: '2026-07-14T19:00:00-06:00', timeZone: 'America/Chicago' }))).toEqual([
        `${TOPIC2} → chat.start: found "2026-07-14T19:00:00-06:00"; expected the offset America/Chicago has at that time (-05:00, not -06:00); check the hour and the offset`,
      ]);
    });
  });
});

describe('postcards', () => {
  test.each([
    ['name', 'text of 1 to 80 characters'],
    ['library', 'text of 1 to 120 characters'],
    ['country', 'a two-letter ISO 3166-1 country code such as HU'],
    ['libraryType', 'one of public, academic, school, special, national, government, other'],
    ['date', DATE],
    ['image', 'the file name of a photo beside index.md, such as ./photo.jpg'],
    ['imageAlt', 'text of 5 to 250 characters'],
  ])('requires %s', (field, expected) => {
    expect(problems(edit(valid.postcard, { [field]: undefined }))).toEqual([`${POSTCARD} → ${field}: found ${MISSING}; expected ${expected}`]);
  });

  test('accepts a postcard without city, round, lang or redirectFrom', () => {
    expect(problems(edit(valid.postcard, { city: undefined, round: undefined, lang: undefined }))).toEqual([]);
  });

  test('rejects a name longer than 80 characters', () => {
    expect(problems(edit(valid.postcard, { name: 'n'.repeat(81) }))).toEqual([
      `${POSTCARD} → name: found "${'n'.repeat(57)}…" (81 characters); expected text of 1 to 80 characters`,
    ]);
  });

  test('rejects an imageAlt shorter than 5 or longer than 250 characters', () => {
    expect(problems(edit(valid.postcard, { imageAlt: 'Room' }))).toEqual([
      `${POSTCARD} → imageAlt: found "Room"; expected text of 5 to 250 characters`,
    ]);
    expect(problems(edit(valid.postcard, { imageAlt: 'a'.repeat(251) }))).toEqual([
      `${POSTCARD} → imageAlt: found "${'a'.repeat(57)}…" (251 characters); expected text of 5 to 250 characters`,
    ]);
  });

  test.each(['hu', 'UK', 'HUN', 'Hungary', 'XX'])('rejects the country %j', (country) => {
    expect(problems(edit(valid.postcard, { country }))).toEqual([
      `${POSTCARD} → country: found ${JSON.stringify(country)}; expected a two-letter ISO 3166-1 country code in capitals, such as HU, AR or BR`,
    ]);
  });

  test.each(['JO', 'BR', 'NZ', 'GB'])('accepts the country %s', (country) => {
    expect(problems(edit(valid.postcard, { country }))).toEqual([]);
  });

  test.each(['university', 'Public'])('rejects the library type %j', (libraryType) => {
    expect(problems(edit(valid.postcard, { libraryType }))).toEqual([
      `${POSTCARD} → libraryType: found ${JSON.stringify(libraryType)}; expected one of public, academic, school, special, national, government, other`,
    ]);
  });

  test('rejects the language tag en_US', () => {
    expect(problems(edit(valid.postcard, { lang: 'en_US' }))).toEqual([
      `${POSTCARD} → lang: found "en_US"; expected a language tag such as hu, ar or pt-BR`,
    ]);
  });

  test.each(['ar', 'pt-BR', 'ga'])('accepts the language tag %s', (lang) => {
    expect(problems(edit(valid.postcard, { lang }))).toEqual([]);
  });

  test('rejects a date that is a date-time', () => {
    expect(problems(edit(valid.postcard, { date: '2025-05-02T10:00:00+02:00' }))).toEqual([
      `${POSTCARD} → date: found "2025-05-02T10:00:00+02:00"; expected ${DATE}`,
    ]);
  });

  test('rejects the round of a postcard when that round has no file', () => {
    expect(problems(edit(valid.postcard, { round: 7 }))).toEqual([
      `${POSTCARD} → round: found 7; expected a round that has a file in content/rounds/ (1, 2)`,
    ]);
  });

  describe('photo', () => {
    const withPhoto = (photo: PhotoFacts | null, image = './photo.jpg') => edit(valid.postcard, { image }, { photo });

    test('rejects a photo that is not there', () => {
      expect(problems(withPhoto(null))).toEqual([
        `${POSTCARD} → image: found "./photo.jpg", but there is no such file; expected a photo in the same folder as index.md, such as ./photo.jpg`,
      ]);
    });

    test.each([
      ['a GIF', { bytes: 90_000, format: 'gif', width: 1000 }, './photo.gif'],
      ['a HEIF photo from a phone', { bytes: 900_000, format: 'heif', width: 3000 }, './photo.heic'],
      ['a file that is not a picture', { bytes: 1000, format: undefined, width: undefined }, './photo.jpg'],
    ])('rejects %s', (_, photo, image) => {
      const [problem, ...others] = validateContent([valid.round1, withPhoto(photo, image)]).problems;
      expect(others).toEqual([]);
      expect(problem).toMatchObject({ file: POSTCARD, field: 'image', expected: 'a JPEG, PNG or WebP photo' });
    });

    test('rejects a photo larger than 5 MB', () => {
      expect(problems(withPhoto({ bytes: 6_600_000, format: 'jpeg', width: 1600 }))).toEqual([
        `${POSTCARD} → image: found a photo of 6.29 MB (6,600,000 bytes); expected a photo of at most 5 MB (5,242,880 bytes): save it smaller or as JPEG`,
      ]);
    });

    test('rejects a photo one byte over 5 MB', () => {
      expect(problems(withPhoto({ bytes: 5 * 1024 * 1024 + 1, format: 'jpeg', width: 1600 }))).toHaveLength(1);
    });

    test('accepts a photo of exactly 5 MB', () => {
      expect(problems(withPhoto({ bytes: 5 * 1024 * 1024, format: 'jpeg', width: 1600 }))).toEqual([]);
    });

    test('rejects a photo narrower than 800 px', () => {
      expect(problems(withPhoto({ bytes: 90_000, format: 'webp', width: 799 }, './photo.webp'))).toEqual([
        `${POSTCARD} → image: found a photo 799 px wide; expected a photo at least 800 px wide`,
      ]);
    });

    test('accepts a PNG exactly 800 px wide', () => {
      expect(problems(withPhoto({ bytes: 90_000, format: 'png', width: 800 }, './photo.png'))).toEqual([]);
    });

    test('reports a photo that is both too large and too narrow twice', () => {
      expect(problems(withPhoto({ bytes: 6_600_000, format: 'jpeg', width: 640 }))).toEqual([
        `${POSTCARD} → image: found a photo of 6.29 MB (6,600,000 bytes); expected a photo of at most 5 MB (5,242,880 bytes): save it smaller or as JPEG`,
        `${POSTCARD} → image: found a photo 640 px wide; expected a photo at least 800 px wide`,
      ]);
    });

    test.each(['../tomasz-nowak-krakow/photo.jpg', '/photo.jpg', 'https://example.org/photo.jpg', 'C:/photos/photo.jpg'])(
      'rejects the photo path %j, outside the postcard’s folder',
      (image) => {
        expect(problems(withPhoto(goodPhoto, image))).toEqual([
          `${POSTCARD} → image: found ${JSON.stringify(image)}; expected a photo in the same folder as index.md, such as ./photo.jpg`,
        ]);
      },
    );

    test('reports the photo’s problems alongside the postcard’s other problems', () => {
      expect(problems(edit(valid.postcard, { country: 'Hungary' }, { photo: { bytes: 6_600_000, format: 'jpeg', width: 640 } }))).toEqual([
        `${POSTCARD} → country: found "Hungary"; expected a two-letter ISO 3166-1 country code in capitals, such as HU, AR or BR`,
        `${POSTCARD} → image: found a photo of 6.29 MB (6,600,000 bytes); expected a photo of at most 5 MB (5,242,880 bytes): save it smaller or as JPEG`,
        `${POSTCARD} → image: found a photo 640 px wide; expected a photo at least 800 px wide`,
      ]);
    });

    test('accepts a photo path without ./', () => {
      expect(problems(withPhoto(goodPhoto, 'photo.jpg'))).toEqual([]);
    });
  });

  test('rejects an .mdx postcard', () => {
    expect(problems(moved(valid.postcard, 'anna-kovacs-debrecen/index.mdx'))).toEqual([
      'content/postcards/anna-kovacs-debrecen/index.mdx → file name: found an MDX postcard; expected plain Markdown: rename index.mdx to index.md',
    ]);
  });

  test.each(['anna.md', 'anna/postcard.md', 'a/b/index.md'])('rejects a postcard at %s', (entry) => {
    expect(problems(moved(valid.postcard, entry))).toEqual([
      `content/postcards/${entry} → file name: found content/postcards/${entry}; expected a file named like content/postcards/<slug>/index.md with its photo beside it`,
    ]);
  });
});

describe('news', () => {
  test.each([
    ['title', 'text of 1 to 120 characters'],
    ['publishDate', `${DATE}, or ${DATE_TIME}`],
    ['summary', 'text of 1 to 300 characters'],
  ])('requires %s', (field, expected) => {
    expect(problems(edit(valid.news, { [field]: undefined }))).toEqual([`${NEWS} → ${field}: found ${MISSING}; expected ${expected}`]);
  });

  test('rejects a publishDate in another month than the file name', () => {
    expect(problems(edit(valid.news, { publishDate: '2026-09-01' }))).toEqual([
      `${NEWS} → publishDate: found "2026-09-01"; expected a date in 2026-08, the year and month the file name starts with`,
    ]);
  });

  test('compares the month as written, not as it falls in UTC', () => {
    // 23:00 on 31 August in Chicago is already September in UTC.
    expect(problems(edit(valid.news, { publishDate: '2026-08-31T23:00:00-05:00' }))).toEqual([]);
    expect(problems(edit(valid.news, { publishDate: '2026-07-31T23:00:00+10:00' }))).toEqual([
      `${NEWS} → publishDate: found "2026-07-31T23:00:00+10:00"; expected a date in 2026-08, the year and month the file name starts with`,
    ]);
  });

  test('accepts an .mdx news item', () => {
    expect(problems(moved(valid.news, '2026-08-round-2-dates.mdx'))).toEqual([]);
  });

  test.each(['applications-open.md', '2026/08-applications-open.md', '2026-8-applications-open.md', '2026-08.md'])(
    'rejects a news item at %s',
    (entry) => {
      expect(problems(moved(valid.news, entry))).toEqual([
        `content/news/${entry} → file name: found content/news/${entry}; expected a file named like content/news/<yyyy>-<mm>-<slug>.md (or .mdx)`,
      ]);
    },
  );

  test('rejects a field news items do not have', () => {
    expect(problems(edit(valid.news, { chat: {} }))).toEqual([
      `${NEWS} → chat: found a field the contract does not have: a group of fields; expected only these fields: title, publishDate, summary, tags, draft, redirectFrom, comments, discussionTerm (check the spelling)`,
    ]);
  });
});

describe('postcard credits and licences', () => {
  test('accepts an imageCredit and an SPDX licence id', () => {
    expect(problems(edit(valid.postcard, { imageCredit: 'Photo by Gábor Tóth', license: 'CC-BY-SA-4.0' }))).toEqual([]);
    expect(problems(edit(valid.postcard, { license: 'CC0-1.0' }))).toEqual([]);
  });

  test('rejects an empty or overlong imageCredit', () => {
    expect(problems(edit(valid.postcard, { imageCredit: ' ' }))).toEqual([
      `${POSTCARD} → imageCredit: found empty text; expected text of 1 to 120 characters`,
    ]);
    expect(problems(edit(valid.postcard, { imageCredit: 'c'.repeat(121) }))).toEqual([
      `${POSTCARD} → imageCredit: found "${'c'.repeat(57)}…" (121 characters); expected text of 1 to 120 characters`,
    ]);
  });

  test.each(['CC BY 4.0', '<a href=x>CC</a>', 'CC-BY-', 'https://creativecommons.org/licenses/by/4.0/'])('rejects the licence %j', (license) => {
    expect(problems(edit(valid.postcard, { license }))).toEqual([
      `${POSTCARD} → license: found ${JSON.stringify(license)}; expected an SPDX licence id such as CC-BY-4.0, CC-BY-SA-4.0 or CC0-1.0`,
    ]);
  });
});

describe('people', () => {
  const PERSON = 'content/people/ama-owusu.md';
  const person = (data: Data = {}, extra: Partial<ContentFile> = {}) =>
    edit(file('people', 'ama-owusu.md', { name: 'Ama Owusu', role: 'coordinator', countries: ['GH'], email: 'ghana@interlibnet.org' }), data, extra);

  test('accepts a person with a role, countries, links, an email and no photo', () => {
    expect(problems(person({ links: [{ label: 'Mastodon', url: 'https://mastodon.social/@ama' }] }))).toEqual([]);
  });

  test.each([
    ['name', 'text of 1 to 80 characters'],
    ['role', 'one of coordinator, ambassador, organiser'],
    ['countries', 'a list of two-letter country codes, such as [GH] or [AU, NZ]'],
  ])('requires %s', (field, expected) => {
    expect(problems(person({ [field]: undefined }))).toEqual([`${PERSON} → ${field}: found ${MISSING}; expected ${expected}`]);
  });

  test('names the file and the field of a bad country code', () => {
    expect(problems(person({ countries: ['GH', 'UK'] }))).toEqual([
      `${PERSON} → countries[1]: found "UK"; expected a two-letter ISO 3166-1 country code in capitals, such as HU, AR or BR`,
    ]);
  });

  test('needs at least one country', () => {
    expect(problems(person({ countries: [] }))).toEqual([
      `${PERSON} → countries: found a list of 0; expected at least one two-letter country code, such as [GH]`,
    ]);
  });

  test('rejects a role outside the list, a link that is not https and an email that is not one', () => {
    expect(problems(person({ role: 'volunteer', links: [{ label: 'Site', url: 'http://example.org/' }], email: 'ama at example' }))).toEqual([
      `${PERSON} → role: found "volunteer"; expected one of coordinator, ambassador, organiser`,
      `${PERSON} → links[0].url: found "http://example.org/"; expected an address starting with https://`,
      `${PERSON} → email: found "ama at example"; expected an e-mail address such as name@example.org`,
    ]);
  });

  test('suggests the spelling of a misspelt link field', () => {
    expect(problems(person({ links: [{ label: 'Site', href: 'https://example.org/' }] }))).toEqual([
      `${PERSON} → links[0].url: found ${MISSING}; expected an address starting with https://`,
      expect.stringMatching(/^content\/people\/ama-owusu\.md → links\[0\]\.href: found a field the contract does not have: .*label, url/),
    ]);
  });

  test('needs photoAlt with a photo, and the photo beside the file as a JPEG, PNG or WebP', () => {
    expect(problems(person({ photo: './ama.jpg', photoAlt: 'Ama at the issue desk.' }, { photo: goodPhoto }))).toEqual([]);
    expect(problems(person({ photo: './ama.jpg' }, { photo: goodPhoto }))).toEqual([
      `${PERSON} → photoAlt: found ${MISSING}; expected a description of the photo in 5 to 250 characters, required with photo`,
    ]);
    expect(problems(person({ photo: './ama.jpg', photoAlt: 'Ama at the issue desk.' }, { photo: null }))).toEqual([
      `${PERSON} → photo: found "./ama.jpg", but there is no such file; expected a photo in the same folder as the person's file, such as ./photo.jpg`,
    ]);
    expect(
      problems(person({ photo: './ama.gif', photoAlt: 'Ama at the issue desk.' }, { photo: { bytes: 2000, format: 'gif', width: 200 } })),
    ).toEqual([`${PERSON} → photo: found a file in GIF format; expected a JPEG, PNG or WebP photo`]);
  });

  test('a small portrait is fine: people have no minimum width', () => {
    expect(
      problems(person({ photo: './ama.jpg', photoAlt: 'Ama at the issue desk.' }, { photo: { bytes: 20_000, format: 'jpeg', width: 300 } })),
    ).toEqual([]);
  });

  test.each(['ama-owusu.mdx', 'ghana/ama-owusu.md'])('rejects a person at %s', (entry) => {
    expect(problems(moved(person(), entry))).toEqual([
      `content/people/${entry} → file name: found content/people/${entry}; expected a file named like content/people/<slug>.md with any photo beside it`,
    ]);
  });
});

describe('links to other content files', () => {
  const LINK_EXPECTED =
    'a link to the file of a published topic, news item or postcard, as GitHub shows it (03-advocacy-and-lobbying.md, ../2/01-getting-to-know-you.md), or a web address';
  const linking = (base: ContentFile, ...links: string[]) => ({ ...base, links });
  /** The warnings of the valid set with `files` replacing theirs; the problems must be none, since the contract says nothing of links. */
  function warnings(...files: ContentFile[]): string[] {
    const byPath = new Map(Object.values(valid).map((f) => [f.file, f] as const));
    for (const f of files) byPath.set(f.file, f);
    const result = validateContent([...byPath.values()]);
    expect(result.problems.filter((problem) => problem.field === 'body')).toEqual([]);
    return result.warnings.map(formatProblem);
  }

  test('accepts links to the files of topics, news and postcards that exist', () => {
    expect(
      warnings(
        linking(valid.topic2, '../1/01-getting-to-know-you.md#prompts', '../../news/2026-08-applications-open-for-round-2.md'),
        linking(valid.news, '../postcards/anna-kovacs-debrecen/index.md'),
      ),
    ).toEqual([]);
  });

  test('warns of a link to a file that does not exist, naming the file it looked for', () => {
    expect(warnings(linking(valid.topic1, '02-libraries.md'))).toEqual([
      `${TOPIC1} → body: found a link to 02-libraries.md, but there is no file content/topics/1/02-libraries.md; expected ${LINK_EXPECTED}`,
    ]);
  });

  test('warns of a link out of the content folder, to a file without a page, or to a draft', () => {
    expect(warnings(linking(valid.topic1, '../../../README.md', '../../rounds/1.yaml.md'), linking(valid.news, '../rounds/1.yaml'))).toEqual([
      `${TOPIC1} → body: found a link to ../../../README.md, which leads out of the content folder; expected ${LINK_EXPECTED}`,
      `${TOPIC1} → body: found a link to ../../rounds/1.yaml.md, but there is no file content/rounds/1.yaml.md; expected ${LINK_EXPECTED}`,
    ]);
    expect(warnings(edit(valid.news, { draft: true }), linking(valid.topic1, '../../news/2026-08-applications-open-for-round-2.md'))).toEqual([
      `${TOPIC1} → body: found a link to ../../news/2026-08-applications-open-for-round-2.md, a draft, which has no page until its draft: true is removed; expected ${LINK_EXPECTED}`,
    ]);
  });

  test('warns of a link to a topic or news item published after the page that links to it', () => {
    expect(warnings(valid.news, linking(valid.topic1, '../../news/2026-08-applications-open-for-round-2.md'))).toEqual([
      `${TOPIC1} → body: found a link to ../../news/2026-08-applications-open-for-round-2.md, published at 2026-08-03, after this page (2025-03-17T09:00:00+11:00): until then the link leads to no page; expected ${LINK_EXPECTED}`,
    ]);
    expect(warnings(valid.topic1, linking(valid.news, '../topics/1/01-getting-to-know-you.md'))).toEqual([]);
    expect(
      warnings(
        edit(valid.news, { publishDate: '2025-03-17T09:00:00+11:00' }),
        linking(valid.topic1, '../../news/2026-08-applications-open-for-round-2.md'),
      ),
    ).toEqual([]);
  });
});

describe('across files', () => {
  test('rejects a redirectFrom path that another entry already claims', () => {
    expect(problems(edit(valid.news, { redirectFrom: ['/2013/03/reading-for-pleasure'] }))).toEqual([
      `${NEWS} → redirectFrom[0]: found /2013/03/reading-for-pleasure, which ${TOPIC2} also claims; expected an old address claimed by one entry only`,
    ]);
  });

  test('accepts one entry listing the same old address twice', () => {
    expect(problems(edit(valid.news, { redirectFrom: ['/old/', '/old'] }))).toEqual([]);
  });

  test('rejects a redirectFrom equal to the entry’s own page address', () => {
    expect(problems(edit(valid.topic1, { redirectFrom: ['/topics/1/01-getting-to-know-you/'] }))).toEqual([
      `${TOPIC1} → redirectFrom[0]: found /topics/1/01-getting-to-know-you/, the address of ${TOPIC1}; expected an old address no page, feed or calendar of the site uses`,
    ]);
  });

  test('rejects a redirectFrom equal to another entry’s address, with or without the trailing slash', () => {
    expect(problems(edit(valid.news, { redirectFrom: ['/postcards/anna-kovacs-debrecen'] }))).toEqual([
      `${NEWS} → redirectFrom[0]: found /postcards/anna-kovacs-debrecen, the address of ${POSTCARD}; expected an old address no page, feed or calendar of the site uses`,
    ]);
    expect(problems(edit(valid.topic1, { redirectFrom: ['/rounds/1'] }))).toEqual([
      `${TOPIC1} → redirectFrom[0]: found /rounds/1, the address of ${ROUND1}; expected an old address no page, feed or calendar of the site uses`,
    ]);
  });

  test('rejects a redirectFrom equal to the address of a feed, a calendar or a file the build writes', () => {
    const withChat = edit(valid.topic2, {
      redirectFrom: ['/rounds/2/rss.xml', '/topics/1/01-getting-to-know-you/chat.ics', '/pagefind/pagefind.js', '/_astro/x.css', '/news/index.html'],
    });
    const pages = [{ file: 'src/pages/news/index.astro', path: '/news/' }];
    const chat = edit(valid.topic1, {
      chat: { start: '2026-10-07T19:00:00+11:00', timeZone: 'Australia/Sydney', platform: 'Mastodon', hashtag: '#ILNchat' },
    });
    const { problems: found } = validateContent([valid.round1, valid.round2, chat, withChat], pages);
    expect(found.map(formatProblem)).toEqual([
      `${TOPIC2} → redirectFrom[0]: found /rounds/2/rss.xml, the address of the feed of Round 2; expected an old address no page, feed or calendar of the site uses`,
      `${TOPIC2} → redirectFrom[1]: found /topics/1/01-getting-to-know-you/chat.ics, the address of the chat calendar of ${TOPIC1}; expected an old address no page, feed or calendar of the site uses`,
      `${TOPIC2} → redirectFrom[2]: found /pagefind/pagefind.js, the address of the build's own folder /pagefind/; expected an old address no page, feed or calendar of the site uses`,
      `${TOPIC2} → redirectFrom[3]: found /_astro/x.css, the address of the build's own folder /_astro/; expected an old address no page, feed or calendar of the site uses`,
      `${TOPIC2} → redirectFrom[4]: found /news/index.html, the address of src/pages/news/index.astro; expected an old address no page, feed or calendar of the site uses`,
    ]);
  });

  test('rejects a redirectFrom equal to the address of a list or of one of its later pages', () => {
    const lists = edit(valid.topic2, { redirectFrom: ['/news/', '/rounds', '/topics/page/2/', '/tags/funding/page/3/'] });
    expect(problems(lists)).toEqual([
      `${TOPIC2} → redirectFrom[0]: found /news/, the address of the list at /news/; expected an old address no page, feed or calendar of the site uses`,
      `${TOPIC2} → redirectFrom[1]: found /rounds, the address of the list at /rounds/; expected an old address no page, feed or calendar of the site uses`,
      `${TOPIC2} → redirectFrom[2]: found /topics/page/2/, the address of a page of a list; expected an old address no page, feed or calendar of the site uses`,
      `${TOPIC2} → redirectFrom[3]: found /tags/funding/page/3/, the address of a page of a list; expected an old address no page, feed or calendar of the site uses`,
    ]);
  });

  test('rejects a redirectFrom equal to the gallery, a round’s guide, a share card, a sitemap or the redirects file', () => {
    const claims = edit(valid.topic2, {
      redirectFrom: ['/postcards/', '/rounds/2/guide/', '/og/site.png', '/sitemap-index.xml', '/sitemap-0.xml', '/_redirects'],
    });
    const expected = 'expected an old address no page, feed or calendar of the site uses';
    expect(problems(claims)).toEqual([
      `${TOPIC2} → redirectFrom[0]: found /postcards/, the address of the postcard gallery; ${expected}`,
      `${TOPIC2} → redirectFrom[1]: found /rounds/2/guide/, the address of the printable guide of Round 2; ${expected}`,
      `${TOPIC2} → redirectFrom[2]: found /og/site.png, the address of the build's own folder /og/; ${expected}`,
      `${TOPIC2} → redirectFrom[3]: found /sitemap-index.xml, the address of the file /sitemap-index.xml, which the build writes; ${expected}`,
      `${TOPIC2} → redirectFrom[4]: found /sitemap-0.xml, the address of the file /sitemap-0.xml, which the build writes; ${expected}`,
      `${TOPIC2} → redirectFrom[5]: found /_redirects, the address of the file /_redirects, which the build writes; ${expected}`,
    ]);
  });

  test('postcards have no redirectFrom: they never had older addresses', () => {
    expect(problems(edit(valid.postcard, { redirectFrom: ['/old/'] }))[0]).toMatch(/→ redirectFrom: found a field the contract does not have/);
  });

  test('rejects a redirectFrom equal to the address of one of the site’s own pages', () => {
    const pages = [{ file: 'src/pages/about.mdx', path: '/about/' }];
    const files = [valid.round1, valid.round2, edit(valid.news, { redirectFrom: ['/about'] })];
    const { problems: found } = validateContent(files, pages);
    expect(found.map(formatProblem)).toEqual([
      `${NEWS} → redirectFrom[0]: found /about, the address of src/pages/about.mdx; expected an old address no page, feed or calendar of the site uses`,
    ]);
  });

  test.each(['/postcards/page/2/', '/postcards/countries/hu/', '/postcards/types/', '/postcards/rounds/1/page/3/'])(
    'rejects a redirectFrom of %s, an address of the postcard gallery',
    (path) => {
      expect(problems(edit(valid.news, { redirectFrom: [path] }))).toEqual([
        `${NEWS} → redirectFrom[0]: found ${path}, the address of the postcard gallery; expected an old address no page, feed or calendar of the site uses`,
      ]);
    },
  );

  test('rejects a postcard folder named like a page of the gallery', () => {
    expect(problems(file('postcards', 'countries/index.md', valid.postcard.data))).toEqual([
      "content/postcards/countries/index.md → file name: found a postcard folder named countries; expected a folder name other than page, countries, types, rounds, which the gallery's own pages use",
    ]);
  });

  test('rejects a redirectFrom equal to the page of a tag an entry uses', () => {
    expect(problems(edit(valid.news, { redirectFrom: ['/tags/partnerships/'] }))).toEqual([
      `${NEWS} → redirectFrom[0]: found /tags/partnerships/, the address of the page of the tag "partnerships"; expected an old address no page, feed or calendar of the site uses`,
    ]);
  });

  test.each(['content/README.md', 'content/pages/about.md', 'content/.draft.yaml'])('rejects %s, a file outside the collections', (path) => {
    expect(problems({ file: path, collection: undefined, entry: '', data: undefined })).toEqual([
      `${path} → file: found a file outside the collections (${path}); expected files only in content/rounds/<number>.yaml; content/topics/<round>/<NN>-<slug>.md (or .mdx); content/postcards/<slug>/index.md with its photo beside it; content/news/<yyyy>-<mm>-<slug>.md (or .mdx); content/people/<slug>.md with any photo beside it`,
    ]);
  });

  test('reports frontmatter that YAML cannot read', () => {
    expect(problems({ ...valid.topic1, data: undefined, syntaxError: 'bad indentation of a mapping entry' })).toEqual([
      `${TOPIC1} → frontmatter: found YAML that cannot be read: bad indentation of a mapping entry; expected field: value lines between two --- lines`,
    ]);
  });

  test('reports a round file that YAML cannot read', () => {
    const [problem, ...others] = validateContent([{ ...valid.round1, data: undefined, syntaxError: 'duplicated mapping key' }]).problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: ROUND1, found: 'YAML that cannot be read: duplicated mapping key' });
  });

  test('does not blame a topic for the round when only the round’s file is broken', () => {
    expect(problems({ ...valid.round1, data: undefined, syntaxError: 'duplicated mapping key' }).filter((line) => !line.startsWith(ROUND1))).toEqual(
      [],
    );
  });

  test('rejects two files that differ only in extension, which would share an address', () => {
    expect(problems(moved(valid.news, '2026-08-applications-open-for-round-2.mdx'))).toEqual([
      `content/news/2026-08-applications-open-for-round-2.mdx → file name: found the same address as ${NEWS} (/news/2026-08-applications-open-for-round-2/); expected a name that differs in more than capitals or punctuation`,
    ]);
  });

  test('rejects two postcard folders that differ only in capitals and accents', () => {
    expect(problems(moved(valid.postcard, 'Anna-Kovács-Debrecen/index.md'))).toEqual([
      `content/postcards/Anna-Kovács-Debrecen/index.md → file name: found the same address as ${POSTCARD} (/postcards/anna-kovacs-debrecen/); expected a name that differs in more than capitals or punctuation`,
    ]);
  });

  test('reports every problem of every file at once', () => {
    const broken = [
      valid.round2,
      edit(valid.round1, { signupUrl: 'http://forms.example.org/round-1', partnershipsEnd: '2025-03-01' }),
      edit(valid.topic1, { publishDate: undefined, publishdate: '2025-03-17' }),
      editChat(valid.topic2, { start: '2026-11-05T20:00:00+10:00' }),
      moved(valid.topic1, '1/02-libraries-and-social-media.md', { number: 2, round: 4, chat: undefined }),
      edit(valid.postcard, { country: 'Hungary', image: './kep.jpg' }, { photo: null }),
      edit(valid.news, { publishDate: '2026-09-01' }),
      { file: 'content/notes.txt', collection: undefined, entry: '', data: undefined },
    ];
    const { problems: found } = validateContent(broken);
    expect(new Set(found.map((p) => p.file)).size).toBe(7);
    expect(formatProblems(found)).toMatchInlineSnapshot(`
      "11 problems in content (see CONTRIBUTING.md):
        content/news/2026-08-applications-open-for-round-2.md → publishDate: found "2026-09-01"; expected a date in 2026-08, the year and month the file name starts with
        content/notes.txt → file: found a file outside the collections (content/notes.txt); expected files only in content/rounds/<number>.yaml; content/topics/<round>/<NN>-<slug>.md (or .mdx); content/postcards/<slug>/index.md with its photo beside it; content/news/<yyyy>-<mm>-<slug>.md (or .mdx); content/people/<slug>.md with any photo beside it
        content/postcards/anna-kovacs-debrecen/index.md → country: found "Hungary"; expected a two-letter ISO 3166-1 country code in capitals, such as HU, AR or BR
        content/postcards/anna-kovacs-debrecen/index.md → image: found "./kep.jpg", but there is no such file; expected a photo in the same folder as index.md, such as ./photo.jpg
        content/rounds/1.yaml → partnershipsEnd: found "2025-03-01"; expected a date after partnershipsStart
        content/rounds/1.yaml → signupUrl: found "http://forms.example.org/round-1"; expected an address starting with https://
        content/topics/1/01-getting-to-know-you.md → publishdate: found a field the contract does not have: "2025-03-17"; expected publishDate (field names are case-sensitive)
        content/topics/1/01-getting-to-know-you.md → publishDate: found nothing (the field is missing); expected a date such as 2024-03-12, or a date-time with an offset such as 2024-03-12T08:00:00+11:00
        content/topics/1/02-libraries-and-social-media.md → round: found 4; expected 1, the round folder it is in (or move it to content/topics/4/)
        content/topics/1/02-libraries-and-social-media.md → round: found 4; expected a round that has a file in content/rounds/ (1, 2)
        content/topics/2/03-reading-for-pleasure.md → chat.start: found "2026-11-05T20:00:00+10:00"; expected the offset Australia/Sydney has at that time (+11:00, not +10:00); check the hour and the offset"
    `);
  });
});

describe('one file checked on its own, as a loader does for a file the check did not see', () => {
  test('gives the messages the whole check gives', () => {
    const broken = edit(valid.topic1, { title: '   ', publishDate: '2025-03-17T09:00:00' });
    const alone = checkEntryData('topics', broken.file, broken.data);
    expect('problems' in alone && alone.problems.map(formatProblem)).toEqual(problems(broken));
  });

  test('returns the checked data, a postcard photo still a file name for image() to resolve', () => {
    const alone = checkEntryData('postcards', valid.postcard.file, valid.postcard.data);
    expect(alone).toMatchObject({ data: { image: (valid.postcard.data as Data).image, date: expect.any(Date) } });
  });
});

test('text that YAML reads as a number or true/false is answered with quotes', () => {
  expect(problems(edit(valid.topic1, { title: 1984, tags: [2024, 'introductions'] }))).toEqual([
    `${TOPIC1} → title: found 1984; expected text of 1 to 120 characters; YAML reads 1984 as a number, so put it in quotes: "1984"`,
    `${TOPIC1} → tags[0]: found 2024; expected text, not empty; YAML reads 2024 as a number, so put it in quotes: "2024"`,
  ]);
});

test('a licence id that is not on the SPDX list, or in other capitals, is a warning with what to write', () => {
  const warnings = (license: string) => validateContent([valid.round1, edit(valid.postcard, { license })]).warnings.map(formatProblem);
  expect(warnings('CC-BY-SA')).toEqual([
    `${POSTCARD} → license: found CC-BY-SA, which is not on the SPDX list, so its link leads nowhere; expected an id from https://spdx.org/licenses/ with its version, such as CC-BY-SA-4.0`,
  ]);
  expect(warnings('cc-by-sa-4.0')).toEqual([
    `${POSTCARD} → license: found cc-by-sa-4.0, which the SPDX list writes CC-BY-SA-4.0; expected CC-BY-SA-4.0`,
  ]);
  for (const listed of ['CC-BY-SA-4.0', 'CC0-1.0', 'MIT', 'GPL-2.0+', 'Apache-2.0+', 'LicenseRef-Library-Photos'])
    expect(warnings(listed), listed).toEqual([]);
});

describe('text that shows nothing', () => {
  test('a name, a library or a photo description of spaces that take no room is refused', () => {
    expect(problems(edit(valid.postcard, { name: '\u200B', library: '\u2800\u3164', imageAlt: '\u200B\u200C\u200D\u2060\u200B' })).sort()).toEqual([
      `${POSTCARD} → imageAlt: found "\u200B\u200C\u200D\u2060\u200B"; expected text of 5 to 250 characters, some of them visible`,
      `${POSTCARD} → library: found "\u2800\u3164"; expected text of 1 to 120 characters, some of them visible`,
      `${POSTCARD} → name: found "\u200B"; expected text of 1 to 80 characters, some of them visible`,
    ]);
    expect(problems(edit(valid.round1, { title: '\u200D' }))).toEqual([
      `${ROUND1} → title: found "\u200D"; expected text, not empty: some of it visible`,
    ]);
  });

  test('a tag longer than a folder name can be is refused, a long one that fits is not', () => {
    expect(problems(edit(valid.topic1, { tags: ['مكتبة'.repeat(13)] }))).toEqual([
      `${TOPIC1} → tags[0]: found "${'مكتبة'.repeat(13).slice(0, 57)}…" (65 characters); expected a tag of at most 60 characters`,
    ]);
    expect(problems(edit(valid.topic1, { tags: ['مكتبة'.repeat(12)] }))).toEqual([]);
  });
});

describe('characters no published text may hold', () => {
  const EXPECTED =
    'expected text without control or direction-override characters, which come in unseen with text copied from PDFs and word processors: delete the character, or type the text again';

  test('a control character in a field, a tag or a chat, and a direction override, each named with the field', () => {
    const topic = edit(valid.topic1, {
      title: 'Chat\u000B title',
      tags: ['introductions', 'partner\u0001ships'],
      chat: { ...((valid.topic1.data as Data).chat as Data), platform: 'Masto\u202Edon' },
    });
    expect(problems(topic)).toEqual([
      `${TOPIC1} → title: found a control character (U+000B) after "Chat"; ${EXPECTED}`,
      `${TOPIC1} → tags: found a control character (U+0001) after "partner"; ${EXPECTED}`,
      `${TOPIC1} → chat.platform: found a direction-override character (U+202E) after "Masto"; ${EXPECTED}`,
    ]);
  });

  test("in a field's name, which is named as a code", () => {
    const field = '\u001b[2J\u001b[31mPWNED';
    expect(problems(edit(valid.round1, { [field]: 1 }))).toContain(
      `${ROUND1} → <U+001B>[2J<U+001B>[31mPWNED: found a control character (U+001B) at the start in the field's name; ${EXPECTED}`,
    );
  });

  test('in the body, and in the text of a round', () => {
    expect(problems({ ...valid.topic1, bodyCharacter: 'a character that is not text (U+FFFF) after "Hello"' })).toEqual([
      `${TOPIC1} → body: found a character that is not text (U+FFFF) after "Hello"; ${EXPECTED}`,
    ]);
    expect(problems(edit(valid.round1, { summary: '\u0007The first round.' }))).toEqual([
      `${ROUND1} → summary: found a control character (U+0007) at the start; ${EXPECTED}`,
    ]);
  });

  test('tabs, line breaks, right-to-left marks and scripts of every kind are text', () => {
    expect(problems(edit(valid.topic1, { title: 'مكتبة\u200F Library\tΑθήνα 図書館 👋', summary: 'Line one\r\nline two' }))).toEqual([]);
  });
});

describe('a postcard’s language', () => {
  test('a language written by its name is refused, with its tag', () => {
    expect(problems(edit(valid.postcard, { lang: 'Arabic' }))).toEqual([
      `${POSTCARD} → lang: found "Arabic"; expected a language tag such as hu, ar or pt-BR (for Arabic, ar)`,
    ]);
    expect(problems(edit(valid.postcard, { lang: 'english' }))).toEqual([
      `${POSTCARD} → lang: found "english"; expected a language tag such as hu, ar or pt-BR (for english, en)`,
    ]);
    expect(problems(edit(valid.postcard, { lang: 'Klingonish' }))).toEqual([
      `${POSTCARD} → lang: found "Klingonish"; expected a language tag such as hu, ar or pt-BR`,
    ]);
    // Every registered language has a code of two or three letters, named by the platform or not.
    expect(problems(edit(valid.postcard, { lang: 'kri' }))).toEqual([]);
  });

  test('a tag in any case is taken, and spelt as BCP 47 spells it', () => {
    const checked = validateContent([valid.round1, edit(valid.postcard, { lang: 'PL-pl' })]);
    expect(checked.problems).toEqual([]);
    expect(checked.entries.find((entry) => entry.collection === 'postcards')?.data).toMatchObject({ lang: 'pl-PL' });
  });
});

describe('a value YAML cut at " #"', () => {
  test('is a warning with the field and what was left out, and the content still passes', () => {
    const topic = { ...valid.topic1, cutValues: [{ field: 'summary', dropped: '#ILNchat and share' }] };
    const checked = validateContent([valid.round1, topic]);
    expect(checked.problems).toEqual([]);
    expect(checked.warnings.map(formatProblem)).toEqual([
      `${TOPIC1} → summary: found "#ILNchat and share" after a space and #, which YAML reads as a comment and leaves out of the value; expected the whole value in quotes ("…") if that text belongs to it`,
    ]);
  });
});

test('a postcard still holding the placeholder of npm run new:postcard is refused', () => {
  expect(problems({ ...valid.postcard, placeholderStory: true })).toEqual([
    `${POSTCARD} → body: found the placeholder "Write your postcard here: …" that npm run new:postcard put there; expected your own story, in its place`.replace(
      'your own story',
      'your story',
    ),
  ]);
});

test('a publishDate with the offset Sydney has at another time of year is a warning, with the date corrected', () => {
  const topic = edit(valid.topic1, { publishDate: '2025-03-17T09:00:00+10:00' });
  const checked = validateContent([valid.round1, topic], [], { timeZone: 'Australia/Sydney' });
  expect(checked.problems).toEqual([]);
  expect(checked.warnings.map(formatProblem)).toEqual([
    `${TOPIC1} → publishDate: found 2025-03-17T09:00:00+10:00, whose offset Australia/Sydney has at another time of year: on that date it is +11:00, so the entry appears an hour away from the hour written there; expected 2025-03-17T09:00:00+11:00, if the hour is meant in Australia/Sydney`,
  ]);
  expect(validateContent([valid.round1, valid.topic1], [], { timeZone: 'Australia/Sydney' }).warnings).toEqual([]);
});

test("a round's signup dates with the offset of another season are warnings too", () => {
  // Sydney is +11:00 until 5 April 2026 and +10:00 after it.
  const round3 = round(3, {
    applicationsOpen: '2026-02-09T09:00:00+10:00',
    applicationsClose: '2026-04-13T17:00:00+11:00',
    partnershipsStart: '2026-05-04',
    partnershipsEnd: '2026-09-07',
  });
  const checked = validateContent([round3], [], { timeZone: 'Australia/Sydney' });
  expect(checked.problems).toEqual([]);
  expect(checked.warnings.map(formatProblem)).toEqual([
    'content/rounds/3.yaml → applicationsOpen: found 2026-02-09T09:00:00+10:00, whose offset Australia/Sydney has at another time of year: on that date it is +11:00, so the signup form opens or closes an hour away from the hour written there; expected 2026-02-09T09:00:00+11:00, if the hour is meant in Australia/Sydney',
    'content/rounds/3.yaml → applicationsClose: found 2026-04-13T17:00:00+11:00, whose offset Australia/Sydney has at another time of year: on that date it is +10:00, so the signup form opens or closes an hour away from the hour written there; expected 2026-04-13T17:00:00+10:00, if the hour is meant in Australia/Sydney',
  ]);
});

test('a publishDate in the hour Sydney skips is a warning that says to move the hour, not the offset', () => {
  const topic = edit(valid.topic2, { publishDate: '2026-10-04T02:30:00+11:00' });
  expect(validateContent([valid.round2, topic], [], { timeZone: 'Australia/Sydney' }).warnings.map(formatProblem)).toEqual([
    `${TOPIC2} → publishDate: found 2026-10-04T02:30:00+11:00; expected a time that happens in Australia/Sydney: on 2026-10-04 its clocks go from 02:00 (+10:00) straight to 03:00 (+11:00), so 02:30 never shows there; choose an hour before or after the change`,
  ]);
});
