/**
 * The browser CMS at /admin/ (src/lib/content/cms-config.ts) and the content contract
 * (src/lib/content/schemas.ts) describe the same files: every field of a schema has a field in the
 * CMS and no more, a field the contract requires is required in the form, each field has a
 * widget that writes what the schema reads, and each collection saves its files where the
 * contract says they live. A field added to a schema and forgotten in the CMS fails here,
 * named by collection and field.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Collection, Field } from '@sveltia/cms';
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { CMS_CSP, LICENSE_ID, REDIRECT_PATH, cmsConfig } from '../../src/lib/content/cms-config.ts';
import { isLicenseId } from '../../src/lib/content/licenses.ts';
import { chatSchema, newsSchema, personSchema, postcardSchema, roundSchema, topicSchema } from '../../src/lib/content/schemas.ts';
import { GET, siteCmsConfig } from '../../src/pages/admin/config.yml.ts';
import { site } from '../../src/site.config.ts';
import { ROOT } from '../support/build.ts';

const config = cmsConfig({ ...site, authUrl: undefined });

const SCHEMAS: Record<string, z.ZodType> = {
  rounds: roundSchema,
  topics: topicSchema,
  postcards: postcardSchema(z.string()),
  news: newsSchema,
  people: personSchema(z.string()),
};

/** Where each collection's files live, from shared/CONTENT-CONTRACT.md. */
const CONTRACT_PATHS: Record<string, RegExp> = {
  rounds: /^content\/rounds\/\d+\.yaml$/,
  topics: /^content\/topics\/\d+\/\d{2,}-[^/]+\.mdx?$/,
  postcards: /^content\/postcards\/[^/]+\/index\.md$/,
  news: /^content\/news\/\d{4}-\d{2}-[^/]+\.mdx?$/,
  people: /^content\/people\/[^/]+\.md$/,
};

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  format?: string;
};
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional(), default() and transform(), and whether an editor may leave the field out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    const { type, innerType, in: input } = def(inner);
    if ((type === 'optional' || type === 'default' || type === 'nullable') && innerType) {
      required = false;
      inner = innerType;
    } else if (type === 'pipe' && input) inner = input;
    else return { inner, required };
  }
}

/** The fields of an object schema, through refine() and transform(). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const { inner } = unwrap(schema);
  const shape = def(inner).shape;
  if (!shape) throw new Error(`expected an object schema, found ${def(inner).type}`);
  return shape;
}

/** True for a field whose schema checks text and turns it into something else (the dates). */
function readsText(schema: z.ZodType): boolean {
  const { type, innerType } = def(schema);
  if (type === 'pipe') return true;
  return (type === 'optional' || type === 'default') && innerType ? readsText(innerType) : false;
}

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/**
 * Every disagreement between the fields of a CMS collection (or object field) and its schema,
 * as `collection → field.path: problem`.
 */
export function fieldProblems(collection: string, fields: readonly Field[], schema: z.ZodType, path = ''): string[] {
  const problems: string[] = [];
  const at = (name: string) => `${collection} → ${path}${name}`;
  const shape = shapeOf(schema);
  // The Markdown body is not frontmatter, so it is in no schema.
  const cmsFields = fields.filter((field) => !(path === '' && field.name === 'body' && field.widget === 'markdown'));
  const byName = new Map(cmsFields.map((field) => [field.name, field]));

  for (const name of Object.keys(shape)) if (!byName.has(name)) problems.push(`${at(name)}: in the schema, not in the CMS`);
  for (const field of cmsFields) {
    const fieldSchema = shape[field.name];
    if (!fieldSchema) {
      problems.push(`${at(field.name)}: in the CMS, not in the schema`);
      continue;
    }
    const { inner, required } = unwrap(fieldSchema);
    const options = field as Field & Record<string, unknown>;
    if (required && options.required === false) problems.push(`${at(field.name)}: required by the schema, optional in the CMS`);
    const { type, element, entries, format } = def(inner);
    const widget = options.widget ?? 'string';
    const expect = (ok: boolean, expected: string) => {
      if (!ok) problems.push(`${at(field.name)}: the CMS has a ${widget} field; the schema needs ${expected}`);
    };
    if (type === 'object') {
      expect(widget === 'object' && Array.isArray(options.fields), 'an object field with subfields');
      if (Array.isArray(options.fields)) problems.push(...fieldProblems(collection, options.fields as Field[], inner, `${path}${field.name}.`));
    } else if (type === 'array' && element) {
      expect(widget === 'list', 'a list');
      if (def(unwrap(element).inner).type === 'object') {
        expect(Array.isArray(options.fields), 'a list of objects');
        if (Array.isArray(options.fields)) problems.push(...fieldProblems(collection, options.fields as Field[], element, `${path}${field.name}[].`));
      } else expect(!options.fields, 'a list of single values');
    } else if (type === 'number') {
      expect(
        widget === 'number' && (format === undefined || !/int/.test(format) || options.value_type === 'int'),
        `a number${format && /int/.test(format) ? ' field with value_type int' : ''}`,
      );
    } else if (type === 'boolean') {
      const values = Array.isArray(options.options) ? (options.options as { value: unknown }[]).map((option) => option.value) : [];
      expect(
        widget === 'boolean' || (widget === 'select' && values.length > 0 && values.every((value) => typeof value === 'boolean')),
        'true or false',
      );
    } else if (type === 'enum' && entries) {
      const values = Array.isArray(options.options) ? (options.options as { value: unknown }[]).map((option) => option.value) : [];
      expect(
        widget === 'select' && [...values].sort().join() === Object.values(entries).sort().join(),
        `a select of ${Object.values(entries).join(', ')}`,
      );
    } else if (readsText(fieldSchema)) {
      // A date field: the schema reads text and checks it. Which forms does it take?
      const day = accepts(fieldSchema, '2026-03-12');
      const dateTime = accepts(fieldSchema, '2026-03-12T09:00:00+11:00');
      if (day && !dateTime) expect(widget === 'datetime' && options.type === 'date', 'a datetime field with type: date (a day, no time)');
      if (dateTime) {
        expect(
          widget === 'datetime' && options.type !== 'date' && options.format === undefined,
          'a datetime field that writes an ISO date-time with its offset',
        );
        expect(options.input_timezone === site.timeZone, `a datetime field picked in ${site.timeZone} (input_timezone)`);
      }
    }
  }
  return problems;
}

/** The path a CMS collection saves an entry at, from its folder, path template and extension. */
function entryPath(collection: Collection, slug: string, fields: Record<string, string | number> = {}): string {
  const { folder, path = '{{slug}}', extension = 'md' } = collection as Collection & { folder: string; path?: string; extension?: string };
  const file = path.replaceAll('{{slug}}', slug).replace(/\{\{fields\.(\w+)\}\}/g, (_, name: string) => String(fields[name]));
  return `${folder}/${file}.${extension}`;
}

/** The files a collection lists: its path template with each tag as one path segment. */
function listedFiles(collection: Collection): RegExp {
  const { folder, path = '{{slug}}', extension = 'md' } = collection as Collection & { folder: string; path?: string; extension?: string };
  const pattern = `${folder}/${path}.${extension}`
    .split(/(\{\{[^}]+\}\})/)
    .map((part) => (part.startsWith('{{') ? (part === '{{slug}}' ? '(?<slug>[^/]+)' : '[^/]+') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`);
}

const slugPattern = (collection: Collection) => {
  const { slug } = collection as Collection & { slug?: { pattern?: [string, string] } };
  return slug?.pattern ? new RegExp(slug.pattern[0]) : undefined;
};

const collections = config.collections as Collection[];
const collectionNamed = (name: string) => collections.find((collection) => collection.name === name)!;

/** Fields of a collection, found by a dotted path such as chat.start. */
function fieldAt(collection: string, path: string): Field & Record<string, unknown> {
  let fields = (collectionNamed(collection) as Collection & { fields: Field[] }).fields;
  let found: Field | undefined;
  for (const name of path.split('.')) {
    found = fields.find((field) => field.name === name);
    fields = ((found as { fields?: Field[] } | undefined)?.fields ?? []) as Field[];
  }
  if (!found) throw new Error(`${collection} has no field ${path}`);
  return found as Field & Record<string, unknown>;
}

describe('the CMS and the content contract', () => {
  test('the CMS has exactly the five collections of the contract', () => {
    expect(collections.map((collection) => collection.name).sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  test('every schema field is in the CMS and every CMS field in the schema, required where the schema requires it, with a widget that writes what the schema reads', () => {
    const problems = collections.flatMap((collection) =>
      fieldProblems(collection.name, (collection as Collection & { fields: Field[] }).fields, SCHEMAS[collection.name]!),
    );
    expect(problems).toEqual([]);
  });

  test('the check names the collection and field when a field is missing, extra, optional or of the wrong kind', () => {
    const topics = collectionNamed('topics') as Collection & { fields: Field[] };
    const broken: Field[] = topics.fields
      .filter((field) => field.name !== 'summary')
      .map((field) => (field.name === 'title' ? { ...field, required: false } : field))
      .map((field) =>
        field.name === 'chat' ? { ...field, fields: (field as { fields: Field[] }).fields.filter((sub) => sub.name !== 'hashtag') } : field,
      )
      .map((field) => (field.name === 'tags' ? ({ name: 'tags', widget: 'string' } as Field) : field))
      .concat([{ name: 'subtitle', widget: 'string' } as Field]);
    expect(fieldProblems('topics', broken, topicSchema)).toEqual([
      'topics → summary: in the schema, not in the CMS',
      'topics → title: required by the schema, optional in the CMS',
      'topics → tags: the CMS has a string field; the schema needs a list',
      'topics → chat.hashtag: in the schema, not in the CMS',
      'topics → subtitle: in the CMS, not in the schema',
    ]);
  });
});

describe('where the CMS saves files', () => {
  const examples: Record<string, { slug: string; fields?: Record<string, number>; bad: string[] }> = {
    rounds: { slug: '3', fields: { number: 3 }, bad: [] },
    topics: { slug: '04-open-access', fields: { round: 2 }, bad: ['4-open-access', 'open-access', '04-Open Access'] },
    postcards: { slug: 'anna-kovacs-debrecen', bad: ['Anna Kovács', 'page', 'countries', 'anna--debrecen'] },
    news: { slug: '2026-09-round-2-partners-matched', bad: ['round-2-partners-matched', '26-09-round-2'] },
    people: { slug: 'ama-owusu', bad: ['Ama Owusu', 'ama--owusu', 'ama-owusu.md'] },
  };

  for (const [name, example] of Object.entries(examples)) {
    test(`${name}: an entry is saved where the contract expects it, and a file name the contract refuses is refused`, () => {
      const collection = collectionNamed(name);
      const path = entryPath(collection, example.slug, example.fields);
      expect(path).toMatch(CONTRACT_PATHS[name]!);
      const pattern = slugPattern(collection);
      if (pattern) {
        expect(example.slug).toMatch(pattern);
        for (const bad of example.bad) expect(bad, `${name} slug ${bad}`).not.toMatch(pattern);
      }
    });
  }

  test('a topic is saved in the folder of its round, and a round in the file of its number', () => {
    expect((collectionNamed('topics') as { path?: string }).path).toBe('{{fields.round}}/{{slug}}');
    expect((collectionNamed('rounds') as { slug?: unknown }).slug).toEqual({ template: '{{fields.number}}', editable: false });
  });

  test("a postcard's photo is saved beside its index.md and written as its file name", () => {
    const postcards = collectionNamed('postcards') as Collection & { media_folder?: string; public_folder?: string };
    expect(postcards.media_folder).toBe('');
    expect(postcards.public_folder).toBe('');
    expect(fieldAt('postcards', 'image').widget).toBe('image');
  });

  test("a person's photo is saved beside their file", () => {
    const people = collectionNamed('people') as Collection & { media_folder?: string; public_folder?: string };
    expect(people.media_folder).toBe('');
    expect(people.public_folder).toBe('');
    expect(fieldAt('people', 'photo').widget).toBe('image');
  });

  test('the CMS lists every Markdown and YAML file already in content/ (MDX is edited on GitHub)', () => {
    const contentDir = join(ROOT, site.contentDir);
    const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(md|yaml)$/.test(entry.name))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));
    expect(files.length).toBeGreaterThan(20);
    const unlisted = files.filter((file) =>
      collections.every((collection) => {
        const match = listedFiles(collection).exec(file);
        const pattern = slugPattern(collection);
        return !match || (pattern !== undefined && !pattern.test(match.groups?.slug ?? ''));
      }),
    );
    expect(unlisted).toEqual([]);
  });
});

describe('dates and times in the CMS', () => {
  test(`a chat starts at a time picked in the zone it is announced in (${site.timeZone}), written with that zone's offset`, () => {
    const start = fieldAt('topics', 'chat.start');
    const zone = fieldAt('topics', 'chat.timeZone');
    expect(start.input_timezone).toBe(site.timeZone);
    expect(start.format).toBeUndefined();
    expect(zone.default).toBe(site.timeZone);
    expect(zone.readonly).toBe(true);
    // What Sveltia writes for 19:00 on the Sydney clock, either side of the October change, passes the contract.
    const chat = { timeZone: site.timeZone, platform: 'Mastodon', hashtag: '#ILNchat' };
    expect(accepts(chatSchema, { ...chat, start: '2026-10-07T19:00:00+11:00' })).toBe(true);
    expect(accepts(chatSchema, { ...chat, start: '2026-09-30T19:00:00+10:00' })).toBe(true);
    expect(accepts(chatSchema, { ...chat, start: '2026-10-07T19:00:00+10:00' })).toBe(false);
  });

  test('old addresses, hashtags and language tags are checked in the form as the contract checks them', () => {
    const redirect = unwrap(def(unwrap(topicSchema.shape.redirectFrom).inner).element!).inner;
    const examples = ['/2013/05/library-spaces/', '/a', '/', '/2013/../x', '/./x', '/Upper/', '/a b', '/a?b', '//x', '/..x/'];
    for (const path of examples) expect(new RegExp(REDIRECT_PATH).test(path), path).toBe(accepts(redirect, path));
    expect(fieldAt('topics', 'redirectFrom').field).toMatchObject({ pattern: [REDIRECT_PATH, expect.any(String)] });

    const hashtag = new RegExp((fieldAt('topics', 'chat.hashtag').pattern as [string])[0]);
    for (const tag of ['#ILNchat', 'ILNchat', '#ILN chat', '#a#b']) expect(hashtag.test(tag), tag).toBe(accepts(shapeOf(chatSchema).hashtag!, tag));

    const license = new RegExp((fieldAt('postcards', 'license').pattern as [string])[0]);
    expect(license.source).toBe(new RegExp(LICENSE_ID).source);
    for (const id of ['CC-BY-4.0', 'CC0-1.0', 'GPL-2.0+', 'LicenseRef-ILN-1', 'CC BY 4.0', 'CC-BY-', '<b>', '-CC', 'CC--BY']) {
      expect(license.test(id), id).toBe(isLicenseId(id));
    }

    const lang = new RegExp((fieldAt('postcards', 'lang').pattern as [string])[0]);
    for (const tag of ['hu', 'pt-BR', 'ar', 'zh-Hant-TW']) expect(lang.test(tag), tag).toBe(true);
  });
});

describe('the CMS as served', () => {
  test('its photo picker offers no stock photos: a postcard shows the participant’s own', () => {
    expect(config.media_libraries).toEqual({ stock_assets: false });
  });

  test('/admin/config.yml is this configuration', async () => {
    const served = load(await GET().text());
    expect(served).toEqual(JSON.parse(JSON.stringify(siteCmsConfig())));
  });

  test('editors sign in with GitHub once the sign-in helper is set up, and with a token until then', () => {
    expect(config.backend).toMatchObject({ auth_methods: ['token'] });
    expect(config.backend).not.toHaveProperty('base_url');
    const withHelper = cmsConfig({ ...site, authUrl: 'https://sveltia-cms-auth.example.workers.dev/' });
    expect(withHelper.backend).toMatchObject({ base_url: 'https://sveltia-cms-auth.example.workers.dev', auth_methods: ['oauth', 'token'] });
    expect(() => cmsConfig({ ...site, authUrl: 'sveltia-cms-auth.example.workers.dev' })).toThrow(/CMS_AUTH_URL/);
  });

  test("drafts become pull requests, in the site's repository", () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: new URL(site.repository).pathname.slice(1) });
    expect(config.output?.omit_empty_optional_fields).toBe(true);
  });

  test('docs/cms.md lists every source the CMS needs in a Content Security Policy', async () => {
    const docs = await readFile(join(ROOT, 'docs/cms.md'), 'utf8');
    const sources = [
      ...CMS_CSP.directives.flatMap((directive) => directive.split(' ').slice(1)),
      ...CMS_CSP.scriptResources,
      ...CMS_CSP.styleResources,
    ];
    for (const source of new Set(sources)) expect(docs, source).toContain(source);
  });
});
