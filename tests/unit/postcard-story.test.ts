import { describe, expect, it } from 'vitest';
import { renderStory, storyHtml } from '../../src/lib/html/postcard-story.ts';

describe('renderStory', () => {
  it('renders plain Markdown: paragraphs, emphasis, lists and links', () => {
    expect(renderStory('Hello **there**.\n\n- one\n- [two](https://example.org/)')).toBe(
      '<p>Hello <strong>there</strong>.</p>\n<ul>\n<li>one</li>\n<li><a href="https://example.org/" rel="ugc nofollow">two</a></li>\n</ul>',
    );
  });

  it.each([
    ['a script', '<script>alert(1)</script>', '<script'],
    ['an image with onerror', '<img src=x onerror="alert(1)">', '<img'],
    ['an iframe', '<iframe src="https://example.org/"></iframe>', '<iframe'],
    ['a style attribute', '<span style="color:red">red</span>', '<span'],
    ['HTML inside a paragraph', 'Hello <b onclick="x()">there</b>', '<b'],
  ])('shows %s as text instead of markup', (_, markdown, tag) => {
    const html = renderStory(markdown);
    expect(html).not.toContain(tag);
    expect(html).toContain(tag.replace('<', '&lt;'));
  });

  it('drops javascript:, entity-encoded javascript: and data: links but keeps their text', () => {
    const html = renderStory('[click me](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [encoded](jav&#x61;script:alert(1))');
    expect(html).not.toMatch(/javascript:|data:|href/i);
    expect(html).toBe('<p><a rel="ugc nofollow">click me</a> <a rel="ugc nofollow">data</a> <a rel="ugc nofollow">encoded</a></p>');
  });

  it('marks every link as user-generated and not endorsed, mail links included', () => {
    expect(renderStory('[mail](mailto:iln@example.org) <https://example.org/>')).toBe(
      '<p><a href="mailto:iln@example.org" rel="ugc nofollow">mail</a> <a href="https://example.org/" rel="ugc nofollow">https://example.org/</a></p>',
    );
  });

  it('loads no image, remote or otherwise, and keeps its description as text', () => {
    const html = renderStory('Look: ![a tracking pixel](http://tracker.example/pixel.gif) and ![ref][p]\n\n[p]: https://tracker.example/p.png');
    expect(html).not.toMatch(/<img|tracker\.example/);
    expect(html).toBe('<p>Look: a tracking pixel and ref</p>');
  });

  it('starts headings below the page’s h1', () => {
    expect(renderStory('# Our library\n\n## Its people\n\n###### Small')).toBe('<h2>Our library</h2>\n<h3>Its people</h3>\n<h6>Small</h6>');
  });

  it('keeps a link title with quotes and ]]> inside its attribute', () => {
    expect(renderStory('[t](https://example.org "say \\"hi\\" ]]>")')).toBe(
      '<p><a href="https://example.org" title="say &quot;hi&quot; ]]>" rel="ugc nofollow">t</a></p>',
    );
  });

  it('keeps footnotes working with prefixed ids', () => {
    const html = renderStory('A[^1]\n\n[^1]: note');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it('keeps which tasks of a checklist are done, as ☑ and ☐, without form controls', () => {
    expect(renderStory('- [x] Visit the library\n- [ ] Write back')).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item">☑ Visit the library</li>\n<li class="task-list-item">☐ Write back</li>\n</ul>',
    );
  });

  it('keeps writing in other scripts as it is', () => {
    expect(renderStory('تحية من عمّان!')).toBe('<p>تحية من عمّان!</p>');
  });

  it('reads a story that starts with a rule as a rule, not as frontmatter', () => {
    expect(renderStory('---\nGreetings\n\n---\n\nfrom Recife')).toBe('<hr>\n<p>Greetings</p>\n<hr>\n<p>from Recife</p>');
  });

  it('keeps tables, strikethrough and bare web addresses', () => {
    expect(renderStory('| Opens | Closes |\n|:--|--:|\n| 9 | 17 |\n\n~~closed~~ www.example.org')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">Opens</th>\n<th align="right">Closes</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="left">9</td>\n<td align="right">17</td>\n</tr>\n</tbody>\n</table>\n<p><del>closed</del> <a href="http://www.example.org" rel="ugc nofollow">www.example.org</a></p>',
    );
  });

  it('writes a NUL character as the replacement character, as CommonMark says', () => {
    expect(renderStory('a\u0000b')).toBe('<p>a\uFFFDb</p>');
  });
});

describe('storyHtml', () => {
  it('gives the story rendered when the entry was loaded', () => {
    expect(storyHtml({ id: 'layla-haddad-amman', rendered: { html: '<p>Hello</p>' } })).toBe('<p>Hello</p>');
    expect(storyHtml({ id: 'layla-haddad-amman', rendered: { html: '' } })).toBe('');
  });

  it('stops the build for an entry whose story was not rendered, rather than showing none', () => {
    expect(() => storyHtml({ id: 'layla-haddad-amman' })).toThrow('layla-haddad-amman has no rendered story');
  });
});
