import { spawn } from 'node:child_process';
import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
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

/**
 * Runs Pagefind on `siteDir`, writing the index to `outputPath`; resolves with its exit code
 * and its errors. It runs at the lowest priority, so that beside Astro's image step it takes
 * only what the photos leave idle: at the same priority it slowed them about as much as it
 * gained (docs/benchmark.md). Alone, it runs as fast at any priority.
 */
function runPagefind(siteDir: string, outputPath: string): Promise<PagefindRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PAGEFIND_CLI, '--site', siteDir, '--output-path', outputPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    // This lowers the npm wrapper's main thread; the Pagefind binary it starts, and its threads, inherit the priority.
    if (child.pid) lowerPriority(child.pid);
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, errors }));
  });
}

/** Gives a process the lowest priority where the system lets it: it only decides who waits, so a refusal is no error. */
function lowerPriority(pid: number): void {
  try {
    setPriority(pid, 19);
  } catch {
    // The process has already ended, or the system does not allow it: the index is built the same.
  }
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

/** Pagefind's run over a site and, beside it, the count of its pages marked for search. */
interface Indexing {
  siteDir: string;
  /** When Pagefind started (performance.now()). */
  started: number;
  run: Promise<PagefindRun>;
  markedPages: number;
}

/** Starts Pagefind on `siteDir` and counts the marked pages while it reads them in its own process. */
function startIndexing(siteDir: string): Indexing {
  const started = performance.now();
  const run = runPagefind(siteDir, join(siteDir, SEARCH_BUNDLE_DIR));
  // Awaited by the build's end: a failure is reported there, not as an unhandled rejection.
  run.catch(() => undefined);
  return { siteDir, started, run, markedPages: countMarkedPages(siteDir) };
}

/**
 * Indexes the built site with Pagefind in every `astro build`, so that the README's build
 * command, `npm start` and the test builds all ship a search index. An index with errors,
 * or one that misses pages marked for search, stops the build.
 *
 * Pagefind starts as soon as Astro has written every page, beside Astro's image step, which
 * encodes two photos at a time and leaves part of the second core idle (Pagefind took 3.5 s
 * after the images of the 3,000-entry benchmark, and 0 s beside them, docs/benchmark.md).
 * Astro has no hook between the pages and the images; it asks the prerenderer for the images
 * it collected (`collectStaticImages`) right after the last page is written, so Astro's own
 * prerenderer, otherwise unchanged, is given that method. Nothing after it writes a page
 * that is indexed (redirect pages are rewritten later, and are never marked for search). If
 * Astro stops asking, the index starts in `astro:build:done`.
 */
export function searchIndex(): AstroIntegration {
  let indexing: Indexing | undefined;
  return {
    name: 'interlibnet:search-index',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        // A second build in the same process must not take the first one's index.
        indexing = undefined;
        setPrerenderer((prerenderer, { outputDirectories }) => {
          const collected = prerenderer.collectStaticImages?.bind(prerenderer);
          prerenderer.collectStaticImages = async () => {
            indexing = startIndexing(fileURLToPath(outputDirectories.client));
            return collected ? collected() : new Map();
          };
          return prerenderer;
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const waited = performance.now();
        if (indexing?.siteDir !== siteDir) indexing = startIndexing(siteDir);
        const run = await indexing.run;
        // The entry file counts the pages that went into each language's index.
        const entryFile = join(siteDir, SEARCH_BUNDLE_DIR, 'pagefind-entry.json');
        const entry = JSON.parse(await readFile(entryFile, 'utf8').catch(() => '{"languages":{}}')) as PagefindEntry;
        const languages = Object.entries(entry.languages);
        const indexedPages = languages.reduce((sum, [, language]) => sum + language.page_count, 0);
        const problems = indexProblems({ errors: pagefindErrors(run), indexedPages, markedPages: indexing.markedPages });
        if (problems.length > 0) throw indexError(problems);
        const names = languages.map(([name]) => name).sort();
        const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
        // The second figure is what the index added to the build's end (scripts/bench reads it).
        logger.info(
          `search index: ${indexedPages} pages in ${names.length} languages (${names.join(', ')}) in ${seconds(indexing.started)}s, ${seconds(waited)}s of it after the other steps`,
        );
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
