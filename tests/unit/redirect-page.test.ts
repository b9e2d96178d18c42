import { describe, expect, test } from 'vitest';
import { redirectPage } from '../../src/lib/site/redirect-page.ts';

const options = {
  to: '/interlibnet/topics/1/06-library-spaces/',
  canonical: 'https://example.org/interlibnet/topics/1/06-library-spaces/',
  siteName: 'International Librarians Network',
  csp: "default-src 'self'; script-src 'self'",
};

describe('redirect page', () => {
  test('refreshes at once with the space the HTML standard expects, asks not to be indexed and names the canonical', () => {
    const html = redirectPage(options);
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/interlibnet/topics/1/06-library-spaces/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/interlibnet/topics/1/06-library-spaces/">');
    expect(html).toContain('<title>Page moved · International Librarians Network</title>');
  });

  test('links to the new address for readers whose browser does not follow the refresh, with no script', () => {
    const html = redirectPage(options);
    expect(html).toContain('<a href="/interlibnet/topics/1/06-library-spaces/">https://example.org/interlibnet/topics/1/06-library-spaces/</a>');
    expect(html).not.toContain('<script');
    expect(html).toContain('<meta http-equiv="content-security-policy" content="default-src &#x27;self&#x27;; script-src &#x27;self&#x27;">');
  });

  test('an address is escaped as an attribute value, never written into the markup', () => {
    const html = redirectPage({ ...options, to: '/a/"><script>x</script>/', canonical: 'https://example.org/a/' });
    // The quote that would end the attribute is a character reference, so the rest stays inside it.
    expect(html).not.toContain('"><script');
    expect(html).toContain('content="0; url=/a/&#x22;><script>x</script>/"');
  });

  test('without a policy there is no policy meta', () => {
    expect(redirectPage({ ...options, csp: undefined })).not.toContain('content-security-policy');
  });
});
