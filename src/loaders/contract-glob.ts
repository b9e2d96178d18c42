import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../lib/content/collections.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { checkEntryData } from '../lib/content/validate-content.ts';
import { entryId } from '../lib/site/urls.ts';
import { checkedData, takeCheckedText } from './checked-content.ts';
import { frontmatterBody, readEntryData } from './read-content.ts';
import { MARKDOWN_RENDERER, rendererDigest } from './renderer-digest.ts';
import { renderedStory, storyDigest } from './stories.ts';

interface Options {
  collection: CollectionName;
  /** The content folder, relative to the project root or absolute. */
  contentDir: string;
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Astro's glob() loader with the changes the content contract needs:
 * - every file is read and schema-checked once per build: by the content check
 *   (checked-content.ts), whose result is taken here, or, for a file the check did not see
 *   (one changed during `astro dev`), here, with the check's own messages. Astro's schema
 *   then only turns a photo's file name into an image, which only `image()` can do;
 * - the schema gets the data as the editor wrote it (dates as text rather than YAML
 *   timestamps, so that an offset can be checked), and Astro's reader takes the body of a
 *   checked Markdown or MDX file without parsing its frontmatter a second time;
 * - ids come from file names alone (a stray `slug` field cannot move a page);
 * - the content store keeps only the body pages read (the registry's `body`), and stories
 *   are rendered by renderStory() when they are loaded (stories.ts).
 */
export function contractGlob({ collection, contentDir }: Options): Loader {
  const spec: CollectionSpec = COLLECTIONS[collection];
  const base = join(contentDir, collection);
  const loader = glob({
    base: isAbsolute(base) ? pathToFileURL(`${base}/`) : base,
    pattern: spec.pattern,
    generateId: ({ entry }) => entryId(entry),
    // Stories are rendered by the store below, not by Astro's Markdown.
    deferRender: spec.body === 'story',
  });
  return {
    name: 'interlibnet:contract-glob',
    load: async (context) => {
      let reused = 0;
      let rendered = 0;
      forgetMovedEntries(context);
      await loader.load({
        ...context,
        ...withCheckedBodies(context),
        ...(spec.body === 'story' && { generateDigest: storyDigest(context.generateDigest) }),
        // Topics' and news' HTML is Astro's Markdown through the site's plugins: kept only while they are unchanged.
        ...(spec.body === 'html' && { generateDigest: rendererDigest(MARKDOWN_RENDERER, context.generateDigest) }),
        store: slimStore(context.store, spec.body, () => (rendered += 1)),
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          let data = checkedData(props.filePath, (await stat(props.filePath)).mtimeMs);
          if (data === undefined) {
            const file = relative(process.cwd(), props.filePath).split('\\').join('/');
            const checked = checkEntryData(collection, file, await readEntryData(props.filePath));
            if ('problems' in checked)
              throw new AstroError(formatProblems(checked.problems), 'Fix each file as listed. CONTRIBUTING.md describes every field.');
            data = checked.data;
          } else {
            reused += 1;
          }
          return (spec.photoField ? await context.parseData({ ...props, data: data as typeof props.data }) : data) as typeof props.data;
        },
      });
      if (reused > 0) context.logger.info(`${reused} ${reused === 1 ? 'entry' : 'entries'} taken as the content check read them`);
      if (rendered > 0) {
        const kept = context.store.keys().length - rendered;
        context.logger.info(`${rendered} ${rendered === 1 ? 'story' : 'stories'} rendered${kept > 0 ? `, ${kept} kept from the last build` : ''}`);
      }
    },
  };
}

/** An entry type as Astro's glob() reads a file with it: the part used here. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ body?: string; data: Record<string, unknown> }>;
}

/**
 * Astro's readers of Markdown and MDX, changed to take the body of a file the content check
 * read as it is now without parsing its frontmatter: glob() parsed every file's YAML again
 * (0.45 s for 3,000 entries) for data that parseData() above replaces with the check's. The
 * body is what Astro's reader would give, as tests/unit/read-content.test.ts holds; the
 * frontmatter handed to the Markdown renderer is then empty, and nothing reads it. The
 * readers are in the context Astro gives a loader but not in its types: where they are
 * missing, glob() reads every file itself, as before.
 */
function withCheckedBodies(context: LoaderContext): { entryTypes?: Map<string, EntryType> } {
  const { entryTypes } = context as LoaderContext & { entryTypes?: unknown };
  if (!(entryTypes instanceof Map)) return {};
  const readers = new Map<string, EntryType>();
  for (const [extension, type] of entryTypes as Map<string, EntryType>) {
    if (extension !== '.md' && extension !== '.mdx') {
      readers.set(extension, type);
      continue;
    }
    readers.set(extension, {
      ...type,
      getEntryInfo: async (params) => {
        const body = takeCheckedText(fileURLToPath(params.fileUrl), params.contents) ? frontmatterBody(params.contents) : undefined;
        return body === undefined ? type.getEntryInfo(params) : { body, data: {} };
      },
    });
  }
  return { entryTypes: readers };
}

/**
 * Removes from the store each entry whose file is no longer where it was stored. Astro's
 * glob() keeps an entry whose text is unchanged as it was stored, path included, so a
 * folder renamed to a name with the same id (`Tomasz-Nowak-Krakow/` → `tomasz-nowak-krakow/`)
 * would keep its old path, and the next build would look for its photo there.
 */
function forgetMovedEntries({ store, config }: LoaderContext): void {
  for (const [id, entry] of store.entries()) {
    if (entry.filePath && !existsSync(new URL(entry.filePath, config.root))) store.delete(id);
  }
}

/**
 * The store, keeping of each entry's body only what its pages read: its story rendered by
 * renderStory() (`onStory` is told of each), Astro's HTML, or nothing.
 */
function slimStore(store: LoaderContext['store'], keep: CollectionSpec['body'], onStory: () => void): LoaderContext['store'] {
  const slim = ({ body, rendered, deferredRender, ...entry }: StoredEntry): StoredEntry => {
    if (keep === 'story') {
      onStory();
      return { ...entry, rendered: renderedStory(body) };
    }
    return { ...entry, ...(keep === 'html' && { rendered }), ...(deferredRender && { deferredRender }) };
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set') return (entry: StoredEntry) => target.set(slim(entry));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
