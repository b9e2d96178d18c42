/**
 * The layers of docs/architecture.md, held: the helpers in src/lib are pure. None of them
 * imports the site's configuration (it is passed in), Astro's virtual modules, the disk or
 * the data layer, so each can be unit-tested and reused by the scripts without a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../support/build.ts';

const LIB = join(ROOT, 'src/lib');
const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .sort();

/** Every module an import or export statement names (static or dynamic), with its line. */
function importsOf(text: string): { line: number; source: string }[] {
  const found: { line: number; source: string }[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/g)) found.push({ line: index + 1, source: match[2]! });
  });
  return found;
}

/** What src/lib may not import: the global config, Astro's modules, the disk, and the layers above it. */
const FORBIDDEN: [RegExp, string][] = [
  [/(^|\/)site\.config(\.ts)?$/, 'the site configuration (take what is needed as a parameter)'],
  [/(^|\/)site-urls(\.ts)?$/, 'the addresses bound to the site configuration (take base and origin as parameters)'],
  [/(^|\/)config\/env(\.ts)?$/, 'the environment'],
  [/^astro:/, 'an Astro virtual module'],
  [/^(node:)?fs(\/promises)?$/, 'the disk'],
  [/(^|\/)data\//, 'the data layer'],
];

test('src/lib holds the helpers, by domain', () => {
  expect(files.length).toBeGreaterThan(20);
});

test('no module in src/lib imports the site configuration, Astro’s virtual modules, the disk or the data layer', () => {
  const problems = files.flatMap((file) =>
    importsOf(readFileSync(join(LIB, file), 'utf8')).flatMap(({ line, source }) =>
      FORBIDDEN.filter(([pattern]) => pattern.test(source)).map(([, what]) => `src/lib/${file}:${line} imports ${source}: ${what}`),
    ),
  );
  expect(problems).toEqual([]);
});

test('the check recognises each kind of import it forbids', () => {
  const sources = importsOf(
    [
      "import { site } from '../../site.config.ts';",
      "import type { SiteConfig } from '../../site.config.ts';",
      "export { href } from '../../site-urls.ts';",
      "import { getCollection } from 'astro:content';",
      "import { readFile } from 'node:fs/promises';",
      "const fs = await import('fs');",
      "import { roundsNewestFirst } from '../../data/entries.ts';",
    ].join('\n'),
  ).map(({ source }) => source);
  expect(sources.every((source) => FORBIDDEN.some(([pattern]) => pattern.test(source)))).toBe(true);
  expect(sources).toHaveLength(7);
});
