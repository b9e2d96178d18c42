/**
 * `npm run check:content` checks content without a build and reports every problem at
 * once, with the file and the field, for contributors and for CI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, copyContent, removeDir } from '../support/build.ts';

function checkContent(contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), contentDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

let dir = '';
afterEach(() => removeDir(dir));

describe('npm run check:content', () => {
  it('passes the sample content', () => {
    const { code, output } = checkContent('content');
    expect(code).toBe(0);
    expect(output).toMatch(/^\d+ files in content follow the content contract\.$/m);
  });

  it('reports every broken postcard at once, each with its file and field, and fails', async () => {
    dir = await copyContent('content');
    const at = (slug: string) => join(dir, 'postcards', slug);
    await rm(join(at('anna-kovacs-debrecen'), 'photo.jpg'));
    const priya = join(at('priya-sharma-pune'), 'index.md');
    await writeFile(priya, readFileSync(priya, 'utf8').replace('country: IN', 'country: India'));
    await sharp({ create: { width: 640, height: 480, channels: 3, background: '#888' } })
      .jpeg()
      .toFile(join(at('kwame-mensah-kumasi'), 'photo.jpg'));
    const liam = join(at('liam-nguyen-hobart'), 'index.md');
    await writeFile(liam, readFileSync(liam, 'utf8').replace(/^imageAlt: .*$/m, 'imageAlt: ""'));

    const { code, output } = checkContent(dir);
    const file = (slug: string) => `${relative(ROOT, at(slug))}/index.md`;
    expect(code).toBe(1);
    expect(output).toContain('4 problems in content');
    expect(output).toContain(
      `${file('anna-kovacs-debrecen')} → image: found "./photo.jpg", but there is no such file; expected a photo in the same folder as index.md`,
    );
    expect(output).toContain(`${file('priya-sharma-pune')} → country: found "India"; expected a two-letter ISO 3166-1 country code`);
    expect(output).toContain(`${file('kwame-mensah-kumasi')} → image: found a photo 640 px wide; expected a photo at least 800 px wide`);
    expect(output).toContain(`${file('liam-nguyen-hobart')} → imageAlt: found empty text; expected text of 5 to 250 characters`);
  });

  it('names the line of MDX that cannot be read, which would otherwise stop the build with a message about a module', async () => {
    dir = await copyContent('content');
    const news = join(dir, 'news/2026-10-dear-participant.mdx');
    await writeFile(news, '---\ntitle: "Dear participant"\npublishDate: 2026-10-01T09:00:00+10:00\nsummary: "A letter."\n---\n\nDear {your name},\n');
    const { code, output } = checkContent(dir);
    expect(code).toBe(1);
    expect(output).toContain(
      `${relative(ROOT, news)} → body: found MDX that cannot be read (line 7, column 12: Could not parse expression with oxc: Expected \`,\` or \`)\` but found \`Identifier\`); expected text in which a { or < that is not code is written \\{ or \\<, since MDX reads them as code; or the file saved as .md`,
    );
  });

  it('refuses a symbolic link, as a photo or as a content file, without reading what it leads to', async () => {
    dir = await copyContent('content');
    const outside = join(dir, '..', `outside-${Date.now()}.jpg`);
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#888' } })
      .jpeg()
      .toFile(outside);
    const photo = join(dir, 'postcards/kwame-mensah-kumasi/photo.jpg');
    await rm(photo);
    await symlink(outside, photo);
    const news = join(dir, 'news/2026-12-a-linked-file.md');
    await symlink(join(ROOT, 'README.md'), news);

    const { code, output } = checkContent(dir);
    await rm(outside);
    expect(code).toBe(1);
    expect(output).toContain(
      `${relative(ROOT, join(dir, 'postcards/kwame-mensah-kumasi'))}/index.md → image: found "./photo.jpg", a symbolic link to another file; expected the photo file itself, in the same folder as index.md`,
    );
    expect(output).toContain(
      `${relative(ROOT, news)} → file: found a symbolic link to another file; expected the file itself: the site publishes only files inside the content folder`,
    );
    expect(output).not.toContain('# interlibnet');
  });

  it('warns of a link to a file with no page, annotated on GitHub, and passes', async () => {
    dir = await copyContent('content');
    const topic = join(dir, 'topics/1/08-looking-back-looking-forward.md');
    await writeFile(topic, readFileSync(topic, 'utf8').replace('(01-getting-to-know-you.md#', '(01-getting-to-know-yu.md#'));
    const file = relative(ROOT, topic);
    const local = checkContent(dir);
    expect(local.code).toBe(0);
    expect(local.output).toContain('1 warning in content, probably unmeant; the build goes on (see CONTRIBUTING.md):');
    expect(local.output).toContain(`${file} → body: found a link to 01-getting-to-know-yu.md#what-do-you-hope-to-learn, but there is no file`);
    const github = checkContent(dir, { GITHUB_ACTIONS: 'true' });
    expect(github.code).toBe(0);
    expect(github.output).toMatch(
      new RegExp(`^::warning file=${file.replaceAll('.', '\\.')},title=body::${file.replaceAll('.', '\\.')} → body: found a link`, 'm'),
    );
  });

  it('annotates each problem on its file when it runs on GitHub Actions', async () => {
    dir = await copyContent('content');
    await rm(join(dir, 'postcards/anna-kovacs-debrecen/photo.jpg'));
    const { code, output } = checkContent(dir, { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(1);
    expect(output).toMatch(/^::error file=.*anna-kovacs-debrecen\/index\.md,title=image::/m);
  });
});
