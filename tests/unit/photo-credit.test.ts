import { describe, expect, test } from 'vitest';
import { licenseOf } from '../../src/lib/content/licenses.ts';
import { imageObjectData, photoCredit } from '../../src/lib/postcards/photo-credit.ts';

const SITE_LICENSE = licenseOf('CC-BY-4.0');

describe("a postcard photo's credit and licence", () => {
  test('credit the participant under the site licence when the postcard says nothing else', () => {
    expect(photoCredit({ name: 'Anna Kovács' }, SITE_LICENSE)).toEqual({ credit: 'Anna Kovács', license: SITE_LICENSE });
  });

  test("credit whoever took the photo, under the postcard's own licence", () => {
    expect(photoCredit({ name: 'Anna Kovács', imageCredit: 'Tóth Gábor', license: 'CC-BY-SA-4.0' }, SITE_LICENSE)).toEqual({
      credit: 'Tóth Gábor',
      license: licenseOf('CC-BY-SA-4.0'),
    });
  });

  test('are told to search engines as an ImageObject with the fields they read for licences', () => {
    const rights = photoCredit({ name: 'Anna', imageCredit: 'Gábor' }, SITE_LICENSE);
    expect(imageObjectData(rights, 'https://interlibnet.org/_astro/photo.jpg', 'https://interlibnet.org/postcards/anna/')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ImageObject',
      contentUrl: 'https://interlibnet.org/_astro/photo.jpg',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      acquireLicensePage: 'https://interlibnet.org/postcards/anna/',
      creditText: 'Gábor',
      creator: { '@type': 'Person', name: 'Gábor' },
    });
  });
});
