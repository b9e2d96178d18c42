/**
 * Builds the site from a content folder into its own output folder, the way the README's
 * build command does, for tests that need a real build: fixture content that must fail,
 * and the sites the browser tests visit. `astro build` writes the search index too (the
 * search-index integration in astro.config.mjs), so every test site can be searched.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const OUTPUT = join(ROOT, 'tests/.output');
/** The instant test builds are made for, so that what is published never drifts. */
export const TEST_NOW = '2026-11-23T12:00:00+11:00';

export interface BuildOptions {
  /** Content folder, absolute or relative to the project root. */
  contentDir: string;
  /** Output folder, absolute. */
  outDir: string;
  /** Extra environment, e.g. SITE_BASE. */
  env?: Record<string, string>;
  /** Keep the cache the last build into the same output folder left, as a laptop or CI with its cache restored does. */
  keepCache?: boolean;
}

export interface BuildResult {
  code: number | null;
  /** Everything the build printed, stdout and stderr together, without colour codes. */
  output: string;
}

/** Environment every test build and preview runs with: no telemetry, no backgrounding. */
export function testEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_PREVIEW_BACKGROUND: '0',
    ASTRO_DEV_BACKGROUND: '0',
    ILN_NOW: TEST_NOW,
    // Comments stay off unless a test site sets them up, whatever the site config or the shell says.
    GISCUS_REPO_ID: '',
    GISCUS_CATEGORY_ID: '',
    // No email form either, unless a test site sets one up.
    NEWSLETTER_ACTION: '',
    ...extra,
  };
}

/**
 * Runs `astro build` and resolves with its exit code and output; never rejects on failure.
 * Each build starts from an empty cache of its own unless told to keep it: a cache left by
 * an earlier run could point at a temporary content copy that no longer exists.
 */
export async function build({ contentDir, outDir, env = {}, keepCache = false }: BuildOptions): Promise<BuildResult> {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const cacheDir = join(outDir, '../.cache', outDir.split('/').at(-1) ?? 'site');
  if (!keepCache) await removeDir(cacheDir);
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: testEnv({ ILN_CONTENT_DIR: contentDir, ILN_CACHE_DIR: cacheDir, ...env }),
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) => child.on('close', (code) => done({ code, output: stripVTControlCharacters(output) })));
}

/** A fresh copy of a content folder in a temporary directory, to break on purpose. */
export async function copyContent(from: string): Promise<string> {
  await mkdir(join(OUTPUT, 'tmp'), { recursive: true });
  const dir = await mkdtemp(join(OUTPUT, 'tmp', 'content-'));
  await cp(resolve(ROOT, from), dir, { recursive: true });
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * The files a build wrote whose names match `pattern` (HTML pages unless told), as paths
 * inside `dir` with forward slashes. Files only: the page of an old address such as
 * /archives/p_12.html is a folder with that name.
 */
export function builtFiles(dir: string, pattern = /\.html$/): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
