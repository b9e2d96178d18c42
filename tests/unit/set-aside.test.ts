/**
 * The benchmark's clean builds start with no site and no cache, but what they replace is
 * moved out of the way, not deleted, until the run ends (scripts/bench/set-aside.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { deleteSetAside, setAside } from '../../scripts/bench/set-aside.ts';

const work = await mkdtemp(join(tmpdir(), 'iln-set-aside-'));
afterAll(() => rm(work, { recursive: true, force: true }));

test('a folder set aside leaves its place with its files kept until the run ends', async () => {
  const site = join(work, 'dist');
  await mkdir(site);
  await writeFile(join(site, 'index.html'), '<h1>Round 3</h1>');
  await setAside(site);
  expect(existsSync(site)).toBe(false);
  const [kept] = await readdir(join(work, '.set-aside'));
  expect(await readFile(join(work, '.set-aside', kept!, 'index.html'), 'utf8')).toBe('<h1>Round 3</h1>');

  await deleteSetAside();
  expect(existsSync(join(work, '.set-aside'))).toBe(false);
});

test('the same path set aside twice keeps both, and a missing path is left alone', async () => {
  const cache = join(work, 'cache');
  for (const build of ['first', 'second']) {
    await mkdir(cache);
    await writeFile(join(cache, 'build.txt'), build);
    await setAside(cache);
  }
  await setAside(join(work, 'never-built'));
  const kept = await readdir(join(work, '.set-aside'));
  const builds = await Promise.all(kept.map((name) => readFile(join(work, '.set-aside', name, 'build.txt'), 'utf8')));
  expect(builds.sort()).toEqual(['first', 'second']);
  await deleteSetAside();
});
