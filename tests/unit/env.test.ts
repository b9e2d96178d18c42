import { describe, expect, test } from 'vitest';
import { readEnv } from '../../src/config/env.ts';

describe('the build’s environment variables', () => {
  test('none set: no overrides', () => {
    expect(readEnv({})).toEqual({ commentCollections: undefined });
  });

  test('reads each override into the value the site uses', () => {
    const env = readEnv({
      SITE_URL: 'https://interlibnet.github.io',
      SITE_BASE: '/interlibnet/',
      ILN_NOW: '2026-11-23T09:00:00+11:00',
      ILN_LIST_PAGE_SIZE: '2',
      GISCUS_COLLECTIONS: 'topics,news',
      GISCUS_CONSENT: 'true',
      NEWSLETTER_ACTION: '',
      CMS_AUTH_URL: 'https://auth.example.workers.dev',
    });
    expect(env).toMatchObject({
      SITE_URL: 'https://interlibnet.github.io',
      SITE_BASE: '/interlibnet/',
      ILN_LIST_PAGE_SIZE: 2,
      GISCUS_CONSENT: 'true',
      NEWSLETTER_ACTION: '',
    });
    expect(env.ILN_NOW?.toISOString()).toBe('2026-11-22T22:00:00.000Z');
    expect(env.commentCollections).toEqual({ topics: true, postcards: false, news: true });
  });

  test('takes an instant to build for only with its offset, which the machine’s zone would otherwise supply', () => {
    expect(readEnv({ ILN_NOW: '2026-11-22T22:00:00Z' }).ILN_NOW?.toISOString()).toBe('2026-11-22T22:00:00.000Z');
    expect(() => readEnv({ ILN_NOW: '2026-10-12T09:00:00' })).toThrow(
      'ILN_NOW: found "2026-10-12T09:00:00"; expected an ISO date-time with its offset, such as 2026-11-23T09:00:00+11:00 or 2026-11-22T22:00:00Z',
    );
  });

  test('names every variable it cannot use, with what it found and what it expects', () => {
    expect(() =>
      readEnv({
        SITE_URL: 'interlibnet.org',
        ILN_NOW: 'next tuesday',
        ILN_LIST_PAGE_SIZE: '0',
        ILN_PHOTO_FORMATS: 'avif,webp',
        GISCUS_COLLECTIONS: 'rounds',
        GISCUS_CONSENT: 'yes',
        NEWSLETTER_ACTION: 'http://insecure.example/subscribe',
      }),
    ).toThrow(
      [
        'Environment variables the build cannot use:',
        '  SITE_URL: found "interlibnet.org"; expected an http:// or https:// address such as https://interlibnet.org',
        '  ILN_LIST_PAGE_SIZE: found "0"; expected a whole number of 1 or more',
        '  ILN_NOW: found "next tuesday"; expected an ISO date-time with its offset, such as 2026-11-23T09:00:00+11:00 or 2026-11-22T22:00:00Z',
        '  ILN_PHOTO_FORMATS: found "avif,webp"; expected nothing: photos are always WebP with one JPEG, and AVIF is gone (docs/benchmark.md)',
        '  GISCUS_CONSENT: found "yes"; expected true or false',
        '  NEWSLETTER_ACTION: found "http://insecure.example/subscribe"; expected the subscribe endpoint of an RSS-to-email service, an https:// address',
        '  GISCUS_COLLECTIONS: found "rounds"; expected a comma-separated list of topics, postcards, news, or nothing for none',
      ].join('\n'),
    );
  });
});
