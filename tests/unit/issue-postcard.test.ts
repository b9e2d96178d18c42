import { readFileSync } from 'node:fs';
import exifr from 'exifr';
import { load } from 'js-yaml';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  FORM_LABELS,
  chooseSlug,
  checkFormPostcard,
  countryCode,
  parseIssueForm,
  postcardFile,
  postcardFromAnswers,
  problemsComment,
} from '../../src/lib/postcards/issue-postcard.ts';
import {
  FORM_PHOTO_MAX_SIDE,
  type Fetch,
  downloadPhoto,
  isGitHubUpload,
  photoAddress,
  photoFactsOf,
  photoFileName,
  preparePhoto,
} from '../../src/lib/postcards/issue-photo.ts';
import { parseFrontmatter } from '../../src/loaders/read-content.ts';
import { LIBRARY_TYPES } from '../../src/lib/content/library-types.ts';
import type { ContentFile, PhotoFacts } from '../../src/lib/content/validate-content.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/issues/${name}.md`, import.meta.url), 'utf8');
const ROUNDS: ContentFile[] = [1, 2].map((number) => ({
  file: `content/rounds/${number}.yaml`,
  collection: 'rounds',
  entry: `${number}.yaml`,
  data: {},
}));
const GOOD_PHOTO: PhotoFacts = { bytes: 400_000, format: 'jpeg', width: 1200 };

/** The whole path of the script for one issue body, without the network. */
function fromIssue(name: string, photo: PhotoFacts | undefined = GOOD_PHOTO) {
  const form = parseIssueForm(fixture(name));
  const postcard = postcardFromAnswers(form.answers, '2026-03-02');
  const address = photoAddress(postcard.photo);
  const problems = [...form.problems, ...postcard.problems, ...('problem' in address ? [address.problem] : [])];
  const slug = chooseSlug(String(postcard.data.name ?? ''), postcard.data.city as string | undefined, 7, new Set());
  const check = checkFormPostcard(slug, postcard.data, 'photo.jpg', 'problem' in address ? undefined : photo, ROUNDS, problems);
  return { ...postcard, slug, problems: [...problems, ...check.problems] };
}

describe('the issue form and the parser agree', () => {
  const form = load(readFileSync(new URL('../../.github/ISSUE_TEMPLATE/postcard.yml', import.meta.url), 'utf8')) as {
    body: { type: string; id?: string; attributes: { label?: string; options?: unknown[] } }[];
  };
  const fields = form.body.filter((item) => item.type !== 'markdown');

  test('every field of the form has the label the parser looks for', () => {
    expect(Object.fromEntries(fields.map((item) => [item.id, item.attributes.label]))).toEqual(FORM_LABELS);
  });

  test('the kinds of library are exactly the contract values', () => {
    expect(fields.find((item) => item.id === 'libraryType')?.attributes.options).toEqual([...LIBRARY_TYPES]);
  });
});

describe('parseIssueForm', () => {
  test('reads each section, leaves out empty answers and keeps a ### heading inside the story', () => {
    const { answers, problems } = parseIssueForm(fixture('valid'));
    expect(problems).toEqual([]);
    expect(answers).toMatchObject({ name: 'Anna Kovács', country: 'HU', libraryType: 'public', round: '1', lang: 'hu' });
    expect(answers.story).toContain('### Szombati mesekör');
    expect(answers.story).toContain('Minden szombaton');
    expect(parseIssueForm(fixture('missing-field')).answers.library).toBeUndefined();
  });

  test('reads Windows line ends', () => {
    expect(parseIssueForm(fixture('valid').replace(/\n/g, '\r\n')).answers.name).toBe('Anna Kovács');
  });

  test('a form heading repeated inside an answer is a problem, not a second answer', () => {
    const body = fixture('valid').replace(
      'Minden szombaton',
      '### Photo\n\n![x](https://github.com/user-attachments/assets/11111111-2222-3333-4444-555555555555)\n\nMinden',
    );
    expect(parseIssueForm(body).problems).toEqual([expect.objectContaining({ label: 'Photo', found: 'the heading "### Photo" more than once' })]);
  });
});

describe('postcard from recorded issues', () => {
  test('a valid issue gives a postcard with no problems', () => {
    const result = fromIssue('valid');
    expect(result.problems).toEqual([]);
    expect(result.slug).toBe('anna-kovacs-debrecen');
    expect(result.data).toEqual({
      name: 'Anna Kovács',
      library: 'Debreceni Városi Könyvtár',
      city: 'Debrecen',
      country: 'HU',
      libraryType: 'public',
      round: 1,
      date: '2026-03-02',
      imageAlt: 'A reading room with tall shelves of books, a green table and a window onto the street.',
      lang: 'hu',
    });
  });

  test('a missing required field is named by its label', () => {
    expect(fromIssue('missing-field').problems).toEqual([{ label: 'Your library', found: 'nothing', expected: 'an answer: this field is required' }]);
  });

  test('a country name becomes its code; an unknown name or code is a problem in plain words', () => {
    expect(countryCode('Hungary')).toBe('HU');
    expect(countryCode(' jo ')).toBe('JO');
    expect(fromIssue('bad-country').problems).toEqual([
      {
        label: 'Country',
        found: '"Narnia"',
        expected: "a two-letter country code such as HU, JO or BR, or the country's name in English such as Hungary",
      },
    ]);
    // A two-letter code gets the contract's own message, as editors see it.
    expect(fromIssue('bad-country-code').problems).toEqual([
      { label: 'Country', found: '"XX"', expected: 'a two-letter ISO 3166-1 country code in capitals, such as HU, AR or BR' },
    ]);
  });

  test('no photo, or a photo from another host, is refused before any download', () => {
    expect(fromIssue('no-photo').problems).toEqual([
      { label: 'Photo', found: 'nothing', expected: 'a photo dropped into the Photo box' },
      expect.objectContaining({ label: 'Photo', found: 'nothing' }),
    ]);
    expect(fromIssue('no-photo').problems).toHaveLength(2);
    expect(fromIssue('other-host').problems).toEqual([
      expect.objectContaining({ label: 'Photo', found: 'a photo at "https://tracker.example", which is not GitHub' }),
    ]);
    expect(fromIssue('lookalike-host').problems).toEqual([
      expect.objectContaining({ label: 'Photo', found: 'a photo at "https://github.com.evil.example", which is not GitHub' }),
    ]);
  });

  test('unticked consent is a problem', () => {
    expect(fromIssue('no-consent').problems).toEqual([expect.objectContaining({ label: 'Consent', found: '1 of 2 boxes ticked' })]);
  });

  test('the photo is judged by the content rules, in their words', () => {
    expect(fromIssue('valid', { bytes: 6 * 1024 * 1024, format: 'gif', width: 640 }).problems).toEqual([
      { label: 'Photo', found: 'a file in GIF format', expected: 'a JPEG, PNG or WebP photo' },
    ]);
    expect(fromIssue('valid', { bytes: 100_000, format: 'png', width: 640 }).problems).toEqual([
      { label: 'Photo', found: 'a photo 640 px wide', expected: 'a photo at least 800 px wide' },
    ]);
  });

  test('a round that has no file is a problem', () => {
    const form = parseIssueForm(fixture('valid').replace('### Round\n\n1', '### Round\n\n9'));
    const postcard = postcardFromAnswers(form.answers, '2026-03-02');
    expect(checkFormPostcard('anna', postcard.data, 'photo.jpg', GOOD_PHOTO, ROUNDS).problems).toEqual([
      { label: 'Round', found: '9', expected: 'a round that has a file in content/rounds/ (1, 2)' },
    ]);
  });
});

describe('hostile text', () => {
  const result = fromIssue('hostile');

  test('stays data: the frontmatter reads back exactly as given, with no field of its own', () => {
    expect(result.problems).toEqual([]);
    const data = { ...result.data, image: './photo.jpg' };
    const file = postcardFile(data, result.story);
    expect(parseFrontmatter(file)).toEqual(data);
    expect(result.data.name).toBe(`"Anna" 'Kovács' name: x image: /etc/passwd`);
    // The photo credit is one more line of text, however it looks: no licence field comes from it.
    expect(result.data.imageCredit).toBe('Eve"><script>alert(1)</script> license: MIT ::error::x');
    expect(parseFrontmatter(file)).not.toHaveProperty('license');
    const [frontmatter, body] = file.split('\n---\n\n');
    expect(frontmatter).not.toMatch(/^image: \/etc\/passwd$/m);
    expect(frontmatter).not.toMatch(/^::/m);
    // The story is the body, after the frontmatter, however many --- lines it has.
    expect(body).toContain('::warning file=x::pwned\n::set-output name=result::ok\n---\nimage: /etc/passwd\n---');
  });

  test('the folder name has letters, digits and hyphens only', () => {
    expect(result.slug).toMatch(/^[a-z0-9-]+$/);
    expect(chooseSlug('"><script>', '../..', 7, new Set())).toBe('script');
    expect(chooseSlug('../', undefined, 7, new Set())).toBe('postcard-7');
    expect(chooseSlug('مكتبة', undefined, 7, new Set())).toBe('مكتبة');
    expect(chooseSlug('Page', undefined, 7, new Set())).toBe('page-7');
    expect(chooseSlug('Anna Kovács', 'Debrecen', 7, new Set(['anna-kovacs-debrecen']))).toBe('anna-kovacs-debrecen-7');
  });

  test('the comment quotes it without HTML, mentions, links or commands', () => {
    const comment = problemsComment([
      {
        label: 'Your name',
        found: '"><script>alert(1)</script> @octocat [x](https://evil.example) www.evil.example/verify mail@evil.example\n::warning::pwned',
        expected: 'text',
      },
    ]);
    expect(comment).not.toMatch(/<script|@octocat|\]\(|https:\/\/|www\.|^::/m);
    expect(comment).toContain('&lt;script');
    // Read as GitHub reads a comment (GFM, with its literal autolinks): no link, and the text kept.
    const html = micromark(comment, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(html).not.toContain('<a ');
    expect(html.replaceAll('\u2060', '')).toContain('@octocat [x](https://evil.example) www.evil.example/verify mail@evil.example');
  });
});

describe('the photo address', () => {
  test('only GitHub upload hosts, parsed as URLs', () => {
    const allowed = [
      'https://github.com/user-attachments/assets/5f0e8b1c-3a44-4d8e-9c1b-2b7f0a6d9e11',
      'https://user-images.githubusercontent.com/1188925/233099814-7f480a78.png',
      'https://private-user-images.githubusercontent.com/20726856/553416385-906b9fda.jpeg?jwt=abc',
    ];
    const refused = [
      'http://github.com/user-attachments/assets/5f0e8b1c-3a44-4d8e-9c1b-2b7f0a6d9e11',
      'https://github.com/evil/repo/raw/main/photo.jpg',
      'https://github.com.evil.example/user-attachments/assets/5f0e8b1c',
      'https://evil.example/?https://github.com/user-attachments/assets/5f0e8b1c',
      'https://user@github.com/user-attachments/assets/5f0e8b1c-3a44',
      'https://github.com:8443/user-attachments/assets/5f0e8b1c-3a44',
      'https://user-images.githubusercontent.com.evil.example/1.png',
    ];
    for (const url of allowed) expect(isGitHubUpload(new URL(url)), url).toBe(true);
    for (const url of refused) expect(isGitHubUpload(new URL(url)), url).toBe(false);
  });

  test('one photo only, in Markdown, HTML or bare', () => {
    expect(
      photoAddress('<img width="10" alt="Image" src="https://github.com/user-attachments/assets/5f0e8b1c-3a44-4d8e-9c1b-2b7f0a6d9e11" />'),
    ).toHaveProperty('url');
    expect(photoAddress('https://github.com/user-attachments/assets/5f0e8b1c-3a44-4d8e-9c1b-2b7f0a6d9e11')).toHaveProperty('url');
    expect(
      photoAddress('![a](https://github.com/user-attachments/assets/aaaaaaaa-1111) ![b](https://github.com/user-attachments/assets/bbbbbbbb-2222)'),
    ).toEqual({
      problem: { label: 'Photo', found: '2 addresses', expected: 'one photo: remove the others from the Photo box' },
    });
    expect(photoAddress('Uploading IMG_2041.jpg…')).toEqual({ problem: expect.objectContaining({ found: 'no photo, only text' }) });
  });

  test('a file GitHub attached as a link is named, with advice for an iPhone photo', () => {
    expect(photoAddress('[IMG_2041.HEIC](https://github.com/user-attachments/files/18731002/IMG_2041.HEIC)')).toEqual({
      problem: {
        label: 'Photo',
        found: 'an iPhone photo in HEIC format attached as a link ("IMG_2041.HEIC"), not a photo',
        expected: expect.stringContaining('Most Compatible'),
      },
    });
    expect(photoAddress('[library tour.pdf](https://github.com/user-attachments/files/18731003/library%20tour.pdf)')).toEqual({
      problem: {
        label: 'Photo',
        found: 'a file attached as a link ("library tour.pdf"), not a photo',
        expected: 'a JPEG, PNG or WebP photo: GitHub shows a photo in the issue, and attaches other files as links',
      },
    });
  });
});

describe('preparePhoto: what the repository keeps of a photo from the form', () => {
  test('drops the camera, the place and every other piece of metadata, and turns the photo upright', async () => {
    const phone = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#3a6' } })
      .withExif({
        IFD0: { Make: 'PhoneCo', Model: 'X1' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '33/1 52/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '151/1 12/1 0/1' },
      })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    expect(await exifr.parse(phone, { gps: true })).toMatchObject({ Make: 'PhoneCo', latitude: expect.any(Number) });
    const prepared = await preparePhoto(new Uint8Array(phone));
    if ('problem' in prepared) throw new Error(JSON.stringify(prepared.problem));
    expect(await exifr.parse(Buffer.from(prepared.bytes), { gps: true })).toBeUndefined();
    const metadata = await sharp(prepared.bytes).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 900, height: 1200 });
    expect(metadata.orientation ?? 1).toBe(1);
    expect(prepared.facts).toEqual({ bytes: prepared.bytes.byteLength, format: 'jpeg', width: 900 });
  });

  test('a large photo is kept at most FORM_PHOTO_MAX_SIDE pixels on its longer side, in its own format', async () => {
    const large = await sharp({ create: { width: 3024, height: 4032, channels: 3, background: '#a63' } })
      .png()
      .toBuffer();
    const prepared = await preparePhoto(new Uint8Array(large));
    if ('problem' in prepared) throw new Error(JSON.stringify(prepared.problem));
    expect(prepared.facts).toMatchObject({ format: 'png', width: (FORM_PHOTO_MAX_SIDE * 3024) / 4032 });
  });

  test('a HEIC photo is refused with advice; bytes that are no photo are left for the content check', async () => {
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), ...new Uint8Array(64)]);
    expect(await preparePhoto(heic)).toEqual({
      problem: { label: 'Photo', found: 'a photo in HEIC format', expected: expect.stringContaining('share the photo as JPEG') },
    });
    const text = new TextEncoder().encode('<svg onload=alert(1)>');
    expect(await preparePhoto(text)).toEqual({ bytes: text, facts: { bytes: 21, format: undefined, width: undefined } });
  });
});

describe('downloadPhoto, with a fetch that never leaves the machine', () => {
  const START = new URL('https://github.com/user-attachments/assets/5f0e8b1c-3a44-4d8e-9c1b-2b7f0a6d9e11');
  const STORAGE = 'https://github-production-user-asset-6210df.s3.amazonaws.com/1/2.jpg?X-Amz-Signature=x';
  let jpeg: Uint8Array<ArrayBuffer>;
  beforeAll(async () => {
    jpeg = new Uint8Array(
      await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3a6' } })
        .jpeg()
        .toBuffer(),
    );
  });

  /** Answers each address from a table; records what was asked. */
  function fakeFetch(routes: Record<string, () => Response>): Fetch & { asked: string[] } {
    const asked: string[] = [];
    const fn = async (url: string, init: { redirect: string }) => {
      expect(init.redirect).toBe('manual');
      asked.push(url);
      const route = routes[url];
      if (!route) throw new TypeError('fetch failed');
      return route();
    };
    return Object.assign(fn, { asked });
  }
  const redirect = (location: string) => () => new Response(null, { status: 302, headers: { location } });

  test('follows GitHub to its storage and judges the bytes', async () => {
    const fetch = fakeFetch({ [START.href]: redirect(STORAGE), [STORAGE]: () => new Response(jpeg) });
    const result = await downloadPhoto(START, fetch);
    expect(fetch.asked).toEqual([START.href, STORAGE]);
    if (!('bytes' in result)) throw new Error(JSON.stringify(result));
    const facts = await photoFactsOf(result.bytes);
    expect(facts).toEqual({ bytes: jpeg.byteLength, format: 'jpeg', width: 900 });
    expect(photoFileName(facts.format)).toBe('photo.jpg');
  });

  test('refuses a redirect to another host without asking it', async () => {
    const fetch = fakeFetch({ [START.href]: redirect('https://tracker.example/pixel.jpg') });
    expect(await downloadPhoto(START, fetch)).toEqual({
      problem: expect.objectContaining({ found: 'a photo that leads to "https://tracker.example", which is not GitHub' }),
    });
    expect(fetch.asked).toEqual([START.href]);
  });

  test('stops reading beyond the size limit, with or without a Content-Length', async () => {
    const big = new Uint8Array(2048);
    const tooLarge = { problem: expect.objectContaining({ found: 'a photo larger than 10 MB' }) };
    expect(await downloadPhoto(START, fakeFetch({ [START.href]: () => new Response(big) }), { maxBytes: 1024 })).toEqual(tooLarge);
    const stream = () =>
      new Response(
        new ReadableStream({
          start: (controller) => {
            controller.enqueue(big);
            controller.close();
          },
        }),
      );
    expect(await downloadPhoto(START, fakeFetch({ [START.href]: stream }), { maxBytes: 1024 })).toEqual(tooLarge);
  });

  test('a missing upload or a network failure is a problem in plain words', async () => {
    expect(await downloadPhoto(START, fakeFetch({ [START.href]: () => new Response('no', { status: 404 }) }))).toEqual({
      problem: expect.objectContaining({ found: 'a photo that could not be downloaded (HTTP 404)' }),
    });
    expect(await downloadPhoto(START, fakeFetch({}))).toEqual({
      problem: expect.objectContaining({ found: 'a photo that could not be downloaded' }),
    });
    const loop = fakeFetch({ [START.href]: redirect(START.href) });
    expect(await downloadPhoto(START, loop)).toEqual({
      problem: expect.objectContaining({ found: 'a photo address that redirects too often or nowhere' }),
    });
  });

  test('bytes that are not a picture have no format', async () => {
    expect(await photoFactsOf(new TextEncoder().encode('<svg onload=alert(1)>'))).toEqual({ bytes: 21, format: undefined, width: undefined });
  });
});

describe('characters no published text may hold, from the form', () => {
  test('a control character in the story or a name is a problem in the form’s words', () => {
    const body = fixture('valid').replace('Anna Kovács', 'Anna\u0001 Kovács');
    const postcard = postcardFromAnswers(parseIssueForm(body).answers, '2026-11-20');
    const check = checkFormPostcard('anna-x', postcard.data, 'photo.jpg', GOOD_PHOTO, ROUNDS, [], 'content', `${postcard.story}\u0007`);
    expect(check.problems).toEqual([
      expect.objectContaining({ label: 'Your name', found: 'a control character (U+0001) after "Anna"' }),
      expect.objectContaining({ label: 'Your story', found: expect.stringMatching(/^a control character \(U\+0007\) after /) }),
    ]);
  });
});

test('a story’s language given by its English name becomes its tag', () => {
  const answers = (lang: string) =>
    parseIssueForm(fixture('valid').replace(/### Language of your story\n\n[^\n]*/, `### Language of your story\n\n${lang}`)).answers;
  expect(postcardFromAnswers(answers('Arabic'), '2026-11-20').data.lang).toBe('ar');
  expect(postcardFromAnswers(answers(' hungarian '), '2026-11-20').data.lang).toBe('hu');
  expect(postcardFromAnswers(answers('pt-BR'), '2026-11-20').data.lang).toBe('pt-BR');
});
