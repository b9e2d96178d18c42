/**
 * `npm run new:postcard`: makes a postcard folder with valid frontmatter, asking for each
 * field (or taking them as options), so that a contributor only has to add the photo and
 * write the story.
 *
 *   npm run new:postcard
 *   npm run new:postcard -- --name "Anna Kovács" --library "Városi Könyvtár" --city Debrecen \
 *     --country HU --type public --photo ~/Pictures/library.jpg --alt "The reading room…"
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { z } from 'astro/zod';
import { formatProblems } from '../src/lib/content/problems.ts';
import { readEntryData } from '../src/loaders/read-content.ts';
import { LIBRARY_TYPES } from '../src/lib/content/library-types.ts';
import { postcardSchema } from '../src/lib/content/schemas.ts';
import { slugify } from '../src/lib/site/urls.ts';
import { STORY_PLACEHOLDER, validateContent } from '../src/lib/content/validate-content.ts';
import { site } from '../src/site.config.ts';

const QUESTIONS = [
  ['name', 'Your name, as you want it shown'],
  ['library', 'Your library'],
  ['city', 'City (optional)'],
  ['country', 'Country, as a two-letter code such as HU, JO or BR'],
  ['type', `Kind of library (${LIBRARY_TYPES.join(', ')})`],
  ['round', 'The round you took part in, as a number (optional)'],
  ['lang', 'Language of your story, such as hu, ar or pt-BR (optional, default en)'],
  ['photo', 'Path to your photo, a JPEG, PNG or WebP at least 800 px wide (optional: add it later)'],
  ['alt', 'What the photo shows, for people who cannot see it'],
] as const;

const { values } = parseArgs({
  options: Object.fromEntries(QUESTIONS.map(([key]) => [key, { type: 'string' }])) as Record<(typeof QUESTIONS)[number][0], { type: 'string' }>,
});

const answers: Record<string, string | undefined> = { ...values };
if (process.stdin.isTTY) {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  for (const [key, question] of QUESTIONS) {
    if (answers[key] === undefined) answers[key] = (await prompt.question(`${question}: `)).trim() || undefined;
  }
  prompt.close();
}

const root = fileURLToPath(new URL('..', import.meta.url));
const slug = slugify([answers.name, answers.city].filter(Boolean).join(' '));
if (!slug) {
  console.error('A postcard needs at least a name: pass --name "Your Name" or answer the questions.');
  process.exit(1);
}
const folder = resolve(root, site.contentDir, 'postcards', slug);
if (existsSync(folder)) {
  console.error(`There is already a postcard in ${folder}; choose another name or edit that one.`);
  process.exit(1);
}

const photoName = answers.photo ? `photo${extname(answers.photo).toLowerCase()}` : 'photo.jpg';
const frontmatter = {
  name: answers.name,
  library: answers.library,
  city: answers.city,
  country: answers.country?.toUpperCase(),
  libraryType: answers.type,
  round: answers.round ? Number(answers.round) : undefined,
  date: new Date().toISOString().slice(0, 10),
  image: `./${photoName}`,
  imageAlt: answers.alt,
  lang: answers.lang,
};
const data = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined));

// Check the fields before writing anything, with the same rules as the build.
const fields = postcardSchema(z.string()).safeParse(data);
if (!fields.success) {
  const file = join(site.contentDir, 'postcards', slug, 'index.md');
  const { problems } = validateContent([{ file, collection: 'postcards', entry: `${slug}/index.md`, data, photo: undefined }]);
  console.error(formatProblems(problems.filter((problem) => problem.field !== 'image')));
  process.exit(1);
}

// The content check refuses the placeholder until the story replaces it.
const story = STORY_PLACEHOLDER;
await mkdir(folder, { recursive: true });
const indexFile = join(folder, 'index.md');
await writeFile(indexFile, `---\n${dump(data, { lineWidth: 100, schema: CORE_SCHEMA })}---\n\n${story}`);
if (answers.photo) await copyFile(resolve(answers.photo), join(folder, photoName));
await readEntryData(indexFile); // proves the file reads back as it will be checked

console.log(`Made ${indexFile}`);
if (!answers.photo) console.log(`Next: put your photo beside it as ${join(folder, photoName)}.`);
console.log('Then write your story in index.md and run `npm run check:content`.');
