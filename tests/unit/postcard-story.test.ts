import { describe, expect, it } from 'vitest';
import { renderStory } from '../../src/lib/postcard-story.ts';

describe('renderStory', () => {
  it('renders plain Markdown: paragraphs, emphasis, lists and links', () => {
    expect(renderStory('Hello **there**.\n\n- one\n- [two](https://example.org/)')).toBe(
      '<p>Hello <strong>there</strong>.</p>\n<ul>\n<li>one</li>\n<li><a href="https://example.org/">two</a></li>\n</ul>',
    );
  });

  it.each([
    ['a script', '<script>alert(1)</script>', '<script'],
    ['an image with onerror', '<img src=x onerror="alert(1)">', '<img'],
    ['an iframe', '<iframe src="https://example.org/"></iframe>', '<iframe'],
    ['a style attribute', '<span style="color:red">red</span>', '<span'],
  ])('shows %s as text instead of markup', (_, markdown, tag) => {
    const html = renderStory(markdown);
    expect(html).not.toContain(tag);
    expect(html).toContain(tag.replace('<', '&lt;'));
  });

  it('drops javascript: and data: links but keeps their text', () => {
    const html = renderStory('[click me](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('click me');
    expect(html).toContain('data</a>');
  });

  it('keeps writing in other scripts as it is', () => {
    expect(renderStory('تحية من عمّان!')).toBe('<p>تحية من عمّان!</p>');
  });
});
