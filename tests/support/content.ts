/**
 * The entries of a content folder as a reader should find them, worked out from the files
 * themselves, independently of the site's code: which are published at TEST_NOW, at what
 * address, and in which language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { ROOT, TEST_NOW } from './build.ts';

export interface ContentEntry {
  /** Project-relative path of the file. */
  file: string;
  collection: 'rounds' | 'topics' | 'postcards' | 'news';
  /** Site path of its page, without the base. */
  path: string;
  published: boolean;
  /** Language of the body, as written (`hu`), or `en`. */
  lang: string;
  data: Record<string, unknown>;
}

function dataOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const yaml = file.endsWith('.yaml') ? text : (text.split(/^---$/m)[1] ?? '');
  return load(yaml, { schema: CORE_SCHEMA }) as Record<string, unknown>;
}

/**
 * Every entry in `contentDir` (default: the sample content) that has a page of its own,
 * published or not. People have none (they are all on /volunteers/): see `contentPeople`.
 */
export function contentEntries(contentDir = join(ROOT, 'content'), now = new Date(TEST_NOW)): ContentEntry[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(md|mdx|yaml)$/.test(file) && !file.startsWith('people/'))
    .sort()
    .map((file) => {
      const data = dataOf(join(contentDir, file));
      const [collection, ...rest] = file.split('/') as [ContentEntry['collection'], ...string[]];
      const stem = rest
        .join('/')
        .replace(/\.(md|mdx|yaml)$/, '')
        .replace(/\/index$/, '');
      const published = data.draft !== true && (!data.publishDate || new Date(String(data.publishDate)) <= now);
      return {
        file: relative(ROOT, join(contentDir, file)),
        collection,
        path: `/${collection}/${stem}/`,
        published,
        lang: typeof data.lang === 'string' ? data.lang : 'en',
        data,
      };
    });
}

/** A person of `contentDir` (default: the sample content), as written in their file. */
export interface ContentPerson {
  file: string;
  data: {
    name: string;
    role: string;
    countries: string[];
    email?: string;
    links?: { label: string; url: string }[];
    photo?: string;
    photoAlt?: string;
  };
}

/** Everyone in `content/people/`, read from the files. */
export function contentPeople(contentDir = join(ROOT, 'content')): ContentPerson[] {
  return readdirSync(join(contentDir, 'people'), { encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({
      file: relative(ROOT, join(contentDir, 'people', file)),
      data: dataOf(join(contentDir, 'people', file)) as ContentPerson['data'],
    }));
}
