import { expect, test } from 'vitest';
import { listSeparator } from '../../src/lib/site/list-separator.ts';

test('a locale’s separator between two parts of a place', () => {
  expect(listSeparator('en')).toBe(', ');
  expect(listSeparator('ja')).toBe(' ');
});
