/**
 * `npm run audit`: Lighthouse's four scores (performance, accessibility, best practices,
 * SEO) for the pages a reader meets first: the home page, a topic, a postcard, the gallery
 * and search. Builds the sample content, serves it with `astro preview` on a free port,
 * runs Lighthouse's command line in the installed Chromium (`/usr/bin/chromium`, or
 * CHROMIUM_PATH), and writes docs/audit.md with docs/audit.json beside it.
 *
 *   npm run audit
 *   npm run audit -- --desktop    # a desktop screen, without the phone's throttling
 *
 * Nothing here is a test: scores depend on the machine, and `npm test` never runs it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, ROOT, TEST_NOW, testEnv } from '../tests/support/build.ts';
import { paths } from '../src/lib/site/urls.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const LIGHTHOUSE = join(ROOT, 'node_modules/lighthouse/cli/index.js');
const OUT_DIR = join(tmpdir(), 'interlibnet-audit');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The pages audited, from the sample content in content/. */
const PAGES = [
  { name: 'Home', path: paths.home() },
  { name: 'Topic', path: paths.topic('1/06-library-spaces') },
  { name: 'Postcard', path: paths.postcard('layla-haddad-amman') },
  { name: 'Gallery', path: paths.postcards() },
  { name: 'Search', path: `${paths.search()}?q=library` },
];

type Scores = Record<(typeof CATEGORIES)[number], number>;

const { values } = parseArgs({ options: { desktop: { type: 'boolean', default: false } } });

if (!CHROMIUM) throw new Error('No Chromium found: install Debian’s chromium or set CHROMIUM_PATH.');

/** A TCP port nobody is listening on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Resolves once `url` answers, or rejects after a minute. */
async function waitFor(url: string): Promise<void> {
  for (let tries = 0; tries < 120; tries++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, 500));
  }
  throw new Error(`${url} did not answer`);
}

/** Lighthouse's four scores for one page, out of 100. */
function audit(url: string): Promise<Scores> {
  const args = [
    LIGHTHOUSE,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
    ...(values.desktop ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse failed on ${url} (exit ${code}):\n${err.slice(-2000)}`));
      const report = JSON.parse(out) as { categories: Record<string, { score: number | null }> };
      resolve(Object.fromEntries(CATEGORIES.map((key) => [key, Math.round((report.categories[key]?.score ?? 0) * 100)])) as Scores);
    });
  });
}

console.log('Building the sample content…');
const built = await build({ contentDir: 'content', outDir: OUT_DIR });
if (built.code !== 0) {
  console.error(built.output);
  process.exit(1);
}

const port = await freePort();
const preview: ChildProcess = spawn(process.execPath, [ASTRO, 'preview', '--outDir', OUT_DIR, '--port', String(port), '--ignore-lock'], {
  cwd: ROOT,
  env: testEnv({ ILN_CONTENT_DIR: 'content' }),
  stdio: 'ignore',
});
const origin = `http://localhost:${port}`;
try {
  await waitFor(`${origin}/`);
  const results: { name: string; path: string; scores: Scores }[] = [];
  for (const page of PAGES) {
    console.log(`Lighthouse: ${page.name} (${page.path})`);
    results.push({ ...page, scores: await audit(`${origin}${page.path}`) });
  }
  await writeReport(results);
  console.table(Object.fromEntries(results.map(({ name, scores }) => [name, scores])));
} finally {
  preview.kill('SIGTERM');
}

async function writeReport(results: { name: string; path: string; scores: Scores }[]): Promise<void> {
  const lighthouseVersion = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version as string;
  const formFactor = values.desktop ? 'desktop (`--preset=desktop`)' : 'a phone (Lighthouse’s default emulation and throttling)';
  const rows = results.map(({ name, path, scores }) => `| ${name} | \`${path}\` | ${CATEGORIES.map((key) => scores[key]).join(' | ')} |`);
  const markdown = `# Lighthouse audit

Written by \`npm run audit\` (scripts/audit.ts): Lighthouse ${lighthouseVersion} in ${CHROMIUM}, ${formFactor},
against the sample content built for ${TEST_NOW} and served by \`astro preview\`. Scores
are out of 100 and depend on the machine; run it again after a change to the layout,
the header or the search page. The raw scores are in [audit.json](audit.json).

| Page | Path | Performance | Accessibility | Best practices | SEO |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Last run: ${new Date().toISOString().slice(0, 10)}.
`;
  await mkdir(join(ROOT, 'docs'), { recursive: true });
  await writeFile(join(ROOT, 'docs/audit.md'), markdown);
  await writeFile(
    join(ROOT, 'docs/audit.json'),
    `${JSON.stringify({ lighthouse: lighthouseVersion, formFactor: values.desktop ? 'desktop' : 'mobile', builtFor: TEST_NOW, pages: results }, null, 2)}\n`,
  );
  console.log('Wrote docs/audit.md and docs/audit.json');
}
