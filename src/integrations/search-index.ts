import { spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { indexProblems, isMarkedForSearch, type PagefindRun, pagefindErrors } from '../lib/search/search-index.ts';
import { paths } from '../lib/site/urls.ts';

/** The folder Pagefind writes into, where the search page loads it from (paths.searchBundle()). */
export const SEARCH_BUNDLE_DIR = paths.searchBundle().replaceAll('/', '');

/** The part of Pagefind's `pagefind-entry.json` read here. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/**
 * Pagefind's command line (the package's `bin`). Its Node API does the same work through a
 * service mode that was slower: 6.9 s against 6.0 s for the 3,000-entry corpus alone, and
 * 7.9-9.1 s against 7.0-7.3 s inside builds (docs/benchmark.md).
 */
const PAGEFIND_CLI = fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));

/** Runs Pagefind on `siteDir`, writing the index to `outputPath`; resolves with its exit code and its errors. */
function runPagefind(siteDir: string, outputPath: string): Promise<PagefindRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, '--site', siteDir, '--output-path', outputPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, errors }));
  });
}

/**
 * How many built pages are marked for search. Each page is read into one reused buffer, one
 * after the other: it runs while Pagefind indexes the same pages in its own process, and
 * reading them at once into a buffer each cost ten times the CPU (1.3 s against 0.1 s for the
 * 3,930 pages of the 3,000-entry benchmark), taken from Pagefind on a two-core machine.
 */
function countMarkedPages(siteDir: string): number {
  // Files only: the page of an old address such as /archives/p_12.html is a folder of that name.
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
  let buffer = Buffer.allocUnsafe(1 << 20);
  let marked = 0;
  for (const file of files) {
    const fd = openSync(join(file.parentPath, file.name), 'r');
    try {
      const { size } = fstatSync(fd);
      if (size > buffer.length) buffer = Buffer.allocUnsafe(size);
      if (isMarkedForSearch(buffer.subarray(0, readSync(fd, buffer, 0, size, 0)))) marked += 1;
    } finally {
      closeSync(fd);
    }
  }
  return marked;
}

/**
 * Indexes the built site with Pagefind after every `astro build`, so that the
 * README's build command, `npm start` and the test builds all ship a search index. An
 * index with errors, or one that misses pages marked for search, stops the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'interlibnet:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const outputPath = join(siteDir, SEARCH_BUNDLE_DIR);
        // Pagefind reads the pages in its own process while this one counts them.
        const indexing = runPagefind(siteDir, outputPath);
        const markedPages = countMarkedPages(siteDir);
        const run = await indexing;
        // The entry file counts the pages that went into each language's index.
        const entryFile = join(outputPath, 'pagefind-entry.json');
        const entry = JSON.parse(await readFile(entryFile, 'utf8').catch(() => '{"languages":{}}')) as PagefindEntry;
        const languages = Object.entries(entry.languages);
        const indexedPages = languages.reduce((sum, [, language]) => sum + language.page_count, 0);
        const problems = indexProblems({ errors: pagefindErrors(run), indexedPages, markedPages });
        if (problems.length > 0) throw indexError(problems);
        const names = languages.map(([name]) => name).sort();
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`search index: ${indexedPages} pages in ${names.length} languages (${names.join(', ')}) in ${seconds}s`);
      },
    },
  };
}

function indexError(problems: string[]): AstroError {
  return new AstroError(
    `The search index could not be built:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
    'Pages join the index through the `search` prop of BaseLayout; see docs/search.md.',
  );
}
