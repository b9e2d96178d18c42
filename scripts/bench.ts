/**
 * `npm run bench`: what a build costs and what it writes, for the sample content, the
 * 3,000-entry corpus of issue 13 (beside Astro's blog example on the same content) and a
 * corpus twenty times a real round history. Writes the figures to docs/benchmark.md.
 *
 *   npm run bench                                  # every scenario: one clean build each, three beside the blog example
 *   npm run bench -- --only sample --builds 3      # the median of three clean builds
 *   BENCH_BLOG_EXAMPLE=~/astro/examples/blog npm run bench -- --only side-by-side
 *
 * For each scenario: a clean build (empty cache), a rebuild with the cache kept, and a
 * rebuild after one topic changed, each split into phases; peak memory; what was written;
 * and the HTML, CSS and JavaScript of a first visit to each kind of page.
 *
 * The corpus generator is not part of this repository: it lives in `../shared/bench/`
 * beside it on our machines (BENCH_GENERATOR points at a copy elsewhere). Generated
 * corpora are kept between runs in `$TMPDIR/interlibnet-bench/`. Nothing is fetched.
 * Nothing here is a test: the figures depend on the machine, and `npm test` never runs it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { ROOT, TEST_NOW } from '../tests/support/build.ts';
import { buildBlogExample, EXAMPLE_DIR, type PeerResult } from './bench/blog-example.ts';
import { type Build, type Phases, timedBuild } from './bench/build.ts';
import { type PageKind, pageKinds, walk, written, type Written } from './bench/output.ts';
import { deleteSetAside, setAside } from './bench/set-aside.ts';

const GENERATOR = resolve(ROOT, process.env.BENCH_GENERATOR ?? '../shared/bench/gen-corpus.mjs');
const WORK = join(tmpdir(), 'interlibnet-bench');
const PORT = Number(process.env.ILN_BENCH_PORT ?? 4890);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const FEEDS = ['rss.xml', 'topics/rss.xml', 'news/rss.xml', 'postcards/rss.xml', 'calendar.ics'];

interface Scenario {
  key: string;
  title: string;
  /** Sample content folder, or the generator's options for a corpus. */
  content: { dir: string } | { corpus: string[]; jpegPhotos?: boolean };
  /** Build Astro's blog example on the same content (needs BENCH_BLOG_EXAMPLE). */
  peer?: boolean;
  /** Measure the first search in a browser for this word. */
  search?: string;
  /** Clean builds to take the median of, unless `--builds` says otherwise. */
  builds?: number;
}

const SCENARIOS: Scenario[] = [
  { key: 'sample', title: 'Sample content (`content/`)', content: { dir: join(ROOT, 'content') }, search: 'library' },
  {
    key: 'side-by-side',
    title: '3,000 entries (`--topics 2400 --news 300 --postcards 300`)',
    content: { corpus: ['--topics', '2400', '--news', '300', '--postcards', '300'] },
    peer: true,
    search: 'library',
    // Alternated with the blog example's: on a shared machine one pair can be seconds apart.
    builds: 3,
  },
  {
    key: 'x20',
    title: '20x (`--topics 400 --per-round 10 --news 1100 --postcards 3500 --noise-bits 4`, photos as JPEG)',
    content: { corpus: ['--topics', '400', '--per-round', '10', '--news', '1100', '--postcards', '3500', '--noise-bits', '4'], jpegPhotos: true },
  },
];

interface Result {
  scenario: Scenario;
  files: { entries: number; photos: number; photoBytes: number };
  clean: Build;
  /** Every clean build, for the spread. */
  cleanSeconds: number[];
  warm: Build;
  oneTopic: Build;
  /** The cache-kept rebuild again with V8's heap capped at CAPPED_HEAP_MB. */
  capped: Build;
  written: Written;
  kinds: PageKind[];
  peer?: PeerResult & { written: Written; kinds: PageKind[]; cleanSeconds: number[] };
  firstSearch?: { medianMs: number; runsMs: number[]; results: string };
}

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, builds: { type: 'string' }, only: { type: 'string' } },
});
const RUNS = Number(options.runs);
/** Clean builds of each scenario, when `--builds` is given; otherwise the scenario's own count, or one. */
const BUILDS = options.builds === undefined ? undefined : Number(options.builds);
const buildsOf = (scenario: Scenario) => BUILDS ?? scenario.builds ?? 1;
const loadAtStart = loadavg()[0]!;

function run(command: string, args: string[]): Promise<string> {
  const child = spawn(command, args, { cwd: ROOT });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done, fail) =>
    child.on('close', (code) => (code === 0 ? done(stripVTControlCharacters(output)) : fail(new Error(`${command} failed:\n${output}`)))),
  );
}

/** Contributors send resized phone photos: JPEGs of 50-150 KB, not the generator's PNGs. */
async function photosToJpeg(contentDir: string, workDir: string): Promise<void> {
  const folders = await readdir(join(contentDir, 'postcards'));
  for (let start = 0; start < folders.length; start += 8) {
    await Promise.all(
      folders.slice(start, start + 8).map(async (folder) => {
        const dir = join(contentDir, 'postcards', folder);
        const entry = join(dir, 'index.md');
        const text = await readFile(entry, 'utf8');
        const photo = text.match(/^image: "?\.\/([^"\n]+\.png)"?$/m)?.[1];
        if (!photo) return;
        await sharp(join(dir, photo))
          .jpeg({ quality: 82 })
          .toFile(join(dir, photo.replace(/\.png$/, '.jpg')));
        await setAside(join(dir, photo), workDir);
        await writeFile(entry, text.replace(`./${photo}`, `./${photo.replace(/\.png$/, '.jpg')}`));
      }),
    );
  }
}

/** Generates a corpus once and keeps it for later runs with the same options. */
async function contentOf(scenario: Scenario, dir: string): Promise<string> {
  if ('dir' in scenario.content) return scenario.content.dir;
  if (!existsSync(GENERATOR))
    throw new Error(`${GENERATOR} not found: the corpus generator lives in ../shared/bench/ beside the repository (or set BENCH_GENERATOR)`);
  const contentDir = join(dir, 'content');
  const stamp = join(dir, 'corpus-options.json');
  const wanted = JSON.stringify(scenario.content);
  if (existsSync(stamp) && (await readFile(stamp, 'utf8')) === wanted) return contentDir;
  await setAside(contentDir);
  console.log(await run(process.execPath, [GENERATOR, contentDir, ...scenario.content.corpus]));
  if (scenario.content.jpegPhotos) await photosToJpeg(contentDir, dir);
  await writeFile(stamp, wanted);
  return contentDir;
}

/**
 * V8's heap limit, in MB, for one more rebuild: V8 sizes its heap by the machine's memory and
 * collects lazily on a large one, so this shows what the build needs where memory is short.
 */
const CAPPED_HEAP_MB = 1024;

function buildSite(contentDir: string, outDir: string, cacheDir: string, env: NodeJS.ProcessEnv = {}): Promise<Build> {
  return timedBuild({
    command: process.execPath,
    args: [ASTRO, 'build', '--outDir', outDir],
    cwd: ROOT,
    env: { ILN_CONTENT_DIR: contentDir, ILN_CACHE_DIR: cacheDir, ILN_NOW: TEST_NOW, ...env },
  });
}

/** The newest topic file: what an editor is most likely to be fixing. */
async function aTopic(contentDir: string): Promise<string> {
  const files = (await readdir(join(contentDir, 'topics'), { recursive: true })).filter((name) => name.endsWith('.md'));
  return join(contentDir, 'topics', files.sort().at(-1)!);
}

async function waitForServer(url: string): Promise<void> {
  for (let tries = 0; tries < 300; tries += 1) {
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
async function measureFirstSearch(outDir: string, word: string): Promise<NonNullable<Result['firstSearch']>> {
  const server = spawn(process.execPath, [ASTRO, 'preview', '--outDir', outDir, '--port', String(PORT), '--ignore-lock'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_PREVIEW_BACKGROUND: '0' },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-background-networking', '--disable-component-update'] });
  try {
    const url = `http://localhost:${PORT}/search/?q=${encodeURIComponent(word)}`;
    await waitForServer(url);
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
    const sorted = [...runsMs].sort((a, b) => a - b);
    return { medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs, results };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

async function benchmark(scenario: Scenario): Promise<Result> {
  const dir = join(WORK, scenario.key);
  await mkdir(dir, { recursive: true });
  const contentDir = await contentOf(scenario, dir);
  const contentFiles = await walk(contentDir);
  const photos = contentFiles.filter((file) => /\.(jpe?g|png|webp)$/i.test(file.path));
  const outDir = join(dir, 'dist');
  const cacheDir = join(dir, 'cache');
  const log = (line: string) => console.log(`${scenario.key}: ${line}`);

  const cleans: Build[] = [];
  const peers: PeerResult[] = [];
  // Alternated, so that whatever else the machine does weighs on both alike.
  for (let count = 0; count < buildsOf(scenario); count += 1) {
    // As a fresh clone builds, and as the blog example does: no cache, and no site from the last
    // run for Astro to empty first (about 2 s for the 12,000 files of the 3,000 entries). Set
    // aside, not deleted: files deleted just before cost the next build's new files (set-aside.ts).
    await setAside(cacheDir);
    await setAside(outDir);
    cleans.push(await buildSite(contentDir, outDir, cacheDir));
    log(`clean build ${cleans.at(-1)!.seconds.toFixed(1)} s`);
    if (scenario.peer && EXAMPLE_DIR) {
      peers.push(await buildBlogExample(contentDir, dir, ROOT));
      log(`blog example ${peers.at(-1)!.build.seconds.toFixed(1)} s with Pagefind`);
    }
  }
  const byTime = (a: { seconds: number }, b: { seconds: number }) => a.seconds - b.seconds;
  const clean = [...cleans].sort(byTime)[Math.floor(cleans.length / 2)]!;
  await writeFile(join(dir, 'clean-build.log'), clean.output);
  const files = await walk(outDir);
  const result: Omit<Result, 'warm' | 'oneTopic' | 'capped'> = {
    scenario,
    files: {
      entries: contentFiles.filter((file) => /\.(md|mdx|yaml)$/.test(file.path)).length,
      photos: photos.length,
      photoBytes: photos.reduce((t, f) => t + f.bytes, 0),
    },
    clean,
    cleanSeconds: cleans.map((build) => build.seconds),
    written: written(files, FEEDS),
    kinds: await pageKinds(outDir, files),
  };
  if (peers.length > 0) {
    const peer = [...peers].sort((a, b) => byTime(a.build, b.build))[Math.floor(peers.length / 2)]!;
    const peerFiles = await walk(peer.dist);
    result.peer = {
      ...peer,
      written: written(peerFiles, ['rss.xml']),
      kinds: await pageKinds(peer.dist, peerFiles),
      cleanSeconds: peers.map((p) => p.build.seconds),
    };
  }

  const warm = await buildSite(contentDir, outDir, cacheDir);
  log(`rebuild with the cache kept ${warm.seconds.toFixed(1)} s`);
  const topic = await aTopic(contentDir);
  const original = await readFile(topic, 'utf8');
  await appendFile(topic, '\n\nOne more paragraph, as an editor fixing a topic would add.\n');
  const oneTopic = await buildSite(contentDir, outDir, cacheDir).finally(() => writeFile(topic, original));
  log(`rebuild after one topic changed ${oneTopic.seconds.toFixed(1)} s`);
  const capped = await buildSite(contentDir, outDir, cacheDir, { NODE_OPTIONS: `--max-old-space-size=${CAPPED_HEAP_MB}` });
  log(`rebuild with the heap capped at ${CAPPED_HEAP_MB} MB ${capped.seconds.toFixed(1)} s`);
  const firstSearch = scenario.search ? await measureFirstSearch(outDir, scenario.search) : undefined;
  return { ...result, warm, oneTopic, capped, firstSearch };
}

// ---- report -------------------------------------------------------------------------------------

const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gb = (bytes: number) => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1024 ** 3).toFixed(2)} GB`);
const msPerPage = (build: Build, pages: number) => `${((build.phases.rendering * 1000) / pages).toFixed(1)} ms`;
const perPhoto = (build: Build, photos: number) => (photos ? `${((build.phases.images * 1000) / photos).toFixed(0)} ms` : '–');
const filesPerPhoto = (written: Written, photos: number) => (photos ? (written.photoFiles / photos).toFixed(1) : '–');

function summaryTable(results: Result[]): string {
  return [
    '| content | pages | clean build | rebuild, cache kept | one topic changed | peak memory | rendering per page | image files per photo | image time per photo |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.scenario.title} | ${r.written.pages} | ${s(r.clean.seconds)} | ${s(r.warm.seconds)} | ${s(r.oneTopic.seconds)} | ${gb(r.clean.peakBytes)} | ${msPerPage(r.clean, r.written.pages)} | ${filesPerPhoto(r.written, r.files.photos)} | ${perPhoto(r.clean, r.files.photos)} |`,
    ),
  ].join('\n');
}

const PHASES: [keyof Phases, string][] = [
  ['content', 'content check and load'],
  ['bundle', 'bundling'],
  ['rendering', 'rendering'],
  ['cards', 'share cards'],
  ['images', 'images'],
  ['index', 'search index'],
  ['other', 'other'],
];

function phaseTable(rows: [string, Build][]): string {
  return [
    `| build | total | ${PHASES.map(([, label]) => label).join(' | ')} | peak memory |`,
    `|---|---|${PHASES.map(() => '---').join('|')}|---|`,
    ...rows.map(
      ([label, build]) => `| ${label} | ${s(build.seconds)} | ${PHASES.map(([key]) => s(build.phases[key])).join(' | ')} | ${gb(build.peakBytes)} |`,
    ),
  ].join('\n');
}

function kindTable(kinds: PageKind[]): string {
  return [
    '| page | pages | median first visit | largest first visit | largest page (HTML alone) |',
    '|---|---|---|---|---|',
    ...kinds.map(
      (k) =>
        `| ${k.kind} | ${k.pages} | ${kb(k.median)} | ${kb(k.largest)} | \`/${k.largestPath.replace(/index\.html$/, '')}\` (${kb(k.largestHtml)}) |`,
    ),
  ].join('\n');
}

function sideBySide(r: Result): string {
  const peer = r.peer!;
  const pages = r.written.pages;
  const peerPages = peer.written.pages;
  const ourLists = r.kinds.find((k) => k.kind === 'topic lists');
  const peerList = peer.kinds.find((k) => k.kind === 'other pages' && k.largestPath.startsWith('blog/'));
  const rows: [string, string, string][] = [
    [
      'clean build, search index included',
      s(r.clean.seconds),
      `${s(peer.build.seconds)} (${s(peer.build.seconds - peer.pagefindSeconds)} build + ${s(peer.pagefindSeconds)} Pagefind)`,
    ],
    ['HTML pages', String(pages), String(peerPages)],
    ['per HTML page', `${((r.clean.seconds * 1000) / pages).toFixed(1)} ms`, `${((peer.build.seconds * 1000) / peerPages).toFixed(1)} ms`],
    ['peak memory', gb(r.clean.peakBytes), gb(peer.build.peakBytes)],
    [
      'CPU time, user and system',
      `${s(r.clean.cpuSeconds)}, of which share cards ${s(r.clean.cardCpuSeconds)}`,
      `${s(peer.build.cpuSeconds)} (Pagefind included)`,
    ],
    [
      'image step',
      `${s(r.clean.phases.images)}, ${filesPerPhoto(r.written, r.files.photos)} files per photo`,
      `${s(peer.build.phases.images)}, ${filesPerPhoto(peer.written, r.files.photos)} files per photo`,
    ],
    ['image time per photo', perPhoto(r.clean, r.files.photos), perPhoto(peer.build, r.files.photos)],
    ['rendering', s(r.clean.phases.rendering), s(peer.build.phases.rendering)],
    ['search index, after the other steps', s(r.clean.phases.index), s(peer.pagefindSeconds)],
    ['`/rss.xml`', kb(r.written.feeds['rss.xml'] ?? 0), kb(peer.written.feeds['rss.xml'] ?? 0)],
    [
      'largest list page (HTML)',
      ourLists ? `\`/${ourLists.largestPath.replace(/index\.html$/, '')}\` ${kb(ourLists.largestHtml)}` : '–',
      peerList ? `\`/blog/\` ${kb(peerList.largestHtml)}` : '–',
    ],
  ];
  return ['| | this project | blog example |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function details(r: Result): string {
  const feeds = Object.entries(r.written.feeds)
    .map(([feed, bytes]) => `\`/${feed}\` ${kb(bytes)}`)
    .join(', ');
  return `#### ${r.scenario.title}

- Content: ${r.files.entries} files, ${r.files.photos} photos (${mb(r.files.photoBytes)}, ${r.files.photos ? kb(r.files.photoBytes / r.files.photos) : '–'} each on average).
- Written: ${r.written.pages} HTML pages, ${r.written.files} files, ${mb(r.written.bytes)}; ${r.written.photoFiles} processed photos (${mb(r.written.photoBytes)}); ${r.clean.imagesEncoded} images encoded in the clean build.
- Clean builds: ${r.cleanSeconds.map(s).join(', ')}.
- Feeds: ${feeds}.${r.firstSearch ? `\n- First search results for “${r.scenario.search}” (${r.firstSearch.results}): median ${Math.round(r.firstSearch.medianMs)} ms; runs ${r.firstSearch.runsMs.map((ms) => Math.round(ms)).join(', ')} ms.` : ''}

${phaseTable([
  ['clean', r.clean],
  ['cache kept', r.warm],
  ['one topic changed', r.oneTopic],
  [`cache kept, heap capped at ${CAPPED_HEAP_MB / 1024} GB`, r.capped],
  ...(r.peer ? ([['blog example, clean', r.peer.build]] as [string, Build][]) : []),
])}

${kindTable(r.kinds)}${r.peer ? `\n\n##### Beside Astro's blog example\n\n${r.peer.posts} posts converted from the same files (clean builds: ${r.peer.cleanSeconds.map(s).join(', ')}).\n\n${sideBySide(r)}` : ''}`;
}

async function report(results: Result[], browserVersion: string): Promise<string> {
  const version = async (name: string) => JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  const cpu = cpus();
  return `## Figures

Measured by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}. The figures depend on the
machine; they are here to compare changes on the same machine, not as promises.

### Summary

${summaryTable(results)}

- **clean build**: wall clock of \`astro build\` with an empty cache and no site left from before, as in a fresh clone, search index included (the median of the clean builds listed under each corpus).
- **rebuild, cache kept**: the same build again, keeping Astro's caches (processed photos, content layer), as a
  laptop or CI with its cache restored does, and the site it wrote, which Astro empties first as on a laptop; **one topic changed**: the same after an editor changed one topic.
- **peak memory**: the largest resident set of the build's processes (GNU time; a GB here is 1024³ bytes), every build run with
  \`MALLOC_ARENA_MAX=2\` as the deploy workflow runs it (two glibc malloc arenas). V8 sizes its heap by the
  machine's memory (${(totalmem() / 1024 ** 3).toFixed(1)} GiB here) and collects lazily below that size, so each scenario's
  details also give the cache-kept rebuild with the heap capped at ${CAPPED_HEAP_MB / 1024} GB
  (\`NODE_OPTIONS=--max-old-space-size=${CAPPED_HEAP_MB}\`), as on a machine with little memory.
- **rendering per page**: Astro's "generating static routes" step divided by the HTML pages written (feeds and
  calendars are rendered in the same step, four pages at a time). The share cards are drawn by a worker thread
  beside the steps of the build, and kept between builds like the photos; the **share cards** column of the phase
  tables is what they add at the build's end: waiting for that worker, then linking the cards into the site.
  Pagefind starts as soon as the pages are written, beside the image step, so the **search index** column is what
  it adds after the other steps (for the blog example, its own run after the build).
- **image files per photo**, **image time per photo**: processed photos written, and Astro's image step, per postcard photo.

### Details

${results.map(details).join('\n\n')}

### Machine

- ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Linux ${release()}
- Load average (1 min) ${loadAtStart.toFixed(1)} when the run started and ${loadavg()[0]!.toFixed(1)} when it ended: the machine is shared, so
  other work competes for the cores and the figures vary from run to run.
- Node ${process.versions.node}, Astro ${await version('astro')}, Pagefind ${await version('pagefind')}, sharp ${await version('sharp')}, Chromium ${browserVersion}

### How to reproduce

\`\`\`sh
npm install
npm run bench                                   # sample and x20: one clean build each; side-by-side: three, alternated with the blog example
npm run bench -- --only side-by-side --builds 5 # the median of five
\`\`\`

The corpora come from \`node ../shared/bench/gen-corpus.mjs OUTDIR …\` with the options in each title: the generator
lives in \`../shared/bench/\` beside the repository on our machines and is not copied into it (set \`BENCH_GENERATOR\`
to a copy elsewhere). The 20x corpus's PNGs are re-encoded as JPEG at quality 82 (about 80 KB each), as
contributors' resized phone photos are. Builds go to \`$TMPDIR/interlibnet-bench/\` with caches of their own, the clock
pinned to ${TEST_NOW} like the tests. Nothing is deleted between builds: what a run replaces (the last site and cache,
the example's copy) is moved into \`.set-aside/\` folders and deleted when the run ends, because files deleted just
before a build slow its own file creation on ext4 without a journal ([Files deleted just before a build](#files-deleted-just-before-a-build-2026-12-04-afternoon)).

Astro's blog example is built only when \`BENCH_BLOG_EXAMPLE\` points at a checkout of \`examples/blog\` from
withastro/astro (the benchmark fetches nothing). It runs on this project's \`node_modules\`, so Astro, sharp and
Pagefind are the same versions; every topic, news item and postcard becomes a post (title, description, date, and
the postcard's photo as hero image), and \`pagefind --site dist\` runs after its build.
`;
}

const chosen = SCENARIOS.filter((scenario) => !options.only || options.only.split(',').includes(scenario.key));
if (chosen.length === 0) throw new Error(`--only: expected one or more of ${SCENARIOS.map((scenario) => scenario.key).join(', ')}`);
const results: Result[] = [];
for (const scenario of chosen) results.push(await benchmark(scenario));
await deleteSetAside();
const browser = await chromium.launch({ executablePath: CHROMIUM });
const browserVersion = browser.version();
await browser.close();
// The figures go between the markers, so what people wrote around them (targets, analysis) stays.
const doc = join(ROOT, 'docs', 'benchmark.md');
const figures = `<!-- bench:start -->\n${await report(results, browserVersion)}<!-- bench:end -->`;
const previous = existsSync(doc) ? await readFile(doc, 'utf8') : '';
const markers = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
await writeFile(doc, markers.test(previous) ? previous.replace(markers, () => figures) : `${figures}\n`);
console.log(`\n${summaryTable(results)}\n\nwrote docs/benchmark.md`);
