/**
 * Checks a whole content folder against the contract: each file against its schema, and
 * the rules that span files (a topic's round exists, numbers are unique, names agree with
 * fields, photos are usable, old addresses are claimed once). Pure: the files arrive
 * already read (see read-content.ts), so every rule can be tested without a disk.
 */
import { z } from 'astro/zod';
import { missedClockChange, skippedWallTime } from '../time/dates.ts';
import { CHARACTERS_EXPECTED, fieldsWithForbiddenCharacters } from './characters.ts';
import type { CutValue } from './yaml-comments.ts';
import { sharedTermProblems } from '../site/comments.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, entryPath } from './collections.ts';
import { linkProblem, type Published } from './content-links.ts';
import { listedLicense } from './licenses.ts';
import { DAY } from '../time/durations.ts';
import { CONTRACT_FIELDS, newsSchema, personSchema, postcardSchema, roundSchema, skippedMessage, topicSchema } from './schemas.ts';
import { type Problem, describeValue, problemsFromIssues } from './problems.ts';
import { entryId, normalisePath, paths } from '../site/urls.ts';

export { COLLECTION_NAMES, type CollectionName } from './collections.ts';

/** What the content check needs to know about a photo file. */
export interface PhotoFacts {
  bytes: number;
  /** As detected from the file's content: `jpeg`, `png`, `webp`, … */
  format: string | undefined;
  /** Width as displayed, after EXIF orientation. */
  width: number | undefined;
  /** True when the file is a symbolic link, which is never read. */
  link?: boolean;
}

export interface ContentFile {
  /** Project-relative path with forward slashes: `content/topics/3/04-library-spaces.md`. */
  file: string;
  /** The collection whose folder holds the file; undefined for a file outside them. */
  collection: CollectionName | undefined;
  /** Path inside the collection folder: `3/04-library-spaces.md`. */
  entry: string;
  /** Frontmatter, or the YAML of a round, with dates left as text. */
  data: unknown;
  /** Why the data could not be read, if it could not. */
  syntaxError?: string;
  /** For a postcard: the photo its `image` names (for a person, their `photo`), or null when there is no such file. */
  photo?: PhotoFacts | null;
  /** When the file was last changed (ms since the epoch), so that its checked data can be reused while it is unchanged. */
  modified?: number;
  /** The text of a Markdown or MDX file that could be read, so that the loader can take its body as the check read it. */
  source?: string;
  /** True when the file is a symbolic link, which is never read. */
  link?: boolean;
  /** Plain values YAML cut at a ` #` (yaml-comments.ts). */
  cutValues?: CutValue[];
  /** True when the body still holds the placeholder of `npm run new:postcard` (STORY_PLACEHOLDER). */
  placeholderStory?: boolean;
  /** For an MDX file: why its body cannot be compiled, if it cannot. */
  mdxError?: string;
  /** What forbidden character the body holds (characters.ts), if it holds one. */
  bodyCharacter?: string;
  /** For a topic or news item: the links in its body to other content files, as written (`03-advocacy.md`). */
  links?: string[];
}

/** A page the site's own code makes (`src/pages/about.mdx` makes `/about/`). */
export interface PageFile {
  /** Project-relative path with forward slashes. */
  file: string;
  /** Site path without the base. */
  path: string;
}

type Round = z.output<typeof roundSchema>;
type Topic = z.output<typeof topicSchema>;
type Postcard = z.output<ReturnType<typeof postcardSchema<z.ZodString>>>;
type News = z.output<typeof newsSchema>;
type Person = z.output<ReturnType<typeof personSchema<z.ZodString>>>;

/** An entry that passed its schema, with the id and path the site will give it. */
export type CheckedEntry = { file: string; id: string; path: string } & (
  | { collection: 'rounds'; data: Round }
  | { collection: 'topics'; data: Topic }
  | { collection: 'postcards'; data: Postcard }
  | { collection: 'news'; data: News }
  | { collection: 'people'; data: Person }
);

export const PHOTO_FORMATS = ['jpeg', 'png', 'webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_MIN_WIDTH = 800;

/** What `npm run new:postcard` writes where the story goes: published as it is, it would be the story. */
export const STORY_PLACEHOLDER =
  'Write your postcard here: a few paragraphs about your library, the people who use it\nand what you have learned from your partner. Leave an empty line between paragraphs.\n';

/** Addresses under /postcards/ that the gallery itself uses (see paths in urls.ts). */
export const RESERVED_POSTCARD_NAMES = ['page', 'countries', 'types', 'rounds'];

/** Names the later page of a list at `path` (`/news/page/2/`, `/tags/funding/page/3/`), if it is one. */
function listPage(path: string): string | undefined {
  return /^\/(?:topics|news|rounds|tags\/[^/]+)\/page\/\d+\/$/.test(path) ? 'a page of a list' : undefined;
}

/** Names the gallery page at `path` (its pages, countries, library types, rounds), if it is one. */
function galleryPage(path: string): string | undefined {
  const [, section, name] = path.split('/');
  return section === 'postcards' && (!name || RESERVED_POSTCARD_NAMES.includes(name)) ? 'the postcard gallery' : undefined;
}


/** The fields allowed at a path; a list's items (`links[0]`) have the fields of the list (`links`). */
const fieldsAt = (collection: CollectionName) => (path: string) => {
  const field = path.replace(/\[\d+\]/g, '');
  return CONTRACT_FIELDS[field ? `${collection}.${field}` : collection];
};

/**
 * Checks every file and the rules across files. Returns all problems at once. `pages` are
 * the site's own pages, whose addresses no `redirectFrom` may take. With `now`, the
 * warnings also name postcards dated on a day that has not begun anywhere yet.
 */
export function validateContent(
  files: readonly ContentFile[],
  pages: readonly PageFile[] = [],
  { timeZone, now }: { timeZone?: string; now?: Date } = {},
): { problems: Problem[]; entries: CheckedEntry[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];

  for (const file of files) {
    const problem = (field: string, found: string, expected: string) => problems.push({ file: file.file, field, found, expected });
    if (!file.collection) {
      problem('file', `a file outside the collections (${file.file})`, `files only in ${COLLECTION_NAMES.map((name) => COLLECTIONS[name].where).join('; ')}`);
      continue;
    }
    if (file.link) {
      problem('file', 'a symbolic link to another file', 'the file itself: the site publishes only files inside the content folder');
      continue;
    }
    const layout = checkLayout(file);
    if (layout) {
      problem('file name', layout.found, layout.expected);
      continue;
    }
    if (file.syntaxError !== undefined) {
      // A round is a YAML file of its own; topics, postcards and news have frontmatter.
      const yamlFile = file.collection === 'rounds';
      problem(yamlFile ? 'YAML' : 'frontmatter', `YAML that cannot be read: ${file.syntaxError}`, yamlFile ? 'field: value lines' : 'field: value lines between two --- lines');
      continue;
    }
    for (const { field, found } of fieldsWithForbiddenCharacters(file.data)) problem(field, found, CHARACTERS_EXPECTED);
    if (file.bodyCharacter) problem('body', file.bodyCharacter, CHARACTERS_EXPECTED);
    if (file.placeholderStory) problem('body', 'the placeholder "Write your postcard here: …" that npm run new:postcard put there', 'your story, in its place');
    if (file.mdxError)
      problem(
        'body',
        `MDX that cannot be read (${file.mdxError})`,
        'text in which a { or < that is not code is written \\{ or \\<, since MDX reads them as code; or the file saved as .md',
      );
    const entry = parseEntry(file, file.collection);
    if ('issues' in entry) {
      problems.push(...problemsFromIssues(file.file, entry.issues, file.data, fieldsAt(file.collection)));
      // The photo's own problems are listed with the others rather than after the next build.
      const data = file.data as { image?: unknown; photo?: unknown } | null | undefined;
      if (file.collection === 'postcards' && typeof data?.image === 'string') problems.push(...checkPhoto(file, data.image));
      if (file.collection === 'people' && typeof data?.photo === 'string') problems.push(...checkPersonPhoto(file, data.photo));
      continue;
    }
    problems.push(...checkNameAgreesWithFields(file, entry));
    if (entry.collection === 'postcards') problems.push(...checkPhoto(file, entry.data.image));
    if (entry.collection === 'people' && entry.data.photo !== undefined) problems.push(...checkPersonPhoto(file, entry.data.photo));
    entries.push(entry);
  }

  problems.push(...checkAcrossFiles(entries, roundsWithFiles(files), pages));
  problems.push(...sharedTermProblems(entries.flatMap((entry) => (entry.collection === 'rounds' || entry.collection === 'people' ? [] : [entry]))));
  const clockWarnings = timeZone ? missedClockChanges(files, timeZone) : [];
  return {
    problems,
    entries,
    warnings: [
      ...cutValueWarnings(files),
      ...clockWarnings,
      ...partnershipsBeforeClose(entries),
      ...(now ? postcardsFromTheFuture(entries, now) : []),
      ...unlistedLicenses(entries),
      ...checkContentLinks(files, entries),
    ],
  };
}

/** The date-times each collection announces in the organisers' time zone. */
const ZONED_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  topics: ['publishDate'],
  news: ['publishDate'],
  rounds: ['applicationsOpen', 'applicationsClose'],
};

/**
 * A topic's or news item's publishDate, or a round's signup dates, with the offset the
 * organisers' time zone keeps at another time of year (missedClockChange): the entry appears,
 * or the form opens, an hour early or late. Or a time the zone skips when its clocks go
 * forward. Another zone's offset may be meant, so these are warnings.
 */
function missedClockChanges(files: readonly ContentFile[], timeZone: string): Problem[] {
  return files.flatMap((file) =>
    (file.collection ? (ZONED_FIELDS[file.collection] ?? []) : []).flatMap((field): Problem[] => {
      const value = (file.data as Record<string, unknown> | undefined)?.[field];
      if (typeof value !== 'string') return [];
      const skipped = skippedWallTime(value, timeZone);
      if (skipped) return [{ file: file.file, field, found: value, expected: skippedMessage(value, timeZone, skipped) }];
      const missed = missedClockChange(value, timeZone);
      if (!missed) return [];
      const effect = file.collection === 'rounds' ? 'the signup form opens or closes' : 'the entry appears';
      return [
        {
          file: file.file,
          field,
          found: `${value}, whose offset ${timeZone} has at another time of year: on that date it is ${missed.offset}, so ${effect} an hour away from the hour written there`,
          expected: `${missed.corrected}, if the hour is meant in ${timeZone}`,
        },
      ];
    }),
  );
}

/**
 * Values YAML cut at a ` #`. A comment after a value is valid YAML, and the contract lists
 * what stops a build, so these are warnings: the build's log and the pull request show them.
 */
function cutValueWarnings(files: readonly ContentFile[]): Problem[] {
  return files.flatMap((file) =>
    (file.cutValues ?? []).map(({ field, dropped }) => ({
      file: file.file,
      field,
      found: `${JSON.stringify(dropped)} after a space and #, which YAML reads as a comment and leaves out of the value`,
      expected: 'the whole value in quotes ("…") if that text belongs to it',
    })),
  );
}

/**
 * A round whose partnerships begin before the day its applications close: a typo in a year,
 * most likely, and the round would go from open to under way, or finished, with no time to
 * match partners. The contract orders only each pair of dates, so these are warnings.
 */
function partnershipsBeforeClose(entries: readonly CheckedEntry[]): Problem[] {
  return entries.flatMap((entry) => {
    if (entry.collection !== 'rounds') return [];
    const { applicationsClose, partnershipsStart } = entry.data;
    if (partnershipsStart.getTime() + DAY > applicationsClose.getTime()) return [];
    return [
      {
        file: entry.file,
        field: 'partnershipsStart',
        found: `${partnershipsStart.toISOString().slice(0, 10)}, before applications close (${applicationsClose.toISOString()})`,
        expected: 'a day on or after the day applications close, when partners have been matched',
      },
    ];
  });
}

/** The day begins first on the Line Islands, fourteen hours ahead of UTC. */
const EARLIEST_OFFSET = 14 * 60 * 60 * 1000;

/**
 * Postcards dated on a day that has not begun anywhere on Earth at `now`: `date` is the day
 * the postcard was sent, so this is a typo, and the postcard would lead the lists, the
 * gallery and the feeds (and set the feeds' last build date) until that day. A postcard is
 * published with the build that adds it, so these are warnings.
 */
function postcardsFromTheFuture(entries: readonly CheckedEntry[], now: Date): Problem[] {
  return entries.flatMap((entry) => {
    if (entry.collection !== 'postcards' || entry.data.date.getTime() - EARLIEST_OFFSET <= now.getTime()) return [];
    return [
      {
        file: entry.file,
        field: 'date',
        found: `${entry.data.date.toISOString().slice(0, 10)}, a day still to come`,
        expected: 'the day the postcard was sent, today or before',
      },
    ];
  });
}

/**
 * A postcard's licence that has the shape of an SPDX id, as the contract asks, but is not on
 * the SPDX list (`CC-BY-SA` without its version): its link would lead to no page.
 */
function unlistedLicenses(entries: readonly CheckedEntry[]): Problem[] {
  return entries.flatMap((entry) => {
    if (entry.collection !== 'postcards' || entry.data.license === undefined || listedLicense(entry.data.license) === entry.data.license) return [];
    const spelled = listedLicense(entry.data.license);
    return [
      {
        file: entry.file,
        field: 'license',
        found: `${entry.data.license}, ${spelled ? `which the SPDX list writes ${spelled}` : 'which is not on the SPDX list, so its link leads nowhere'}`,
        expected: spelled ?? 'an id from https://spdx.org/licenses/ with its version, such as CC-BY-SA-4.0',
      },
    ];
  });
}

const LINK_EXPECTED =
  'a link to the file of a published topic, news item or postcard, as GitHub shows it (03-advocacy-and-lobbying.md, ../2/01-getting-to-know-you.md), or a web address';

/**
 * Links to other content files that would lead to no page: to no file, out of the folder, to a
 * file without a page, or to a draft. The contract says nothing of links, so these are
 * warnings, which the build and the pull request check show, not problems that stop the build.
 */
function checkContentLinks(files: readonly ContentFile[], entries: readonly CheckedEntry[]): Problem[] {
  const inFolder = (file: ContentFile) => `${file.collection}/${file.entry}`;
  const byFile = new Map(files.filter((file) => file.collection).map((file) => [file.file, inFolder(file)]));
  const existing = new Set(byFile.values());
  const drafts = new Set(entries.filter((entry) => 'draft' in entry.data && entry.data.draft === true).map((entry) => byFile.get(entry.file)));
  const writtenPublishDate = new Map(
    files.flatMap((file) => {
      const value = (file.data as { publishDate?: unknown } | null | undefined)?.publishDate;
      return typeof value === 'string' ? [[file.file, value] as const] : [];
    }),
  );
  const published = new Map(
    entries.flatMap((entry): [string | undefined, Published][] =>
      entry.collection === 'topics' || entry.collection === 'news'
        ? [[byFile.get(entry.file), { written: writtenPublishDate.get(entry.file) ?? entry.data.publishDate.toISOString(), instant: entry.data.publishDate }]]
        : [],
    ),
  );
  return files.flatMap((file) =>
    (file.links ?? []).flatMap((link) => {
      const found = linkProblem(
        inFolder(file),
        link,
        (target) => (existing.has(target) ? { exists: true, draft: drafts.has(target), published: published.get(target) } : { exists: false }),
        published.get(inFolder(file)),
      );
      return found === undefined ? [] : [{ file: file.file, field: 'body', found, expected: LINK_EXPECTED }];
    }),
  );
}

/** Is the file where its collection keeps files, with a usable name? */
function checkLayout({ collection, entry }: ContentFile): { found: string; expected: string } | undefined {
  if (!collection) return undefined;
  const ok = COLLECTIONS[collection].fileName;
  if (collection === 'postcards' && RESERVED_POSTCARD_NAMES.includes(entryId(entry))) {
    return { found: `a postcard folder named ${entry.split('/')[0]}`, expected: `a folder name other than ${RESERVED_POSTCARD_NAMES.join(', ')}, which the gallery's own pages use` };
  }
  if (ok.test(entry) && entryId(entry).split('/').every(Boolean)) return undefined;
  if (collection === 'postcards' && entry.endsWith('/index.mdx')) {
    return { found: 'an MDX postcard', expected: 'plain Markdown: rename index.mdx to index.md' };
  }
  return { found: `content/${collection}/${entry}`, expected: `a file named like ${COLLECTIONS[collection].where}` };
}

/** A photo as the check reads it: a file name (read-content.ts looked at the file itself). */
const photoName = (collection: CollectionName) =>
  z.string({
    error: collection === 'people' ? "the file name of a photo beside the person's file, such as ./ama-owusu.jpg" : 'the file name of a photo beside index.md, such as ./photo.jpg',
  });

/**
 * The schema the check reads a collection's files with, made once per collection: a zod
 * schema is costly to build and compiles itself on first use, and building the postcards'
 * anew for each of 3,500 files took about a second of every build at 20x.
 */
const checkSchemas = new Map<CollectionName, z.ZodType>();
function checkSchema(collection: CollectionName): z.ZodType {
  let schema = checkSchemas.get(collection);
  if (!schema) checkSchemas.set(collection, (schema = COLLECTIONS[collection].schema(photoName(collection))));
  return schema;
}

/**
 * One file's data checked against its collection's schema, with the same messages as the
 * whole check: for a loader that meets a file the check did not see (one changed during
 * `astro dev`). `file` is the path messages name, such as `content/topics/1/01-hello.md`.
 */
export function checkEntryData(collection: CollectionName, file: string, data: unknown): { data: unknown } | { problems: Problem[] } {
  const result = checkSchema(collection).safeParse(data);
  return result.success ? { data: result.data } : { problems: problemsFromIssues(file, result.error.issues, data, fieldsAt(collection)) };
}

/** Parses a file against its collection's schema; a photo is checked as a file name here (read-content.ts looked at the file). */
function parseEntry(file: ContentFile, collection: CollectionName): CheckedEntry | { issues: z.core.$ZodIssue[] } {
  const id = entryId(file.entry);
  const result = checkSchema(collection).safeParse(file.data);
  if (!result.success) return result.error;
  return { file: file.file, id, collection, data: result.data, path: entryPath(collection, id) } as CheckedEntry;
}

/** Folder and file names repeat some fields; they must say the same thing. */
function checkNameAgreesWithFields(file: ContentFile, entry: CheckedEntry): Problem[] {
  const at = (field: string, found: unknown, expected: string): Problem[] => [
    { file: file.file, field, found: describeValue(found), expected },
  ];
  const name = file.entry;
  switch (entry.collection) {
    case 'rounds': {
      const fromName = Number(name.replace(/\.yaml$/, ''));
      if (fromName !== entry.data.number) return at('number', entry.data.number, `${fromName}, the number in the file name (or rename the file to ${entry.data.number}.yaml)`);
      // 03.yaml would be a second file for round 3: its pages are /rounds/3/.
      return name === `${fromName}.yaml` ? [] : [{ file: file.file, field: 'file name', found: name, expected: `${fromName}.yaml, the round's number without leading zeros` }];
    }
    case 'topics': {
      const [folder = '', fileName = ''] = name.split('/');
      const fromFolder = Number(folder);
      const fromFile = Number(fileName.split('-')[0]);
      return [
        ...(fromFolder === entry.data.round ? [] : at('round', entry.data.round, `${fromFolder}, the round folder it is in (or move it to content/topics/${entry.data.round}/)`)),
        ...(fromFolder !== entry.data.round || folder === String(fromFolder)
          ? []
          : [{ file: file.file, field: 'file name', found: `the folder ${folder}/`, expected: `content/topics/${fromFolder}/, the round's number without leading zeros` }]),
        ...(fromFile === entry.data.number ? [] : at('number', entry.data.number, `${fromFile}, the number the file name starts with`)),
      ];
    }
    case 'news': {
      const written = String((file.data as { publishDate?: unknown }).publishDate);
      return name.startsWith(written.slice(0, 7))
        ? []
        : at('publishDate', written, `a date in ${name.slice(0, 7)}, the year and month the file name starts with`);
    }
    case 'postcards':
    case 'people':
      return [];
  }
}

/**
 * The photo a file names in `field`: beside the file (`beside` says where, for the message),
 * there, and a JPEG, PNG or WebP. Returns the problems, or the photo's facts when it is usable.
 */
function photoProblems(file: ContentFile, field: string, name: string, beside: string): Problem[] | PhotoFacts {
  const at = (found: string, expected: string): Problem[] => [{ file: file.file, field, found, expected }];
  if (/^(\/|[a-z]+:)/i.test(name) || name.split('/').includes('..')) {
    return at(JSON.stringify(name), `a photo in the same folder as ${beside}, such as ./photo.jpg`);
  }
  const { photo } = file;
  if (!photo) return at(`${JSON.stringify(name)}, but there is no such file`, `a photo in the same folder as ${beside}, such as ./photo.jpg`);
  if (photo.link) return at(`${JSON.stringify(name)}, a symbolic link to another file`, `the photo file itself, in the same folder as ${beside}`);
  if (!PHOTO_FORMATS.includes(photo.format as (typeof PHOTO_FORMATS)[number])) {
    return at(photo.format ? `a file in ${photo.format.toUpperCase()} format` : 'a file that is not a picture', 'a JPEG, PNG or WebP photo');
  }
  return photo;
}

/** A person's photo: beside their file, and a JPEG, PNG or WebP (the contract sets no size). */
function checkPersonPhoto(file: ContentFile, name: string): Problem[] {
  const checked = photoProblems(file, 'photo', name, 'the person\'s file');
  return Array.isArray(checked) ? checked : [];
}

function checkPhoto(file: ContentFile, image: string): Problem[] {
  const at = (found: string, expected: string): Problem[] => [{ file: file.file, field: 'image', found, expected }];
  const checked = photoProblems(file, 'image', image, 'index.md');
  if (Array.isArray(checked)) return checked;
  const photo = checked;
  const problems: Problem[] = [];
  if (photo.bytes > PHOTO_MAX_BYTES) {
    const megabytes = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(photo.bytes / 1024 / 1024);
    problems.push(...at(`a photo of ${megabytes} MB (${new Intl.NumberFormat('en').format(photo.bytes)} bytes)`, 'a photo of at most 5 MB (5,242,880 bytes): save it smaller or as JPEG'));
  }
  if ((photo.width ?? 0) < PHOTO_MIN_WIDTH) problems.push(...at(`a photo ${photo.width ?? 0} px wide`, `a photo at least ${PHOTO_MIN_WIDTH} px wide`));
  return problems;
}

/**
 * The numbers of the round files, read from their names: a round whose file has problems
 * of its own still exists, and its topics and postcards are not to blame for them.
 */
function roundsWithFiles(files: readonly ContentFile[]): number[] {
  return files.flatMap((file) => (file.collection === 'rounds' && !checkLayout(file) ? [Number(file.entry.replace(/\.yaml$/, ''))] : []));
}

/** Folders the build fills with its own files (scripts, styles, photos, the search index, the CMS, share cards). */
const BUILD_FOLDERS = ['_astro', paths.searchBundle().replaceAll('/', ''), 'admin', paths.shareImage('x').split('/')[1]];

/** Files the build writes at the site's root besides its pages: the sitemaps and the redirects file for hosts. */
const BUILD_FILES = /^\/(?:_redirects|sitemap-[\w-]+\.xml)\/$/;

function builtFolder(path: string): string | undefined {
  if (BUILD_FILES.test(path)) return `the file ${path.slice(0, -1)}, which the build writes`;
  const [, folder] = path.split('/');
  return folder && BUILD_FOLDERS.includes(folder) ? `the build's own folder /${folder}/` : undefined;
}

/**
 * Every address the build makes besides the entries' own pages, with what it is: the
 * pages and endpoints in src/pages, and what the dynamic routes make from content (tag
 * pages, round pages and feeds, chat calendars). A redirect written over one of them would
 * quietly replace it.
 */
function builtAddresses(entries: readonly CheckedEntry[], pages: readonly PageFile[]): Map<string, string> {
  const built = new Map(pages.map((page) => [normalisePath(page.path), page.file]));
  const add = (path: string, what: string) => built.has(normalisePath(path)) || built.set(normalisePath(path), what);
  // Astro writes the not-found page as a file of its own, where hosts look for it.
  for (const page of pages) if (normalisePath(page.path) === '/404/') add('/404.html', page.file);
  // Lists made by dynamic routes, a page at a time ([...page].astro): their first pages.
  for (const list of [paths.news(), paths.rounds()]) add(list, `the list at ${list}`);
  for (const entry of entries) {
    if (entry.collection === 'rounds') {
      add(paths.round(entry.data.number), `the page of Round ${entry.data.number}`);
      add(paths.roundFeed(entry.data.number), `the feed of Round ${entry.data.number}`);
      add(paths.roundGuide(entry.data.number), `the printable guide of Round ${entry.data.number}`);
    }
    if (entry.collection === 'topics' && entry.data.chat) add(paths.chatCalendar(entry.id), `the chat calendar of ${entry.file}`);
    if (entry.collection === 'topics' || entry.collection === 'news') {
      for (const tag of entry.data.tags ?? []) add(paths.tag(tag), `the page of the tag "${tag}"`);
    }
  }
  return built;
}

function checkAcrossFiles(entries: readonly CheckedEntry[], roundFiles: readonly number[], pages: readonly PageFile[]): Problem[] {
  const problems: Problem[] = [];
  const rounds = new Set([...roundFiles, ...entries.flatMap((entry) => (entry.collection === 'rounds' ? [entry.data.number] : []))]);
  const known = [...rounds].sort((a, b) => a - b).join(', ') || 'none yet';

  const topicsByNumber = new Map<string, CheckedEntry>();
  const byPath = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const problem = (field: string, found: string, expected: string) => problems.push({ file: entry.file, field, found, expected });
    const other = byPath.get(entry.path);
    if (other) problem('file name', `the same address as ${other.file} (${entry.path})`, 'a name that differs in more than capitals or punctuation');
    byPath.set(entry.path, entry);

    if ((entry.collection === 'topics' || entry.collection === 'postcards') && entry.data.round !== undefined && !rounds.has(entry.data.round)) {
      problem('round', String(entry.data.round), `a round that has a file in content/rounds/ (${known})`);
    }
    if (entry.collection === 'topics') {
      const key = `${entry.data.round}/${entry.data.number}`;
      const twin = topicsByNumber.get(key);
      if (twin) problem('number', `${entry.data.number}, which ${twin.file} already has in round ${entry.data.round}`, 'a number no other topic of the round has');
      else topicsByNumber.set(key, entry);
    }
  }

  const built = builtAddresses(entries, pages);
  const claimed = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    if (entry.collection === 'rounds' || entry.collection === 'postcards' || entry.collection === 'people') continue;
    for (const [index, from] of (entry.data.redirectFrom ?? []).entries()) {
      const path = normalisePath(from);
      // `/topics/index.html` is the file the build writes for `/topics/`.
      const page = [path, path.replace(/\/index\.html\/$/, '/')].map((at) => byPath.get(at)?.file ?? built.get(at) ?? builtFolder(at) ?? galleryPage(at) ?? listPage(at)).find(Boolean);
      const owner = claimed.get(path);
      const field = `redirectFrom[${index}]`;
      if (page) problems.push({ file: entry.file, field, found: `${from}, the address of ${page}`, expected: 'an old address no page, feed or calendar of the site uses' });
      else if (owner && owner !== entry) problems.push({ file: entry.file, field, found: `${from}, which ${owner.file} also claims`, expected: 'an old address claimed by one entry only' });
      claimed.set(path, entry);
    }
  }
  return problems;
}
