import { describe, expect, test } from 'vitest';
import { CONSENT_KEY, giscusAttributes, hasConsent, howToStart, storeConsent } from '../../src/components/CommentThread.client.ts';

/** A `localStorage` stand-in; `off` throws as browsers do where storage is disabled. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}
const off = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('the reader’s consent', () => {
  test('is given only once stored as given', () => {
    expect(hasConsent(() => memoryStorage())).toBe(false);
    expect(hasConsent(() => memoryStorage({ [CONSENT_KEY]: 'given' }))).toBe(true);
    expect(hasConsent(() => memoryStorage({ [CONSENT_KEY]: 'yes' }))).toBe(false);
  });

  test('is kept, and taken back, under its key', () => {
    const storage = memoryStorage({ other: 'kept' });
    storeConsent(() => storage, true);
    expect(storage.items.get('iln:comments-consent')).toBe('given');
    expect(hasConsent(() => storage)).toBe(true);
    storeConsent(() => storage, false);
    expect(storage.items.has('iln:comments-consent')).toBe(false);
    expect(storage.items.get('other')).toBe('kept');
  });

  test('without storage, means "ask", and storing it fails quietly', () => {
    expect(hasConsent(off)).toBe(false);
    expect(() => storeConsent(off, true)).not.toThrow();
    expect(() => storeConsent(off, false)).not.toThrow();
  });
});

describe('howToStart', () => {
  const page = 'https://example.org/topics/2/04-open-access/';

  test('loads at once for a reader back from signing in through giscus', () => {
    expect(howToStart(`${page}?giscus=session`, true, () => false)).toBe('signed-in');
    expect(howToStart(`${page}?giscus=session`, false, () => false)).toBe('signed-in');
  });

  test('asks first where the site asks, unless the reader said yes for good', () => {
    expect(howToStart(page, true, () => false)).toBe('ask');
    expect(howToStart(page, true, () => true)).toBe('when-seen');
  });

  test('waits for the comments to be seen where the site does not ask, without reading the consent', () => {
    let read = false;
    expect(
      howToStart(page, false, () => {
        read = true;
        return false;
      }),
    ).toBe('when-seen');
    expect(read).toBe(false);
  });
});

describe('giscusAttributes', () => {
  const settings = {
    repo: 'interlibnet/interlibnet',
    repoId: 'R_kgDOExample',
    category: 'Open forum',
    categoryId: 'DIC_kwDOExample',
    term: 'topic:2/04',
    lang: 'en',
    themeLight: 'light',
    themeDark: 'dark',
  };

  test('finds the thread by its exact term', () => {
    expect(giscusAttributes(settings, false)).toEqual({
      repo: 'interlibnet/interlibnet',
      repoid: 'R_kgDOExample',
      category: 'Open forum',
      categoryid: 'DIC_kwDOExample',
      mapping: 'specific',
      term: 'topic:2/04',
      strict: '1',
      lang: 'en',
      theme: 'light',
    });
  });

  test('takes the theme of the reader’s setting, and giscus’s own choice when none is set', () => {
    expect(giscusAttributes(settings, true).theme).toBe('dark');
    expect(giscusAttributes({ ...settings, themeDark: undefined }, true).theme).toBe('preferred_color_scheme');
  });

  test('writes a missing setting as an empty attribute', () => {
    expect(giscusAttributes({ ...settings, lang: undefined }, false).lang).toBe('');
  });
});
