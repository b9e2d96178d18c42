import { describe, expect, test } from 'vitest';
import { indexProblems, isMarkedForSearch, pagefindErrors } from '../../src/lib/search/search-index.ts';

describe('indexProblems', () => {
  test('a sound index has none', () => {
    expect(indexProblems({ errors: [], indexedPages: 32, markedPages: 32 })).toEqual([]);
  });

  test('an empty index is a problem, even when Pagefind is content', () => {
    expect(indexProblems({ errors: [], indexedPages: 0, markedPages: 0 })).toEqual([
      'no built page is marked for search (data-pagefind-body): the index would be empty',
    ]);
  });

  test('pages missing from the index are a problem', () => {
    expect(indexProblems({ errors: [], indexedPages: 30, markedPages: 32 })).toEqual([
      'Pagefind indexed 30 pages; expected the 32 pages marked for search (data-pagefind-body)',
    ]);
  });

  test('every error Pagefind reports is passed on', () => {
    expect(indexProblems({ errors: ['could not parse x.html', 'bad glob'], indexedPages: 3, markedPages: 3 })).toEqual([
      'Pagefind reported: could not parse x.html',
      'Pagefind reported: bad glob',
    ]);
  });
});

describe('isMarkedForSearch', () => {
  test('finds the attribute on an element, with or without a value', () => {
    expect(isMarkedForSearch('<main id="main" data-pagefind-body>')).toBe(true);
    expect(isMarkedForSearch('<main data-pagefind-body="">')).toBe(true);
  });

  test('ignores other Pagefind attributes and the words in text', () => {
    expect(isMarkedForSearch('<main data-pagefind-body-like="x"><p>data-pagefind-body</p>')).toBe(false);
    expect(isMarkedForSearch('<span data-pagefind-filter="Type:Page"></span>')).toBe(false);
  });

  test("reads a file's bytes, past text that only names the attribute", () => {
    const page = (main: string) =>
      Buffer.from(`<!doctype html><title>Ελληνικά · 日本語</title><p>data-pagefind-body > x</p>${main}<p>data-pagefind-body</p>`);
    expect(isMarkedForSearch(page('<main class="Ελληνικά" data-pagefind-body>'))).toBe(true);
    expect(isMarkedForSearch(page('<main\n  data-pagefind-body\n>'))).toBe(true);
    expect(isMarkedForSearch(page('<main data-pagefind-ignore>'))).toBe(false);
    expect(isMarkedForSearch(Buffer.from('data-pagefind-body'))).toBe(false);
  });
});

describe('pagefindErrors', () => {
  test('a run that succeeded has only the errors it reported, not its notes', () => {
    expect(pagefindErrors({ code: 0, errors: '' })).toEqual([]);
    expect(pagefindErrors({ code: 0, errors: 'Note: no stemming for the language xx\n' })).toEqual([]);
    expect(pagefindErrors({ code: 0, errors: 'Note: x\nError: Failed to read y.html\n' })).toEqual(['Error: Failed to read y.html']);
  });

  test('a failed run has everything it wrote', () => {
    expect(pagefindErrors({ code: 1, errors: 'Failed to run pagefind via the npx wrapper: no binary\n' })).toEqual([
      'Failed to run pagefind via the npx wrapper: no binary',
    ]);
  });

  test('each error Pagefind wrote is one line, even when it spans several', () => {
    const errors =
      'Error: Pagefind was not able to build an index. \nMost likely, the directory passed to Pagefind was empty.\nError: Failed to write pagefind-entry.json\n';
    expect(pagefindErrors({ code: 1, errors })).toEqual([
      'Error: Pagefind was not able to build an index. Most likely, the directory passed to Pagefind was empty.',
      'Error: Failed to write pagefind-entry.json',
    ]);
  });

  test('a failed run that wrote nothing still is an error', () => {
    expect(pagefindErrors({ code: 101, errors: '' })).toEqual(['Pagefind stopped with exit code 101 and no message']);
    expect(pagefindErrors({ code: null, signal: 'SIGKILL', errors: '  \n' })).toEqual(['Pagefind was stopped by SIGKILL']);
  });
});
