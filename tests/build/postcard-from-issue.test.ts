/**
 * scripts/postcard-from-issue.ts, run whole as the workflow runs it, with the issue in the
 * environment and the photo served by a fake GitHub (tests/support/fake-github-upload.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/loaders/read-content.ts';
import { OUTPUT, ROOT, copyContent, removeDir } from '../support/build.ts';

const BODY = readFileSync(join(ROOT, 'tests/fixtures/issues/valid.md'), 'utf8').replace('Anna Kovács', 'Zsófia Kiss');
let upload = '';

beforeAll(async () => {
  await mkdir(join(OUTPUT, 'tmp'), { recursive: true });
  upload = join(await mkdtemp(join(OUTPUT, 'tmp', 'upload-')), 'IMG_2041.jpg');
  // A phone photo as phones save it: on its side, with the camera and the place it was taken.
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#5a7d3c' } })
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '47/1 31/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '21/1 38/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toFile(upload);
});

let contentDir = '';
afterEach(() => removeDir(contentDir));

function git(...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: contentDir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function postcardFromIssue(issue: number) {
  const out = join(contentDir, '..', `${issue}-out`);
  const outputs = join(contentDir, '..', `${issue}-outputs`);
  const result = spawnSync(
    process.execPath,
    ['--import', join(ROOT, 'tests/support/fake-github-upload.ts'), join(ROOT, 'scripts/postcard-from-issue.ts')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ILN_CONTENT_DIR: contentDir,
        FAKE_UPLOAD_FILE: upload,
        ISSUE_BODY: BODY,
        ISSUE_NUMBER: String(issue),
        ISSUE_CREATED_AT: '2026-11-20T08:00:00Z',
        POSTCARD_OUT: out,
        GITHUB_OUTPUT: outputs,
      },
    },
  );
  expect(result.status, result.stderr).toBe(0);
  const set = Object.fromEntries(
    readFileSync(outputs, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split('=', 2) as [string, string]),
  );
  return { set, out };
}

describe('a postcard from the issue form', () => {
  test('is a folder whose photo keeps neither the camera nor the place, turned upright', async () => {
    contentDir = await copyContent('content');
    const { set, out } = postcardFromIssue(41);
    expect(set).toEqual({ result: 'ok', folder: `${contentDir}/postcards/zsofia-kiss-debrecen` });
    const photo = readFileSync(join(set.folder!, 'photo.jpg'));
    expect(await exifr.parse(upload, { gps: true })).toMatchObject({ Make: 'PhoneCo', latitude: expect.any(Number) });
    expect(await exifr.parse(photo, { gps: true })).toBeUndefined();
    expect(await sharp(photo).metadata()).toMatchObject({ width: 1200, height: 1600 });
    expect(parseFrontmatter(readFileSync(join(set.folder!, 'index.md'), 'utf8'))).toMatchObject({
      name: 'Zsófia Kiss',
      city: 'Debrecen',
      image: './photo.jpg',
    });
    expect(readFileSync(join(out, 'pr-body.md'), 'utf8')).toContain('Closes #41');
  });

  test('takes another folder when an open postcard of another issue has its name', async () => {
    contentDir = await copyContent('content');
    git('init', '--quiet', '--initial-branch=main');
    git('add', '--all');
    git('commit', '--quiet', '--message', 'main');
    // Issue 40's postcard, in its branch, not yet merged.
    git('switch', '--quiet', '--create', 'postcard/issue-40');
    await mkdir(join(contentDir, 'postcards/zsofia-kiss-debrecen'));
    await writeFile(join(contentDir, 'postcards/zsofia-kiss-debrecen/index.md'), '---\nname: Zsófia Kiss\n---\n');
    git('add', '--all');
    git('commit', '--quiet', '--message', 'issue 40');
    const branch = git('rev-parse', 'HEAD');
    git('switch', '--quiet', 'main');
    expect(existsSync(join(contentDir, 'postcards/zsofia-kiss-debrecen'))).toBe(false);

    // Made again after the sender's changes, a postcard keeps the folder of its own branch.
    git('update-ref', 'refs/remotes/origin/postcard/issue-41', branch);
    const again = postcardFromIssue(41).set.folder!;
    expect(again).toBe(`${contentDir}/postcards/zsofia-kiss-debrecen`);
    await removeDir(again);
    git('update-ref', '-d', 'refs/remotes/origin/postcard/issue-41');

    git('update-ref', 'refs/remotes/origin/postcard/issue-40', branch);
    expect(postcardFromIssue(41).set.folder).toBe(`${contentDir}/postcards/zsofia-kiss-debrecen-41`);
  });
});
