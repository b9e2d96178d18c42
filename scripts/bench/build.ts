/**
 * Runs one `astro build` for the benchmark and splits its wall clock into phases by the
 * moment each of Astro's progress lines arrives, with the build's peak memory and CPU time
 * from GNU time.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** GNU time reports the peak resident memory and the CPU time of the process tree; without it the figures are left out. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Every build runs with glibc's allocator set as the deploy workflow sets it
 * (.github/workflows/deploy.yml): two malloc arenas instead of eight per core, so that memory
 * sharp's and Vite's threads free is reused rather than kept per thread. Other allocators
 * ignore it; a value in the environment wins.
 */
const DEPLOY_ENV = { MALLOC_ARENA_MAX: '2' };

export interface Phases {
  /** Start, config, the content check and the content layer: until Astro says the content is synced. */
  content: number;
  /** Vite bundling the routes and client scripts. */
  bundle: number;
  /** Rendering every page, feed and calendar ("generating static routes"). */
  rendering: number;
  /**
   * What the share cards add to the build's end: waiting for the worker that draws them beside
   * the other steps (or finds them in the cache), then linking them into the site.
   */
  cards: number;
  /** Resizing and encoding photos ("generating optimized images"). */
  images: number;
  /**
   * What Pagefind adds to the build's end: it starts once every page is written, beside the
   * image step, and the build waits for it in `astro:build:done` (for the blog example, its own run).
   */
  index: number;
  /** Everything else: sitemap, redirects, process exit. */
  other: number;
}

export interface Build {
  seconds: number;
  phases: Phases;
  /** Peak resident memory in bytes, or NaN where GNU time is missing. */
  peakBytes: number;
  /** CPU time of every thread of the build and the processes it started, user and system, or NaN where GNU time is missing. */
  cpuSeconds: number;
  /** Of that, what the share cards' worker thread spent drawing and encoding (0 when the build does not say). */
  cardCpuSeconds: number;
  /** Images Astro reported encoding in this build (0 when all came from the cache). */
  imagesEncoded: number;
  output: string;
}

export interface Command {
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** Astro prints `812ms`, `4.21s` or `1m 23s`. */
function completedIn(output: string, after: string): number {
  const start = output.indexOf(after);
  if (start < 0) return 0;
  const time = output.slice(start).match(/Completed in (?:(\d+)m )?([\d.]+)(ms|s)\b/);
  return time ? Number(time[1] ?? 0) * 60 + Number(time[2]) / (time[3] === 'ms' ? 1000 : 1) : 0;
}

/** Runs a build to its end, timing the lines it prints; rejects with its output when it fails. */
export async function timedBuild({ command, args, cwd, env = {} }: Command): Promise<Build> {
  const memoryDir = await mkdtemp(join(tmpdir(), 'iln-bench-'));
  const memoryFile = join(memoryDir, 'peak');
  const [program, programArgs] = GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', '-o', memoryFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(program, programArgs, { cwd, env: { ...DEPLOY_ENV, ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  let output = '';
  /** Seconds from the start at which a line containing each marker first arrived. */
  const arrivals = new Map<string, number>();
  const markers = ['Synced content', 'generating static routes'];
  const listen = (chunk: Buffer) => {
    const now = (performance.now() - started) / 1000;
    output += chunk;
    for (const marker of markers) if (!arrivals.has(marker) && output.includes(marker)) arrivals.set(marker, now);
  };
  child.stdout.on('data', listen);
  child.stderr.on('data', listen);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  output = stripVTControlCharacters(output);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`);
  // GNU time's last line: peak kilobytes, user seconds, system seconds.
  const [peakKb = Number.NaN, user = Number.NaN, system = Number.NaN] = GNU_TIME
    ? ((await readFile(memoryFile, 'utf8')).trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  await rm(memoryDir, { recursive: true, force: true });

  const content = arrivals.get('Synced content') ?? 0;
  const bundle = Math.max(0, (arrivals.get('generating static routes') ?? content) - content);
  const rendering = completedIn(output, 'generating static routes');
  const cards = Number(output.match(/published \d+ share cards under \/og\/ in ([\d.]+)s/)?.[1] ?? 0);
  const images = completedIn(output, 'generating optimized images');
  const index = Number(output.match(/search index: .* in [\d.]+s, ([\d.]+)s of it after the other steps/)?.[1] ?? 0);
  const encoded = [...output.matchAll(/\((\d+)\/(\d+)\)\s*$/gm)].at(-1);
  return {
    seconds,
    phases: { content, bundle, rendering, cards, images, index, other: Math.max(0, seconds - content - bundle - rendering - cards - images - index) },
    peakBytes: peakKb * 1024,
    cpuSeconds: user + system,
    cardCpuSeconds: Number(output.match(/share cards drawn or found in the cache in [\d.]+s \(([\d.]+)s of CPU\)/)?.[1] ?? 0),
    imagesEncoded: Number(encoded?.[2] ?? 0),
    output,
  };
}
