/**
 * What a build wrote, as a reader's browser would fetch it: files and bytes, the HTML, CSS
 * and JavaScript of a first visit to each kind of page, feed sizes and processed photos.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutputFile {
  path: string;
  bytes: number;
}

export async function walk(dir: string): Promise<OutputFile[]> {
  const names = await readdir(dir, { recursive: true });
  const files = await Promise.all(names.map(async (name) => ({ path: name.split('\\').join('/'), info: await stat(join(dir, name)) })));
  return files.filter(({ info }) => info.isFile()).map(({ path, info }) => ({ path, bytes: info.size }));
}

export const sum = (files: readonly { bytes: number }[]) => files.reduce((total, file) => total + file.bytes, 0);

export function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Kinds of page by address, first match wins. Entries before the lists of their section. */
const PAGE_KINDS: [kind: string, path: RegExp][] = [
  ['home', /^index\.html$/],
  ['topic', /^topics\/\d+\/(?!page\/)[^/]*[a-z][^/]*\/index\.html$/],
  ['news item', /^news\/(?!page\/)[^/]*[a-z][^/]*\/index\.html$/],
  ['postcard', /^postcards\/(?!countries\/|types\/|rounds\/|page\/)[^/]*[a-z][^/]*\/index\.html$/],
  ['topic lists', /^topics\//],
  ['news lists', /^news\//],
  ['postcard lists', /^postcards\//],
  ['tag pages', /^tags\//],
  ['round guides', /^rounds\/\d+\/guide\//],
  ['round pages', /^rounds\//],
];

export interface PageKind {
  kind: string;
  pages: number;
  /** HTML plus the stylesheets and scripts it loads, in bytes. */
  median: number;
  largest: number;
  largestPath: string;
  /** The HTML alone of the largest page. */
  largestHtml: number;
}

/** Stylesheets and scripts a page loads on a first visit (not Pagefind's, which loads on use). */
function assetsOf(html: string): string[] {
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => /rel="(stylesheet|modulepreload)"/.test(tag));
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  return [...links.map((tag) => tag.match(/href="([^"]+)"/)?.[1] ?? ''), ...scripts].filter(Boolean);
}

export async function pageKinds(dist: string, files: readonly OutputFile[], base = '/'): Promise<PageKind[]> {
  const bytesOf = new Map(files.map((file) => [file.path, file.bytes]));
  const visits = new Map<string, { path: string; bytes: number; html: number }[]>();
  for (const file of files.filter((f) => f.path.endsWith('.html') && !f.path.startsWith('admin/'))) {
    const kind = PAGE_KINDS.find(([, pattern]) => pattern.test(file.path))?.[0] ?? 'other pages';
    const html = await readFile(join(dist, file.path), 'utf8');
    // Redirect pages of old addresses are not pages a reader reads.
    if (html.includes('http-equiv="refresh"')) continue;
    const assets = new Set(assetsOf(html).map((href) => new URL(href, 'https://site.invalid/').pathname.slice(base.length)));
    const bytes = file.bytes + [...assets].reduce((total, asset) => total + (bytesOf.get(asset) ?? 0), 0);
    visits.set(kind, [...(visits.get(kind) ?? []), { path: file.path, bytes, html: file.bytes }]);
  }
  const order = [...PAGE_KINDS.map(([kind]) => kind), 'other pages'];
  return [...visits.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([kind, pages]) => {
      const largest = pages.reduce((big, page) => (page.bytes > big.bytes ? page : big));
      return {
        kind,
        pages: pages.length,
        median: median(pages.map((page) => page.bytes)),
        largest: largest.bytes,
        largestPath: largest.path,
        largestHtml: largest.html,
      };
    });
}

export interface Written {
  pages: number;
  files: number;
  bytes: number;
  /** Processed photos in `_astro/`, with their bytes. */
  photoFiles: number;
  photoBytes: number;
  /** Bytes of each feed named, where it exists. */
  feeds: Record<string, number>;
}

export function written(files: readonly OutputFile[], feeds: readonly string[]): Written {
  const photos = files.filter((file) => file.path.startsWith('_astro/') && /\.(avif|webp|jpe?g|png)$/i.test(file.path));
  const bytesOf = new Map(files.map((file) => [file.path, file.bytes]));
  return {
    pages: files.filter((file) => file.path.endsWith('.html')).length,
    files: files.length,
    bytes: sum(files),
    photoFiles: photos.length,
    photoBytes: sum(photos),
    feeds: Object.fromEntries(feeds.flatMap((feed) => (bytesOf.has(feed) ? [[feed, bytesOf.get(feed)!]] : []))),
  };
}
