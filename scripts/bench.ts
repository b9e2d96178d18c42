/**
 * `npm run bench`: how long the site takes to build, how big its search index is, and how
 * soon a reader sees the first search results, for the sample content and for generated
 * corpora of two sizes. Writes the figures to docs/benchmark.md.
 *
 * The corpus generator is not part of this repository: it lives in `../shared/bench/`
 * beside the repository on every machine of ours (`node ../shared/bench/gen-corpus.mjs`).
 * Elsewhere, point BENCH_GENERATOR at a copy.
 *
 *   npm run bench                       # all three: 3 cold builds and 5 browser runs each
 *   npm run bench -- --only sample --builds 1 --runs 3
 *
 * Builds are cold (each gets an empty cache of its own), so every photo is processed; one
 * more build then keeps the cache, as CI and a laptop do, to show what reuse saves. The
 * large corpus is also built with AVIF beside WebP, to show what AVIF would cost.
 * Nothing here is a test: the figures depend on the machine, and `npm test` never runs it.
 */
import { stripVTControlCharacters } from 'node:util';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { ROOT, TEST_NOW } from '../tests/support/build.ts';

const GENERATOR = resolve(ROOT, process.env.BENCH_GENERATOR ?? '../shared/bench/gen-corpus.mjs');
const WORK = join(tmpdir(), 'interlibnet-bench');
const PORT = Number(process.env.ILN_BENCH_PORT ?? 4890);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

interface Scenario {
  key: string;
  title: string;
  /** Sample content folder, or the generator's options for a corpus. */
  content: { dir: string } | { corpus: string[] };
  /** What the reader searches for in the browser. */
  word: string;
  /** Settings for its builds, such as the photo formats. */
  env?: Record<string, string>;
}

const SCENARIOS: Scenario[] = [
  { key: 'sample', title: 'Sample content (`content/`)', content: { dir: join(ROOT, 'content') }, word: 'library' },
  { key: 'corpus', title: 'Corpus, default size', content: { corpus: [] }, word: 'library' },
  { key: 'large', title: 'Corpus, `--topics 400 --postcards 200`', content: { corpus: ['--topics', '400', '--postcards', '200'] }, word: 'library' },
  {
    key: 'large-avif',
    title: 'Corpus, `--topics 400 --postcards 200`, photos in AVIF and WebP',
    content: { corpus: ['--topics', '400', '--postcards', '200'] },
    word: 'library',
    env: { ILN_PHOTO_FORMATS: 'avif,webp' },
  },
];

interface Result {
  scenario: Scenario;
  files: { entries: number; photos: number; photoBytes: number };
  build: { seconds: number; pages: number; images: number; imageSeconds: number; indexSeconds: number; languages: number };
  /** A build right after, with the cache of processed photos kept. */
  rebuild: Result['build'];
  /** Bytes of every processed photo in the output. */
  photoOutputBytes: number;
  index: { bytes: number; files: number; dataBytes: number; dataFiles: number };
  firstSearch: { medianMs: number; runsMs: number[]; results: string };
}

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, builds: { type: 'string', default: '3' }, only: { type: 'string' } },
});
/** Browser runs per site, and cold builds per site: the medians are reported. */
const RUNS = Number(options.runs);
const BUILDS = Number(options.builds);
/** Other work on the machine skews every figure: the load is reported with them. */
const loadAtStart = loadavg()[0]!;

/** Runs a command to its end; rejects with its output when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done, fail) =>
    child.on('close', (code) =>
      code === 0 ? done(stripVTControlCharacters(output)) : fail(new Error(`${command} ${args.join(' ')} failed:\n${output}`)),
    ),
  );
}

async function walk(dir: string): Promise<{ path: string; bytes: number }[]> {
  const names = await readdir(dir, { recursive: true });
  const files = await Promise.all(names.map(async (name) => ({ path: name, info: await stat(join(dir, name)) })));
  return files.filter(({ info }) => info.isFile()).map(({ path, info }) => ({ path, bytes: info.size }));
}

const sum = (files: { bytes: number }[]) => files.reduce((total, file) => total + file.bytes, 0);
const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function contentOf(scenario: Scenario, dir: string): Promise<string> {
  if ('dir' in scenario.content) return scenario.content.dir;
  if (!existsSync(GENERATOR))
    throw new Error(`${GENERATOR} not found: the corpus generator lives in ../shared/bench/ beside the repository (or set BENCH_GENERATOR)`);
  const contentDir = join(dir, 'content');
  console.log(await run(process.execPath, [GENERATOR, contentDir, ...scenario.content.corpus]));
  return contentDir;
}

async function buildSite(contentDir: string, outDir: string, cacheDir: string, { env = {}, keepCache = false } = {}): Promise<Result['build']> {
  if (!keepCache) await rm(cacheDir, { recursive: true, force: true });
  const started = performance.now();
  const output = await run(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    ASTRO_TELEMETRY_DISABLED: '1',
    ILN_CONTENT_DIR: contentDir,
    ILN_CACHE_DIR: cacheDir,
    ILN_NOW: TEST_NOW,
    ...env,
  });
  const seconds = (performance.now() - started) / 1000;
  await writeFile(join(outDir, '..', 'build.log'), output);
  const images = [...output.matchAll(/\((\d+)\/(\d+)\)\s*$/gm)].at(-1);
  const imageBlock = output.slice(output.indexOf('generating optimized images'));
  // Astro writes `812ms`, `4.21s` or `1m 23s`.
  const imageTime = imageBlock.match(/Completed in (?:(\d+)m )?([\d.]+)(ms|s)\b/);
  const imageSeconds = imageTime ? Number(imageTime[1] ?? 0) * 60 + Number(imageTime[2]) / (imageTime[3] === 'ms' ? 1000 : 1) : Number.NaN;
  const index = output.match(/search index: (\d+) pages in (\d+) languages .* in ([\d.]+)s/);
  if (!index) throw new Error(`the build did not report its search index:\n${output}`);
  return {
    seconds,
    pages: Number(index[1]),
    languages: Number(index[2]),
    indexSeconds: Number(index[3]),
    images: Number(images?.[2] ?? 0),
    imageSeconds,
  };
}

async function measureIndex(outDir: string): Promise<Result['index']> {
  const files = await walk(join(outDir, 'pagefind'));
  // The index proper, without Pagefind's scripts, styles and WebAssembly.
  const data = files.filter((file) => /^(fragment|index|filter)\/|\.pf_meta$|pagefind-entry\.json$/.test(file.path));
  return { bytes: sum(files), files: files.length, dataBytes: sum(data), dataFiles: data.length };
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 300; tries += 1) {
    if (server.exitCode !== null) throw new Error('astro preview stopped');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Time from navigation to the first result on screen, in a fresh browser context each run. */
async function measureFirstSearch(outDir: string, word: string): Promise<Result['firstSearch']> {
  const server = spawn(process.execPath, [ASTRO, 'preview', '--outDir', outDir, '--port', String(PORT), '--ignore-lock'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_PREVIEW_BACKGROUND: '0' },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-background-networking', '--disable-component-update'] });
  try {
    const url = `http://localhost:${PORT}/search/?q=${encodeURIComponent(word)}`;
    await waitForServer(url, server);
    const runsMs: number[] = [];
    let results = '';
    for (let runIndex = 0; runIndex < RUNS; runIndex += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await page.locator('.pf-result-link').first().waitFor({ timeout: 60_000 });
      runsMs.push(await page.evaluate(() => performance.now()));
      results = (await page.locator('pagefind-summary').textContent()) ?? '';
      await context.close();
    }
    return { medianMs: median(runsMs), runsMs, results };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

async function benchmark(scenario: Scenario): Promise<Result> {
  const dir = join(WORK, scenario.key);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const contentDir = await contentOf(scenario, dir);
  const contentFiles = await walk(contentDir);
  const photos = contentFiles.filter((file) => /\.(jpe?g|png|webp)$/i.test(file.path));
  const outDir = join(dir, 'dist');
  console.log(`${scenario.key}: building ${relative(ROOT, contentDir) || contentDir}`);
  const builds: Result['build'][] = [];
  for (let count = 0; count < BUILDS; count += 1) {
    builds.push(await buildSite(contentDir, outDir, join(dir, 'cache'), { env: scenario.env }));
    console.log(`${scenario.key}: built in ${builds.at(-1)!.seconds.toFixed(1)}s`);
  }
  // The build whose wall clock is the median stands for all of them.
  const build = [...builds].sort((a, b) => a.seconds - b.seconds)[Math.floor(builds.length / 2)]!;
  const rebuild = await buildSite(contentDir, outDir, join(dir, 'cache'), { env: scenario.env, keepCache: true });
  console.log(`${scenario.key}: rebuilt with the cache kept in ${rebuild.seconds.toFixed(1)}s`);
  const photoOutput = (await walk(join(outDir, '_astro'))).filter((file) => /\.(avif|webp|jpe?g|png)$/i.test(file.path));
  console.log(`${scenario.key}: measuring the first search`);
  return {
    scenario,
    files: { entries: contentFiles.filter((file) => /\.(md|mdx|yaml)$/.test(file.path)).length, photos: photos.length, photoBytes: sum(photos) },
    build,
    rebuild,
    photoOutputBytes: sum(photoOutput),
    index: await measureIndex(outDir),
    firstSearch: await measureFirstSearch(outDir, scenario.word),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function summaryTable(results: Result[]): string {
  return [
    '| content | pages indexed | build | of which photos | of which search index | rebuild, cache kept | processed photos | index (data / whole bundle) | first results |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      ({ scenario, build, rebuild, photoOutputBytes, index, firstSearch }) =>
        `| ${scenario.title} | ${build.pages} | ${build.seconds.toFixed(1)} s | ${build.imageSeconds.toFixed(1)} s | ${build.indexSeconds.toFixed(2)} s | ${rebuild.seconds.toFixed(1)} s | ${mb(photoOutputBytes)} | ${kb(index.dataBytes)} in ${index.dataFiles} files / ${kb(index.bytes)} in ${index.files} files | ${Math.round(firstSearch.medianMs)} ms |`,
    ),
  ].join('\n');
}

async function report(results: Result[], browserVersion: string): Promise<string> {
  const version = async (name: string) => JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  const cpu = cpus();
  const details = results.map(
    ({ scenario, files, build, rebuild, photoOutputBytes, index, firstSearch }) => `### ${scenario.title}

- Content: ${files.entries} files, ${files.photos} photos (${mb(files.photoBytes)}).
- Build: ${build.seconds.toFixed(1)} s wall clock for ${build.pages} indexed pages in ${build.languages} languages; ${build.images} processed images took ${build.imageSeconds.toFixed(1)} s of it, the search index ${build.indexSeconds.toFixed(2)} s.
- Rebuild with the cache kept: ${rebuild.seconds.toFixed(1)} s, of which photos ${rebuild.imageSeconds.toFixed(1)} s; processed photos in the output: ${mb(photoOutputBytes)}.
- Search index: ${kb(index.dataBytes)} of index data in ${index.dataFiles} files; ${kb(index.bytes)} in ${index.files} files with Pagefind's scripts, styles and WebAssembly.
- First results for “${scenario.word}” (${firstSearch.results}): median ${Math.round(firstSearch.medianMs)} ms; runs ${firstSearch.runsMs.map((ms) => Math.round(ms)).join(', ')} ms.`,
  );
  return `# Benchmark

Measured by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}. The figures depend on the
machine; they are here to compare changes on the same machine, not as promises.

## Summary

${summaryTable(results)}

- **build**: wall clock of a cold \`astro build\` (empty cache), including image processing and the Pagefind index;
  the median of ${BUILDS} builds, with the photo and index times of that same build.
- **of which photos**: Astro's image step (resizing and encoding every photo to WebP and JPEG, and AVIF where
  the row says so). The corpus photos are PNGs, and each postcard yields several sizes and formats (gallery card,
  page, search thumbnail, feed and sharing copies), so this step dominates the build.
- **rebuild, cache kept**: one more build right after, keeping Astro's cache of processed photos
  (\`node_modules/.astro/assets\` in a normal checkout), as a laptop or CI with its cache restored would.
- **processed photos**: the bytes of every processed photo in the output.
- **of which search index**: the \`astro:build:done\` hook that runs Pagefind's Node API over the built site.
- **index**: the index data (fragments, word and filter chunks, metadata) / everything Pagefind writes to \`pagefind/\`.
- **first results**: time from navigation to the first result on screen at \`/search/?q=…\`, served by
  \`astro preview\` on the same machine, in headless Chromium with an empty cache each run (median of ${RUNS} runs).

## Details

${details.join('\n\n')}

## Machine

- ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Linux ${release()}
- Load average (1 min) ${loadAtStart.toFixed(1)} when the run started and ${loadavg()[0]!.toFixed(1)} when it ended: the machine is shared, so
  other work competes for the cores and the figures vary from run to run.
- Node ${process.versions.node}, Astro ${await version('astro')}, Pagefind ${await version('pagefind')}, sharp ${await version('sharp')}, Chromium ${browserVersion}

## How to reproduce

\`\`\`sh
npm install
npm run bench                            # sample content, default corpus, large corpus
npm run bench -- --only large --builds 1 # one of: sample, corpus, large, large-avif; --runs N browser runs
\`\`\`

The corpus comes from \`node ../shared/bench/gen-corpus.mjs OUTDIR [--topics N] [--postcards N]\`: the generator lives
in \`../shared/bench/\` beside the repository on our machines and is not copied into it (set \`BENCH_GENERATOR\` to a
copy elsewhere). Builds go to \`$TMPDIR/interlibnet-bench/\` with a cache of their own, the clock
pinned to ${TEST_NOW} like the tests; the browser is Debian's Chromium at /usr/bin/chromium or \`CHROMIUM_PATH\`.
`;
}

const chosen = SCENARIOS.filter((scenario) => !options.only || options.only.split(',').includes(scenario.key));
if (chosen.length === 0) throw new Error(`--only: expected one or more of ${SCENARIOS.map((s) => s.key).join(', ')}`);
const results: Result[] = [];
for (const scenario of chosen) results.push(await benchmark(scenario));
const browser = await chromium.launch({ executablePath: CHROMIUM });
const browserVersion = browser.version();
await browser.close();
const markdown = await report(results, browserVersion);
await writeFile(join(ROOT, 'docs', 'benchmark.md'), markdown);
console.log(`\n${summaryTable(results)}\n\nwrote docs/benchmark.md`);
