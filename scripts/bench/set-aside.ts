/**
 * What the benchmark would delete between builds (the last site, the cache, a copy of the
 * blog example), moved into `.set-aside/` folders instead and deleted when the run ends.
 *
 * On ext4 without a journal, as on the machines here, the kernel does not reuse an inode for
 * a minute after it is freed (six while its block is unwritten), and every file created
 * meanwhile steps over each such inode in its block group (`recently_deleted` in
 * fs/ext4/ialloc.c). Deleting the 12,000 files of a build just before the next one cost
 * that build about 3.4 s of CPU in the kernel, more the more files a site writes
 * (docs/benchmark.md). A fresh clone deletes nothing, and a rename frees no inode.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The folders things were set aside in, on the same file system as what they hold. */
const folders = new Set<string>();
let count = 0;

/** Moves `path`, if it exists, into `.set-aside/` in `within` (a folder on the same file system, its parent unless given). */
export async function setAside(path: string, within = dirname(path)): Promise<void> {
  if (!existsSync(path)) return;
  const folder = join(within, '.set-aside');
  await mkdir(folder, { recursive: true });
  folders.add(folder);
  count += 1;
  await rename(path, join(folder, `${process.pid}-${count}-${basename(path)}`));
}

/** Deletes what this run set aside (and what an earlier run that stopped early left in the same folders). */
export async function deleteSetAside(): Promise<void> {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
  folders.clear();
}
