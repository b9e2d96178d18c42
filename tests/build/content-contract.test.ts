/**
 * The content contract (shared/CONTENT-CONTRACT.md), held to by real builds: each rule
 * gets a fixture, a copy of the sample content broken in one way, and `astro build` must
 * stop with our one error that names the file and the field, what was found and what is
 * expected. The unit tests check the rules themselves; these check that a build
 * actually stops, and that editors read our message rather than Astro's own.
 */
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { build, type BuildResult, copyContent, OUTPUT, removeDir, ROOT } from '../support/build.ts';

/** A copy of the sample content being broken: paths inside it are relative to its root. */
interface Fixture {
  /** How the build names a file of the copy: `tests/.output/tmp/content-…/topics/1/01-x.md`. */
  file: (path: string) => string;
  /** Replaces text that must be there (a fixture that breaks nothing would prove nothing). */
  edit: (path: string, from: string | RegExp, to: string) => Promise<void>;
  /** Rewrites a round's YAML, parsed with js-yaml's core schema so dates stay as written. */
  editYaml: (path: string, change: (data: Record<string, unknown>) => void) => Promise<void>;
  move: (from: string, to: string) => Promise<void>;
  write: (path: string, content: string | Buffer) => Promise<void>;
  remove: (path: string) => Promise<void>;
}

interface BrokenBuild {
  code: number | null;
  output: string;
  /** The lines of the error that list problems, without their indent. */
  problems: string[];
  file: Fixture['file'];
}

const HEADING = /(\d+) problems? in content \(see CONTRIBUTING\.md\):$/m;

/** Copies the sample content, breaks it with `mutate`, builds it into its own folder and cleans up. */
async function buildBroken(name: string, mutate: (fixture: Fixture) => Promise<unknown>): Promise<BrokenBuild> {
  const dir = await copyContent('content');
  const at = (path: string) => join(dir, path);
  const file = (path: string) => relative(ROOT, at(path)).split('\\').join('/');
  const fixture: Fixture = {
    file,
    edit: async (path, from, to) => {
      const text = await readFile(at(path), 'utf8');
      const changed = text.replace(from, to);
      if (changed === text) throw new Error(`fixture ${name}: ${String(from)} not found in ${path}`);
      await writeFile(at(path), changed);
    },
    editYaml: async (path, change) => {
      const data = load(await readFile(at(path), 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown>;
      change(data);
      await writeFile(at(path), dump(data, { schema: CORE_SCHEMA, lineWidth: -1 }));
    },
    move: async (from, to) => {
      await mkdir(dirname(at(to)), { recursive: true });
      await rename(at(from), at(to));
    },
    write: async (path, content) => {
      await mkdir(dirname(at(path)), { recursive: true });
      await writeFile(at(path), content);
    },
    remove: (path) => rm(at(path), { recursive: true }),
  };
  try {
    await mutate(fixture);
    const { code, output } = await buildFresh(dir, name);
    const heading = HEADING.exec(output);
    const problems = heading
      ? output
          .slice(heading.index + heading[0].length)
          .split('\n')
          .slice(1, 1 + Number(heading[1]))
          .map((line) => line.trim())
      : [];
    return { code, output, problems, file };
  } finally {
    await removeDir(dir);
  }
}

/**
 * Builds into `contract/<name>` after removing what an earlier run left there. The
 * content-layer cache matters most: it is kept per output folder (tests/support/build.ts)
 * and would still point at the previous run's temporary copy, long deleted.
 */
async function buildFresh(contentDir: string, name: string): Promise<BuildResult> {
  const outDir = join(OUTPUT, 'contract', name);
  await rm(outDir, { recursive: true, force: true });
  await rm(join(OUTPUT, 'contract', '.cache', name), { recursive: true, force: true });
  return build({ contentDir, outDir });
}

/**
 * The build failed in our integration, not somewhere later in Astro, and its error lists
 * exactly these problems: each `<file> → <field>: found …; expected …`.
 */
function expectProblems(result: BrokenBuild, lines: readonly string[]): void {
  const { code, output, problems } = result;
  expect(code, output).not.toBe(0);
  expect(output).toContain('[interlibnet:content-contract]');
  expect(output, 'one error for all problems').toContain(
    `${lines.length} ${lines.length === 1 ? 'problem' : 'problems'} in content (see CONTRIBUTING.md):`,
  );
  expect(problems.toSorted()).toEqual(lines.toSorted());
  // Nothing was written: the build stopped before rendering a single page.
  expect(output).not.toMatch(/page\(s\) built/);
}

/** A PNG of random pixels: noise does not compress, so the file is about as big as its pixels. */
function noisyPng(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = Math.floor(Math.random() * 256);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/** A plain photo of one colour, small on disk whatever its size on screen. */
function plainPhoto(width: number, height: number, format: 'jpeg' | 'gif'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a7d5c' } })
    .toFormat(format)
    .toBuffer();
}

const TOPIC_FIELDS = 'title, round, number, publishDate, summary, tags, series, chat, draft, redirectFrom, comments, discussionTerm';
const DATE_TIME = 'a date-time with an offset such as 2024-03-12T08:00:00+11:00';

describe('the sample content', () => {
  test('builds, and the content check says it follows the contract', async () => {
    const { code, output } = await buildFresh('content', 'sample');
    expect(code, output).toBe(0);
    expect(output).toMatch(/\[interlibnet:content-contract\] \d+ content files follow the contract/);
    expect(output).not.toMatch(HEADING);
    // Parsed once: the loader of every collection takes what the check read.
    const reused = [...output.matchAll(/\[interlibnet:contract-glob\] (\d+) (?:entry|entries) taken as the content check read them/g)].map((match) =>
      Number(match[1]),
    );
    const files = (dir: string, pattern: RegExp) =>
      readdirSync(join(ROOT, 'content', dir), { recursive: true }).filter((name) => pattern.test(String(name))).length;
    expect(reused.toSorted((a, b) => a - b)).toEqual(
      [
        files('rounds', /\.yaml$/),
        files('news', /\.mdx?$/),
        files('topics', /\.mdx?$/),
        files('postcards', /index\.md$/),
        files('people', /\.md$/),
      ].toSorted((a, b) => a - b),
    );
  });
});

describe('rounds', () => {
  test('a round file named differently from its number', async () => {
    const result = await buildBroken('round-file-name', ({ move }) => move('rounds/3.yaml', 'rounds/4.yaml'));
    expectProblems(result, [
      `${result.file('rounds/4.yaml')} → number: found 3; expected 4, the number in the file name (or rename the file to 3.yaml)`,
    ]);
  });

  test('applicationsClose before applicationsOpen', async () => {
    const result = await buildBroken('applications-close-before-open', ({ edit }) =>
      edit('rounds/3.yaml', 'applicationsClose: 2027-03-01T17:00:00+11:00', 'applicationsClose: 2027-02-01T17:00:00+11:00'),
    );
    expectProblems(result, [
      `${result.file('rounds/3.yaml')} → applicationsClose: found "2027-02-01T17:00:00+11:00"; expected a date-time after applicationsOpen`,
    ]);
  });

  test('partnershipsEnd before partnershipsStart', async () => {
    const result = await buildBroken('partnerships-end-before-start', ({ editYaml }) =>
      editYaml('rounds/3.yaml', (round) => {
        round.partnershipsEnd = '2027-03-21';
      }),
    );
    expectProblems(result, [`${result.file('rounds/3.yaml')} → partnershipsEnd: found "2027-03-21"; expected a date after partnershipsStart`]);
  });

  test('a date-time without an offset', async () => {
    const result = await buildBroken('date-time-without-offset', ({ edit }) =>
      edit('rounds/3.yaml', 'applicationsOpen: 2027-02-08T09:00:00+11:00', 'applicationsOpen: 2027-02-08T09:00:00'),
    );
    expectProblems(result, [`${result.file('rounds/3.yaml')} → applicationsOpen: found "2027-02-08T09:00:00"; expected ${DATE_TIME}`]);
  });

  test('a signupUrl that is not https', async () => {
    const result = await buildBroken('signup-url-not-https', ({ edit }) => edit('rounds/3.yaml', 'signupUrl: https://', 'signupUrl: http://'));
    expectProblems(result, [
      `${result.file('rounds/3.yaml')} → signupUrl: found "http://forms.interlibnet.org/round-3"; expected an address starting with https://`,
    ]);
  });

  test('YAML that cannot be read', async () => {
    // Round 2 still exists, so its topics and postcards are not reported as well.
    const result = await buildBroken('round-broken-yaml', ({ edit }) => edit('rounds/2.yaml', 'number: 2', 'number: [2'));
    expectProblems(result, [
      `${result.file('rounds/2.yaml')} → YAML: found YAML that cannot be read: deficient indentation on line 2; expected field: value lines`,
    ]);
  });
});

describe('discussion topics', () => {
  test('a round that does not exist', async () => {
    const result = await buildBroken('topic-round-missing', async ({ edit, move }) => {
      await move('topics/3/01-getting-to-know-you.md', 'topics/4/01-getting-to-know-you.md');
      await edit('topics/4/01-getting-to-know-you.md', 'round: 3', 'round: 4');
    });
    expectProblems(result, [
      `${result.file('topics/4/01-getting-to-know-you.md')} → round: found 4; expected a round that has a file in content/rounds/ (1, 2, 3)`,
    ]);
  });

  test('two topics with the same number in a round', async () => {
    const result = await buildBroken('topic-number-twice', async ({ edit, move }) => {
      await move('topics/1/08-looking-back-looking-forward.md', 'topics/1/07-looking-back-looking-forward.md');
      await edit('topics/1/07-looking-back-looking-forward.md', 'number: 8', 'number: 7');
    });
    expectProblems(result, [
      `${result.file('topics/1/07-proving-our-worth.md')} → number: found 7, which ${result.file('topics/1/07-looking-back-looking-forward.md')} already has in round 1; expected a number no other topic of the round has`,
    ]);
  });

  test('a topic in the wrong round folder', async () => {
    const result = await buildBroken('topic-wrong-folder', ({ move }) =>
      move('topics/2/07-mentoring-beyond-the-program.md', 'topics/1/07-mentoring-beyond-the-program.md'),
    );
    expectProblems(result, [
      `${result.file('topics/1/07-mentoring-beyond-the-program.md')} → round: found 2; expected 1, the round folder it is in (or move it to content/topics/2/)`,
    ]);
  });

  test('a file name whose number differs from number', async () => {
    const result = await buildBroken('topic-file-number', ({ move }) =>
      move('topics/1/03-advocacy-and-lobbying.md', 'topics/1/09-advocacy-and-lobbying.md'),
    );
    expectProblems(result, [
      `${result.file('topics/1/09-advocacy-and-lobbying.md')} → number: found 3; expected 9, the number the file name starts with`,
    ]);
  });

  test('a chat whose offset is not the one Australia/Sydney has at that instant', async () => {
    // 10 December is summer in Sydney: +11:00.
    const result = await buildBroken('chat-wrong-offset', ({ edit }) =>
      edit('topics/1/02-libraries-and-social-media.md', 'start: 2025-04-09T20:00:00+10:00', 'start: 2025-12-10T20:00:00+10:00'),
    );
    expectProblems(result, [
      `${result.file('topics/1/02-libraries-and-social-media.md')} → chat.start: found "2025-12-10T20:00:00+10:00"; expected the offset Australia/Sydney has at that time (+11:00, not +10:00); check the hour and the offset`,
    ]);
  });

  test('a chat start without an offset', async () => {
    const result = await buildBroken('chat-without-offset', ({ edit }) =>
      edit('topics/1/02-libraries-and-social-media.md', 'start: 2025-04-09T20:00:00+10:00', 'start: 2025-04-09T20:00:00'),
    );
    expectProblems(result, [
      `${result.file('topics/1/02-libraries-and-social-media.md')} → chat.start: found "2025-04-09T20:00:00"; expected ${DATE_TIME}`,
    ]);
  });

  test('a publishDate without an offset', async () => {
    const result = await buildBroken('publish-date-without-offset', ({ edit }) =>
      edit('topics/1/01-getting-to-know-you.md', 'publishDate: 2025-03-17T09:00:00+11:00', 'publishDate: 2025-03-17T09:00:00'),
    );
    expectProblems(result, [
      `${result.file('topics/1/01-getting-to-know-you.md')} → publishDate: found "2025-03-17T09:00:00"; expected a date such as 2024-03-12, or ${DATE_TIME}`,
    ]);
  });

  test('a required field missing: summary', async () => {
    const result = await buildBroken('topic-summary-missing', ({ edit }) => edit('topics/1/01-getting-to-know-you.md', /^summary: .*\n/m, ''));
    expectProblems(result, [
      `${result.file('topics/1/01-getting-to-know-you.md')} → summary: found nothing (the field is missing); expected text of 1 to 300 characters`,
    ]);
  });

  test('a misspelled field', async () => {
    const result = await buildBroken('topic-unknown-field', ({ edit }) => edit('topics/1/01-getting-to-know-you.md', 'tags:', 'tag:'));
    expectProblems(result, [
      `${result.file('topics/1/01-getting-to-know-you.md')} → tag: found a field the contract does not have: a list of 2; expected only these fields: ${TOPIC_FIELDS} (check the spelling)`,
    ]);
  });

  test('a field name in the wrong case', async () => {
    const result = await buildBroken('topic-field-case', ({ edit }) => edit('topics/1/02-libraries-and-social-media.md', 'timeZone:', 'timezone:'));
    const file = result.file('topics/1/02-libraries-and-social-media.md');
    expectProblems(result, [
      `${file} → chat.timeZone: found nothing (the field is missing); expected a time zone name such as Australia/Sydney`,
      `${file} → chat.timezone: found a field the contract does not have: "Australia/Sydney"; expected timeZone (field names are case-sensitive)`,
    ]);
  });

  test('frontmatter that cannot be read', async () => {
    const result = await buildBroken('topic-broken-yaml', ({ edit }) =>
      edit('topics/1/01-getting-to-know-you.md', 'title: Getting to know you', 'title: "Getting to know you'),
    );
    expectProblems(result, [
      `${result.file('topics/1/01-getting-to-know-you.md')} → frontmatter: found YAML that cannot be read: deficient indentation on line 3; expected field: value lines between two --- lines`,
    ]);
  });

  test('a link to the file of a topic that does not exist: a warning, and the build goes on', async () => {
    const result = await buildBroken('topic-link-missing', ({ edit }) =>
      edit('topics/1/08-looking-back-looking-forward.md', '(01-getting-to-know-you.md#', '(01-getting-to-know-yu.md#'),
    );
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(
      /\[WARN\] \[interlibnet:content-contract\] 1 warning in content, probably unmeant; the build goes on \(see CONTRIBUTING\.md\):$/m,
    );
    expect(result.output).toContain(
      `  ${result.file('topics/1/08-looking-back-looking-forward.md')} → body: found a link to 01-getting-to-know-yu.md#what-do-you-hope-to-learn, but there is no file content/topics/1/01-getting-to-know-yu.md; expected a link to the file of a published topic, news item or postcard, as GitHub shows it (03-advocacy-and-lobbying.md, ../2/01-getting-to-know-you.md), or a web address`,
    );
  });

  test('a stray Markdown file outside a round folder', async () => {
    const result = await buildBroken('topic-stray-file', ({ write }) => write('topics/foo.md', '---\ntitle: Foo\n---\n'));
    expectProblems(result, [
      `${result.file('topics/foo.md')} → file name: found content/topics/foo.md; expected a file named like content/topics/<round>/<NN>-<slug>.md (or .mdx)`,
    ]);
  });
});

describe('postcards', () => {
  const POSTCARD = 'postcards/anna-kovacs-debrecen';

  test('the photo is missing', async () => {
    const result = await buildBroken('photo-missing', ({ remove }) => remove(`${POSTCARD}/photo.jpg`));
    expectProblems(result, [
      `${result.file(`${POSTCARD}/index.md`)} → image: found "./photo.jpg", but there is no such file; expected a photo in the same folder as index.md, such as ./photo.jpg`,
    ]);
  });

  test('a GIF named photo.jpg', async () => {
    const result = await buildBroken('photo-gif', async ({ write }) => write(`${POSTCARD}/photo.jpg`, await plainPhoto(1200, 900, 'gif')));
    expectProblems(result, [`${result.file(`${POSTCARD}/index.md`)} → image: found a file in GIF format; expected a JPEG, PNG or WebP photo`]);
  });

  test('a text file named photo.jpg', async () => {
    const result = await buildBroken('photo-text', ({ write }) => write(`${POSTCARD}/photo.jpg`, 'not a picture\n'));
    expectProblems(result, [
      `${result.file(`${POSTCARD}/index.md`)} → image: found a file that is not a picture; expected a JPEG, PNG or WebP photo`,
    ]);
  });

  test('a photo over 5 MB', async () => {
    let megabytes = '';
    const result = await buildBroken('photo-too-big', async ({ edit, remove, write }) => {
      const photo = await noisyPng(1600, 1200);
      expect(photo.length).toBeGreaterThan(5 * 1024 * 1024);
      const format = (n: number, digits = 0) => new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(n);
      megabytes = `${format(photo.length / 1024 / 1024, 2)} MB (${format(photo.length)} bytes)`;
      await write(`${POSTCARD}/photo.png`, photo);
      await remove(`${POSTCARD}/photo.jpg`);
      await edit(`${POSTCARD}/index.md`, 'image: ./photo.jpg', 'image: ./photo.png');
    });
    expectProblems(result, [
      `${result.file(`${POSTCARD}/index.md`)} → image: found a photo of ${megabytes}; expected a photo of at most 5 MB (5,242,880 bytes): save it smaller or as JPEG`,
    ]);
  });

  test('a photo narrower than 800 px', async () => {
    const result = await buildBroken('photo-too-narrow', async ({ write }) => write(`${POSTCARD}/photo.jpg`, await plainPhoto(640, 480, 'jpeg')));
    expectProblems(result, [`${result.file(`${POSTCARD}/index.md`)} → image: found a photo 640 px wide; expected a photo at least 800 px wide`]);
  });

  test('a country code that is not ISO 3166-1', async () => {
    const result = await buildBroken('country-invalid', ({ edit }) => edit(`${POSTCARD}/index.md`, 'country: HU', 'country: UK'));
    expectProblems(result, [
      `${result.file(`${POSTCARD}/index.md`)} → country: found "UK"; expected a two-letter ISO 3166-1 country code in capitals, such as HU, AR or BR`,
    ]);
  });

  test('a library type outside the list', async () => {
    const result = await buildBroken('library-type-invalid', ({ edit }) =>
      edit(`${POSTCARD}/index.md`, 'libraryType: public', 'libraryType: university'),
    );
    expectProblems(result, [
      `${result.file(`${POSTCARD}/index.md`)} → libraryType: found "university"; expected one of public, academic, school, special, national, government, other`,
    ]);
  });

  test('a postcard written as index.mdx', async () => {
    const result = await buildBroken('postcard-mdx', ({ move }) => move(`${POSTCARD}/index.md`, `${POSTCARD}/index.mdx`));
    expectProblems(result, [
      `${result.file(`${POSTCARD}/index.mdx`)} → file name: found an MDX postcard; expected plain Markdown: rename index.mdx to index.md`,
    ]);
  });
});

describe('people', () => {
  test('a country code that is not ISO 3166-1', async () => {
    const result = await buildBroken('person-country-invalid', ({ edit }) => edit('people/ama-owusu.md', 'countries: [GH]', 'countries: [GH, UK]'));
    expectProblems(result, [
      `${result.file('people/ama-owusu.md')} → countries[1]: found "UK"; expected a two-letter ISO 3166-1 country code in capitals, such as HU, AR or BR`,
    ]);
  });
});

describe('news', () => {
  test('a file name whose month differs from publishDate', async () => {
    const result = await buildBroken('news-month', ({ edit }) =>
      edit('news/2025-08-round-1-in-numbers.md', 'publishDate: 2025-08-04T09:00:00+10:00', 'publishDate: 2025-09-04T09:00:00+10:00'),
    );
    expectProblems(result, [
      `${result.file('news/2025-08-round-1-in-numbers.md')} → publishDate: found "2025-09-04T09:00:00+10:00"; expected a date in 2025-08, the year and month the file name starts with`,
    ]);
  });

  test('a stray file no collection would load', async () => {
    const result = await buildBroken('news-stray-file', ({ write }) => write('news/notes.txt', 'ideas for next month\n'));
    expectProblems(result, [
      `${result.file('news/notes.txt')} → file name: found content/news/notes.txt; expected a file named like content/news/<yyyy>-<mm>-<slug>.md (or .mdx)`,
    ]);
  });
});

describe('across files', () => {
  test('a redirectFrom claimed by two entries', async () => {
    const result = await buildBroken('redirect-claimed-twice', ({ edit }) =>
      edit(
        'news/2025-08-round-1-in-numbers.md',
        'tags: [rounds, reports]',
        'tags: [rounds, reports]\nredirectFrom:\n  - /2013/05/discussion-topic-library-spaces/',
      ),
    );
    expectProblems(result, [
      `${result.file('topics/1/06-library-spaces.md')} → redirectFrom[0]: found /2013/05/discussion-topic-library-spaces/, which ${result.file('news/2025-08-round-1-in-numbers.md')} also claims; expected an old address claimed by one entry only`,
    ]);
  });

  test('a redirectFrom that is the address of a page of the site', async () => {
    // Astro would quietly turn the About page into a redirect to the news item.
    const result = await buildBroken('redirect-real-page', ({ edit }) =>
      edit('news/2025-08-round-1-in-numbers.md', 'tags: [rounds, reports]', 'tags: [rounds, reports]\nredirectFrom:\n  - /about/\n  - /topics'),
    );
    const file = result.file('news/2025-08-round-1-in-numbers.md');
    expectProblems(result, [
      `${file} → redirectFrom[0]: found /about/, the address of src/pages/about.mdx; expected an old address no page, feed or calendar of the site uses`,
      `${file} → redirectFrom[1]: found /topics, the address of src/pages/topics/index.astro; expected an old address no page, feed or calendar of the site uses`,
    ]);
  });

  test('a redirectFrom that is the address of another entry', async () => {
    const result = await buildBroken('redirect-entry-page', ({ edit }) =>
      edit(
        'news/2025-08-round-1-in-numbers.md',
        'tags: [rounds, reports]',
        'tags: [rounds, reports]\nredirectFrom:\n  - /topics/1/01-getting-to-know-you/',
      ),
    );
    expectProblems(result, [
      `${result.file('news/2025-08-round-1-in-numbers.md')} → redirectFrom[0]: found /topics/1/01-getting-to-know-you/, the address of ${result.file('topics/1/01-getting-to-know-you.md')}; expected an old address no page, feed or calendar of the site uses`,
    ]);
  });

  test('redirects that would write outside the site or over a feed, a calendar or a public file', async () => {
    // Before, the first wrote an index.html outside dist/ and the second replaced Round 1's feed.
    const result = await buildBroken('redirect-hostile', ({ edit }) =>
      edit(
        'news/2025-08-round-1-in-numbers.md',
        'tags: [rounds, reports]',
        'tags: [rounds, reports]\nredirectFrom:\n  - /../../somewhere/\n  - /rounds/1/rss.xml\n  - /topics/2/02-the-role-of-libraries-in-disasters/chat.ics\n  - /favicon.svg\n  - /404.html',
      ),
    );
    const file = result.file('news/2025-08-round-1-in-numbers.md');
    expectProblems(result, [
      `${file} → redirectFrom[0]: found "/../../somewhere/"; expected a site path: / then lowercase letters, digits, . _ ~ - in parts separated by /, with no . or .. part, no %, ? or #, such as /2013/03/library-spaces/`,
    ]);
    const fixed = await buildBroken('redirect-over-built-files', ({ edit }) =>
      edit(
        'news/2025-08-round-1-in-numbers.md',
        'tags: [rounds, reports]',
        'tags: [rounds, reports]\nredirectFrom:\n  - /rounds/1/rss.xml\n  - /topics/2/02-the-role-of-libraries-in-disasters/chat.ics\n  - /favicon.svg\n  - /404.html',
      ),
    );
    const news = fixed.file('news/2025-08-round-1-in-numbers.md');
    const expected = 'expected an old address no page, feed or calendar of the site uses';
    expectProblems(fixed, [
      `${news} → redirectFrom[0]: found /rounds/1/rss.xml, the address of the feed of Round 1; ${expected}`,
      `${news} → redirectFrom[1]: found /topics/2/02-the-role-of-libraries-in-disasters/chat.ics, the address of the chat calendar of ${fixed.file('topics/2/02-the-role-of-libraries-in-disasters.md')}; ${expected}`,
      `${news} → redirectFrom[2]: found /favicon.svg, the address of public/favicon.svg; ${expected}`,
      `${news} → redirectFrom[3]: found /404.html, the address of src/pages/404.astro; ${expected}`,
    ]);
  });

  test('a stray file at the top of the content folder', async () => {
    const result = await buildBroken('stray-top-level', ({ write }) => write('drafts.md', '# ideas\n'));
    const file = result.file('drafts.md');
    expectProblems(result, [
      `${file} → file: found a file outside the collections (${file}); expected files only in content/rounds/<number>.yaml; content/topics/<round>/<NN>-<slug>.md (or .mdx); content/postcards/<slug>/index.md with its photo beside it; content/news/<yyyy>-<mm>-<slug>.md (or .mdx); content/people/<slug>.md with any photo beside it`,
    ]);
  });

  test('problems in two files are all listed in the one error', async () => {
    const result = await buildBroken('two-files', async ({ edit }) => {
      await edit('rounds/2.yaml', 'signupUrl: https://', 'signupUrl: http://');
      await edit('postcards/kwame-mensah-kumasi/index.md', 'libraryType: school', 'libraryType: primary');
    });
    expectProblems(result, [
      `${result.file('rounds/2.yaml')} → signupUrl: found "http://forms.interlibnet.org/round-2"; expected an address starting with https://`,
      `${result.file('postcards/kwame-mensah-kumasi/index.md')} → libraryType: found "primary"; expected one of public, academic, school, special, national, government, other`,
    ]);
  });
});
