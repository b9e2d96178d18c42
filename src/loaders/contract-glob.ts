import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { readEntryData } from './read-content.ts';
import { entryId } from '../lib/site/urls.ts';

/**
 * Astro's glob() loader with two changes the content contract needs: the schema receives
 * the data as the editor wrote it (dates as text rather than YAML timestamps, so that an
 * offset can be checked), and ids come from file names alone (a stray `slug` field cannot
 * move a page).
 */
export function contractGlob(base: string, pattern: string): Loader {
  const loader = glob({
    base: isAbsolute(base) ? pathToFileURL(`${base}/`) : base,
    pattern,
    generateId: ({ entry }) => entryId(entry),
  });
  return {
    name: 'interlibnet:contract-glob',
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) =>
          context.parseData({ ...props, data: props.filePath ? ((await readEntryData(props.filePath)) as typeof props.data) : props.data }),
      }),
  };
}
