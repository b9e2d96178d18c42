/**
 * Reads the content folder from disk for the content check and the collections: data
 * with dates left as the text the editor wrote, and the facts about each postcard photo.
 */
import { existsSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import pLimit from 'p-limit';
import { mdxToJs } from 'satteri';
import sharp from 'sharp';
import { pagePath } from '../lib/site/urls.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../lib/content/collections.ts';
import { forbiddenCharacter } from '../lib/content/characters.ts';
import { contentFileLinks } from '../lib/content/content-links.ts';
import { cutValues } from '../lib/content/yaml-comments.ts';
import { type ContentFile, type PageFile, type PhotoFacts, STORY_PLACEHOLDER } from '../lib/content/validate-content.ts';

// The closing --- must start a line, as in Astro's own reader: `title: Before and after ---` does not end it.
const FRONTMATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)??---[ \t]*(?:\r?\n|$)/;
/** Pictures that may sit beside a postcard or a person's file; they are assets, not entries. */
const PICTURE = /\.(jpe?g|png|webp|gif|avif|heic|heif|tiff?)$/i;

/**
 * Parses YAML the way the contract reads it: dates stay text, so that their form and
 * offset can be checked. Throws a readable message on a syntax error, with the line in
 * the file: `firstLine` is the file's line number of the text's first line.
 */
export function parseYaml(text: string, firstLine = 1): unknown {
  // Empty (or comments only) means no fields yet: the check then lists the missing ones.
  if (!text.replace(/^\s*#.*$/gm, '').trim()) return {};
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const { reason, mark, message } = error as { reason?: string; mark?: { line: number }; message: string };
    throw new Error(reason ? `${reason}${mark ? ` on line ${mark.line + firstLine}` : ''}` : message, { cause: error });
  }
}

/** The frontmatter of a Markdown or MDX file, parsed; throws when there is none or it is broken. */
export function parseFrontmatter(source: string): unknown {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('no frontmatter: the file must start with a line of three hyphens (---)');
  // The YAML starts on the line after the opening ---.
  return parseYaml(match[1] ?? '', 2);
}

/** The data of one content file's text as the contract sees it: a round's YAML, or frontmatter. */
function parseEntrySource(filePath: string, source: string): unknown {
  return filePath.endsWith('.yaml') ? parseYaml(source) : parseFrontmatter(source);
}

/**
 * The body of a Markdown or MDX file, after its frontmatter, trimmed as Astro's reader trims
 * it; undefined for a file without frontmatter.
 */
export function frontmatterBody(source: string): string | undefined {
  const match = FRONTMATTER.exec(source);
  return match ? source.slice(match[0].length).trim() : undefined;
}

/** Reads the data of one content file as the contract sees it. */
export async function readEntryData(filePath: string): Promise<unknown> {
  return parseEntrySource(filePath, await readFile(filePath, 'utf8'));
}

/** Size, format and displayed width of a photo, or null when there is no such file. */
export async function readPhotoFacts(photoPath: string): Promise<PhotoFacts | null> {
  const stats = await lstat(photoPath).catch(() => undefined);
  // A symbolic link could publish any picture on the machine that builds the site.
  if (stats?.isSymbolicLink()) return { bytes: 0, format: undefined, width: undefined, link: true };
  if (!stats?.isFile()) return null;
  const bytes = stats.size;
  const metadata = await sharp(photoPath)
    .metadata()
    .catch(() => undefined);
  // EXIF orientations 5 to 8 turn the picture on its side.
  const sideways = (metadata?.orientation ?? 1) >= 5;
  return { bytes, format: metadata?.format, width: sideways ? metadata?.height : metadata?.width };
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return (
    entries
      // A symbolic link is listed, for the check to refuse (readContentFile): it is never read.
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter(
        (file) =>
          !relative(folder, file)
            .split(sep)
            .some((part) => part.startsWith('.')),
      )
      .sort()
  );
}

/** Files read at once: the disk and sharp's threads stay busy while one file waits. */
const READ_AT_ONCE = 16;

/**
 * Reads every file under `contentDir` (relative to `root`) for validateContent: data,
 * syntax errors and photos (of postcards and people), in the order of the files' paths.
 * Pictures beside postcards and people are not listed as files.
 */
export async function readContent(root: string, contentDir: string): Promise<ContentFile[]> {
  const folder = resolve(root, contentDir);
  const read = await pLimit(READ_AT_ONCE).map(await listFiles(folder), (path) => readContentFile(root, folder, path));
  return read.filter((file) => file !== undefined);
}

/**
 * Why the body of an MDX file cannot be compiled, with its line in the file, or undefined:
 * MDX reads `{` and `<` as code, so `{your name}` in a news item would otherwise pass the
 * check and stop the build with a message about a module.
 */
function mdxError(body: string, linesBefore: number): string | undefined {
  try {
    mdxToJs(body);
    return undefined;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    const [, line, column, rest] = /^(\d+):(\d+): (.*)$/.exec(message) ?? [];
    if (!line) return message;
    return `line ${Number(line) + linesBefore}, column ${column}: ${rest?.replace(/ \([\w:-]+\)$/, '')}`;
  }
}

/**
 * One file as the check sees it: its data or syntax error, with its photo's facts when it
 * names one; nothing for a picture beside a postcard or a person's file, which is an asset
 * of that entry, not a content file.
 */
async function readContentFile(root: string, folder: string, path: string): Promise<ContentFile | undefined> {
  const inside = relative(folder, path).split(sep);
  const collection = COLLECTION_NAMES.find((name) => name === inside[0]);
  if ((collection === 'postcards' || collection === 'people') && PICTURE.test(path)) return undefined;
  const file: ContentFile = {
    file: relative(root, path).split(sep).join('/'),
    collection,
    entry: inside.slice(1).join('/'),
    data: undefined,
  };
  // One lstat: a symbolic link is refused unread, and a file's time is kept for the loader.
  const stats = await lstat(path);
  if (stats.isSymbolicLink()) {
    file.link = true;
    return file;
  }
  if (collection && /\.(md|mdx|yaml)$/.test(path)) {
    file.modified = stats.mtimeMs;
    let source = '';
    try {
      source = await readFile(path, 'utf8');
      file.data = parseEntrySource(path, source);
      if (!path.endsWith('.yaml')) file.source = source;
    } catch (error) {
      file.syntaxError = (error as Error).message;
    }
    // A round's file is YAML alone; other files are frontmatter and a body.
    const frontmatter = path.endsWith('.yaml') ? undefined : FRONTMATTER.exec(source);
    const yaml = path.endsWith('.yaml') ? source : (frontmatter?.[1] ?? '');
    const body = path.endsWith('.yaml') ? '' : source.slice(frontmatter?.[0].length ?? 0);
    file.bodyCharacter = forbiddenCharacter(body);
    if (body.replace(/\r\n/g, '\n').includes(STORY_PLACEHOLDER.split('\n')[0] ?? '')) file.placeholderStory = true;
    const cut = cutValues(yaml);
    if (cut.length > 0) file.cutValues = cut;
    if (path.endsWith('.mdx') && file.syntaxError === undefined) file.mdxError = mdxError(body, (frontmatter?.[0].match(/\n/g) ?? []).length);
    // Staff Markdown may link to another entry by its file (src/lib/content/content-links.ts).
    if (COLLECTIONS[collection].body === 'html') file.links = contentFileLinks(body);
  }
  const { image, photo } = (file.data ?? {}) as { image?: unknown; photo?: unknown };
  if (collection === 'postcards' && typeof image === 'string') {
    file.photo = await readPhotoFacts(join(dirname(path), image));
  }
  if (collection === 'people' && typeof photo === 'string') {
    file.photo = await readPhotoFacts(join(dirname(path), photo));
  }
  return file;
}

/**
 * The pages the files in `pagesDir` make, each with its file relative to `root`, so that
 * no `redirectFrom` can take a page's address (Astro would quietly replace the page).
 */
export async function readPages(root: string, pagesDir: string): Promise<PageFile[]> {
  if (!existsSync(pagesDir)) return [];
  const files = await listFiles(pagesDir);
  return files.flatMap((path) => {
    const page = pagePath(relative(pagesDir, path).split(sep).join('/'));
    return page ? [{ file: relative(root, path).split(sep).join('/'), path: page }] : [];
  });
}

/** The files in `publicDir` (copied to the site as they are), each at its own address. */
export async function readPublicFiles(root: string, publicDir: string): Promise<PageFile[]> {
  if (!existsSync(publicDir)) return [];
  const files = await listFiles(publicDir);
  return files.map((path) => ({ file: relative(root, path).split(sep).join('/'), path: `/${relative(publicDir, path).split(sep).join('/')}` }));
}
