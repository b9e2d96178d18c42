/** Checks on the search index a build writes, so that a broken index stops the build. */

export interface IndexingReport {
  /** Errors Pagefind returned while indexing or writing. */
  errors: readonly string[];
  /** Pages Pagefind says it indexed. */
  indexedPages: number;
  /** Built pages marked for search with `data-pagefind-body`. */
  markedPages: number;
}

/**
 * What is wrong with an index, for the build's error message; empty when it is sound.
 * An index is sound when Pagefind reported no error, and every page marked for search,
 * and only those, is in it: an empty index fails too, as search would find nothing.
 */
export function indexProblems({ errors, indexedPages, markedPages }: IndexingReport): string[] {
  const problems = errors.map((error) => `Pagefind reported: ${error}`);
  if (markedPages === 0) {
    problems.push('no built page is marked for search (data-pagefind-body): the index would be empty');
  } else if (indexedPages !== markedPages) {
    problems.push(`Pagefind indexed ${indexedPages} pages; expected the ${markedPages} pages marked for search (data-pagefind-body)`);
  }
  return problems;
}

const MARK = 'data-pagefind-body';

/**
 * True when a built page asks to be indexed: an element carries `data-pagefind-body`.
 * Takes the file's bytes and decodes only the tag around each occurrence of the name: the
 * build checks every page while Pagefind indexes them, and decoding whole pages was most of
 * that check's CPU time (docs/benchmark.md).
 */
export function isMarkedForSearch(html: Buffer | string): boolean {
  const bytes = typeof html === 'string' ? Buffer.from(html) : html;
  for (let at = bytes.indexOf(MARK); at >= 0; at = bytes.indexOf(MARK, at + 1)) {
    const tagStart = bytes.lastIndexOf('<', at);
    if (tagStart < 0) continue;
    const tag = bytes.toString('utf8', tagStart, at + MARK.length + 1);
    if (/^<[a-z][^>]*\sdata-pagefind-body[\s=>]$/i.test(tag)) return true;
  }
  return false;
}

export interface PagefindRun {
  code: number | null;
  /** The signal that stopped it, when one did (its `code` is then null). */
  signal?: NodeJS.Signals | null;
  /** What Pagefind wrote to stderr: its errors, each starting `Error:`. */
  errors: string;
}

/**
 * The errors of a run of Pagefind's command line, each on one line as Pagefind wrote it
 * (`Error: Pagefind was not able to build an index. Most likely, …`). A run that succeeded
 * has only the errors it reported (anything else on stderr is a note); a run that failed
 * has everything it wrote, or a line saying how it stopped when it wrote nothing.
 */
export function pagefindErrors({ code, signal, errors }: PagefindRun): string[] {
  const written = errors
    .split(/\n(?=Error:)/)
    .map((error) => error.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (code === 0) return written.filter((error) => error.startsWith('Error:'));
  if (written.length > 0) return written;
  return [code === null ? `Pagefind was stopped by ${signal ?? 'a signal'}` : `Pagefind stopped with exit code ${code} and no message`];
}
