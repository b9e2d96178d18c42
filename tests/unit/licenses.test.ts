import { describe, expect, test } from 'vitest';
import { isLicenseId, licenseOf } from '../../src/lib/content/licenses.ts';
import { site } from '../../src/site.config.ts';

describe('licence ids', () => {
  test.each(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'CC-BY-NC-ND-4.0', 'GPL-2.0+', 'LicenseRef-ILN-1', 'MIT'])('accepts %s', (id) => {
    expect(isLicenseId(id)).toBe(true);
  });

  test.each(['', 'CC BY 4.0', 'CC-BY-', '-MIT', 'CC--BY', 'https://creativecommons.org/licenses/by/4.0/', '<b>MIT</b>', 'a'.repeat(65)])(
    'refuses %j',
    (id) => {
      expect(isLicenseId(id)).toBe(false);
    },
  );
});

describe('a licence for readers', () => {
  test.each([
    ['CC-BY-4.0', 'CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
    ['CC-BY-SA-4.0', 'CC BY-SA 4.0', 'https://creativecommons.org/licenses/by-sa/4.0/'],
    ['CC-BY-NC-ND-4.0', 'CC BY-NC-ND 4.0', 'https://creativecommons.org/licenses/by-nc-nd/4.0/'],
    ['CC-BY-3.0-AU', 'CC BY 3.0 AU', 'https://creativecommons.org/licenses/by/3.0/au/'],
    ['CC0-1.0', 'CC0 1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
    ['MIT', 'MIT', 'https://spdx.org/licenses/MIT.html'],
  ])('%s is called %s and links to %s', (id, name, url) => {
    expect(licenseOf(id)).toEqual({ id, name, url });
  });

  test("the site's own licence is CC BY 4.0, named and linked as licenseOf() would", () => {
    expect(site.license).toEqual(licenseOf('CC-BY-4.0'));
  });
});
