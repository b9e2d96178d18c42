import { describe, expect, test } from 'vitest';
import { isLanguageTag, textDirection } from '../../src/lib/content/languages.ts';

describe('isLanguageTag', () => {
  test.each(['en', 'hu', 'ar', 'pt-BR', 'zh-Hant-TW', 'es-419'])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });

  test.each(['en_US', 'pt_BR', '', 'e', 'english language', 'hu,en'])('rejects %j', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });
});

describe('textDirection', () => {
  test.each(['ar', 'he', 'fa', 'ur', 'ar-JO'])('is rtl for %s', (tag) => {
    expect(textDirection(tag)).toBe('rtl');
  });

  test.each(['hu', 'pt-BR', 'en', 'ga', 'pl'])('is ltr for %s', (tag) => {
    expect(textDirection(tag)).toBe('ltr');
  });
});
