import { stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { entryId } from '../lib/site/urls.ts';
import { checkedData } from './checked-content.ts';
import { readEntryData } from './read-content.ts';

interface Options {
  /** The collection's folder, relative to the project root or absolute. */
  base: string;
  /** The files to load inside it. */
  pattern: string;
  /** Take each entry's data from the content check of this build when it saw the file as it is. */
  reuseCheck: boolean;
}

/**
 * Astro's glob() loader with three changes the content contract needs: the schema receives
 * the data as the editor wrote it (dates as text rather than YAML timestamps, so that an
 * offset can be checked); ids come from file names alone (a stray `slug` field cannot
 * move a page); and an entry the content check has already read and checked in this build
 * is not read and checked again (checked-content.ts).
 */
export function contractGlob({ base, pattern, reuseCheck }: Options): Loader {
  const loader = glob({
    base: isAbsolute(base) ? pathToFileURL(`${base}/`) : base,
    pattern,
    generateId: ({ entry }) => entryId(entry),
  });
  return {
    name: 'interlibnet:contract-glob',
    load: async (context) => {
      let reused = 0;
      await loader.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath) return context.parseData(props);
          if (reuseCheck) {
            const checked = checkedData(props.filePath, (await stat(props.filePath)).mtimeMs);
            if (checked !== undefined) {
              reused += 1;
              return checked as typeof props.data;
            }
          }
          return context.parseData({ ...props, data: (await readEntryData(props.filePath)) as typeof props.data });
        },
      });
      if (reused > 0) context.logger.info(`${reused} ${reused === 1 ? 'entry' : 'entries'} taken as the content check read them`);
    },
  };
}
