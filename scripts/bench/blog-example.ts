/**
 * The peer the build is compared with: Astro's own blog example (`examples/blog` in
 * withastro/astro) building the same corpus, converted to its schema, with Pagefind run
 * over its output afterwards. The benchmark fetches nothing: BENCH_BLOG_EXAMPLE points at
 * a checkout of the example, and it runs on this project's node_modules (same Astro,
 * sharp and Pagefind versions), so only the site's own code differs.
 */
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { dump, load } from 'js-yaml';
import { type Build, timedBuild } from './build.ts';
import { setAside } from './set-aside.ts';

export const EXAMPLE_DIR = process.env.BENCH_BLOG_EXAMPLE;

function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  if (!match) return { data: {}, body: text };
  return { data: (load(match[1]!) ?? {}) as Record<string, unknown>, body: match[2]! };
}

const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/** One blog post per topic, news item and postcard; a postcard's photo becomes the post's hero image. */
async function convert(contentDir: string, blogDir: string): Promise<number> {
  let posts = 0;
  const write = async (path: string, data: Record<string, unknown>, body: string) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `---\n${dump(data)}---\n${body}`);
    posts += 1;
  };
  for (const name of await readdir(contentDir, { recursive: true })) {
    const path = name.split('\\').join('/');
    if (!/\.mdx?$/.test(path)) continue;
    const { data, body } = frontmatter(await readFile(join(contentDir, path), 'utf8'));
    const [collection] = path.split('/');
    if (collection === 'topics' || collection === 'news') {
      const slug = `${collection}-${path
        .slice(collection.length + 1)
        .replace(/\.mdx?$/, '')
        .replaceAll('/', '-')}`;
      await write(join(blogDir, `${slug}.md`), { title: data.title, description: data.summary, pubDate: isoDate(data.publishDate) }, body);
    } else if (collection === 'postcards') {
      const folder = dirname(path);
      const slug = `postcard-${basename(folder)}`;
      const photo = String(data.image).replace(/^\.\//, '');
      await cp(join(contentDir, folder, photo), join(blogDir, slug, photo));
      await write(
        join(blogDir, slug, 'index.md'),
        { title: `${data.name}, ${data.library}`, description: data.imageAlt, pubDate: isoDate(data.date), heroImage: `./${photo}` },
        body,
      );
    }
  }
  return posts;
}

export interface PeerResult {
  posts: number;
  build: Build;
  pagefindSeconds: number;
  dist: string;
}

/** Copies the example, fills it with the corpus and builds it clean, then indexes it with Pagefind. */
export async function buildBlogExample(contentDir: string, workDir: string, root: string): Promise<PeerResult> {
  if (!EXAMPLE_DIR) throw new Error('BENCH_BLOG_EXAMPLE is not set');
  const site = join(workDir, 'blog-example');
  await setAside(site);
  await cp(EXAMPLE_DIR, site, { recursive: true, filter: (source) => !/node_modules|[/\\]\.astro|[/\\]dist/.test(source.slice(EXAMPLE_DIR.length)) });
  await setAside(join(site, 'src/content/blog'), workDir);
  // Each package linked, not the folder: the example's own cache (node_modules/.astro) stays its own.
  await mkdir(join(site, 'node_modules'));
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) await symlink(join(root, 'node_modules', name), join(site, 'node_modules', name), 'dir');
  }
  const posts = await convert(contentDir, join(site, 'src/content/blog'));
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const build = await timedBuild({ command: process.execPath, args: [astro, 'build'], cwd: site });
  const pagefind = await timedBuild({
    command: process.execPath,
    args: [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'],
    cwd: site,
  });
  build.phases.index = pagefind.seconds;
  build.seconds += pagefind.seconds;
  build.peakBytes = Math.max(build.peakBytes, pagefind.peakBytes);
  build.cpuSeconds += pagefind.cpuSeconds;
  return { posts, build, pagefindSeconds: pagefind.seconds, dist: join(site, 'dist') };
}
