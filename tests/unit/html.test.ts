import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { feedHtml, parseHtml } from '../../src/lib/html/html.ts';

const PAGE = 'https://example.org/interlibnet/topics/1/07-proving-our-worth/';

describe('feedHtml', () => {
  test('resolves root-relative, relative and fragment addresses as a browser on the page would', () => {
    const html = feedHtml(
      '<p><a href="/interlibnet/rounds/1/">round</a> <a href="../03-advocacy/">advocacy</a> <a href="#measuring">below</a></p>',
      PAGE,
    );
    expect(html).toBe(
      '<p><a href="https://example.org/interlibnet/rounds/1/">round</a> <a href="https://example.org/interlibnet/topics/1/03-advocacy/">advocacy</a> <a href="https://example.org/interlibnet/topics/1/07-proving-our-worth/#measuring">below</a></p>',
    );
  });

  test('resolves images, their srcset candidates and picture sources', () => {
    const html = feedHtml(
      '<picture><source srcset="/interlibnet/_astro/a.webp 400w" type="image/webp"><img src="/interlibnet/_astro/a.jpg" srcset="/interlibnet/_astro/a-400.jpg 400w, b-800.jpg 800w" alt="A"></picture><blockquote cite="/q/">q</blockquote>',
      PAGE,
    );
    expect(html).toContain('<source srcset="https://example.org/interlibnet/_astro/a.webp 400w" type="image/webp">');
    expect(html).toContain('src="https://example.org/interlibnet/_astro/a.jpg"');
    expect(html).toContain(
      'srcset="https://example.org/interlibnet/_astro/a-400.jpg 400w, https://example.org/interlibnet/topics/1/07-proving-our-worth/b-800.jpg 800w"',
    );
    expect(html).toContain('cite="https://example.org/q/"');
  });

  test('leaves absolute addresses, mail links and text alone', () => {
    const html = '<p>Tom &amp; Jerry <a href="https://other.example/x?a=1&amp;b=2">x</a> <a href="mailto:iln@example.org">mail</a></p>';
    expect(feedHtml(html, PAGE)).toBe(html);
  });

  test('reads entities in an address and writes them back escaped', () => {
    expect(feedHtml('<a href="/search/?q=a&amp;page=2" title="&quot;x&quot;">s</a>', PAGE)).toBe(
      '<a href="https://example.org/search/?q=a&amp;page=2" title="&quot;x&quot;">s</a>',
    );
  });

  test('resolves protocol-relative addresses to the page’s scheme', () => {
    expect(feedHtml('<img src="//cdn.example/a.png" alt="a">', PAGE)).toBe('<img src="https://cdn.example/a.png" alt="a">');
  });

  test('passes the sanitiser: scripts, handlers, styles, frames and javascript: links are gone', () => {
    const html = feedHtml(
      '<p onclick="x()" style="color:red">Hi<script>alert(1)</script><iframe src="https://evil.example/"></iframe><a href="javascript:alert(1)">j</a><img src=x onerror=alert(1) alt="x"></p>',
      PAGE,
    );
    expect(html).toBe(`<p>Hi<a>j</a><img src="${PAGE}x" alt="x"></p>`);
  });

  test('writes a task list’s boxes as ☑ and ☐, which readers show, instead of dropping them', () => {
    const html = feedHtml(
      '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled> Meet your partner</li><li class="task-list-item"><input type="checkbox" disabled> Write a postcard</li></ul>',
      PAGE,
    );
    expect(html).toBe(
      '<ul class="contains-task-list"><li class="task-list-item">☑ Meet your partner</li><li class="task-list-item">☐ Write a postcard</li></ul>',
    );
  });

  test('a text input is not a task box: it is removed like any other form control', () => {
    expect(feedHtml('<p>Name: <input type="text" value="x"></p>', PAGE)).toBe('<p>Name: </p>');
  });
});

describe('parseHtml', () => {
  test('reads a fragment into the tree hast-util-from-html makes, without source positions', () => {
    const html = [
      '<h2 id="a">Spaces &amp; places</h2><p>One<br>two <a href="/x/" title="&quot;q&quot;">link</a></p>',
      '<table><tr><td>cell</td></tr></table><ul><li><input type="checkbox" checked disabled> done</li></ul>',
      '<svg viewBox="0 0 10 10"><path d="M0 0h10"/></svg><noscript><p>no script</p></noscript><template><b>t</b></template>',
      '<p dir="rtl" lang="ar">مكتبة</p><pre><code>a &lt; b</code></pre><!-- a comment -->',
    ].join('\n');
    const withoutPositions = (node: unknown): unknown =>
      JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)));
    const tree = parseHtml(html);
    expect(JSON.stringify(tree)).not.toContain('"position"');
    expect(tree).toEqual(withoutPositions(fromHtml(html, { fragment: true })));
  });
});
