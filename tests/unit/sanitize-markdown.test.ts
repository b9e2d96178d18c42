/**
 * Markdown topics and news pass the site's one sanitiser inside Astro's Markdown processor,
 * Sätteri, configured as astro.config.mjs configures it.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { needsSanitiser, sanitizeMarkdownPlugin } from '../../src/lib/html/sanitize-markdown.ts';

async function render(markdown: string, plugins = [sanitizeMarkdownPlugin()]): Promise<string> {
  const { html } = await markdownToHtml(markdown, {
    hastPlugins: plugins,
    features: { rawHtml: true, gfm: { footnotes: { clobberPrefix: '' } } },
  });
  return html;
}

describe('a Markdown topic or news item', () => {
  test('loses raw HTML that could act, and keeps its text', async () => {
    const html = await render(
      'Hi <meta http-equiv="refresh" content="0;url=https://phish.example/"> there <img src=x onerror=alert(1)>\n\n<style>body{display:none}</style>\n\n<form action="https://phish.example/"><input name=p></form>\n\n<base href="https://phish.example/">',
    );
    expect(html).toContain('Hi  there <img src="x" alt="">');
    expect(html).not.toMatch(/<meta|onerror|<style|<form|<input|<base|phish/);
  });

  test('loses every link address outside http, https and mailto, however it is written', async () => {
    const html = await render(
      [
        '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](jav&#x61;script:alert(1)) [d](data:text/html,x) ![e](javascript:alert(2))',
        '<javascript:alert(3)> [f][ref] [ok](https://example.org/) [mail](mailto:team@example.org) [file](../2/01-getting-to-know-you.md)',
        '',
        '[ref]: vbscript:alert(4)',
        '',
        '[g](javascript\\:alert\\(5\\)) ![h](https\\://tracker.example/p.gif) [i][escaped]',
        '',
        '[escaped]: javascript\\:alert(6)',
      ].join('\n'),
    );
    expect(html).not.toMatch(/(?:href|src)="(?!https:|mailto:|\.\.\/)/i);
    expect(html).toContain('<a>a</a> <a>b</a> <a>c</a> <a>d</a> <img alt="e">');
    expect(html).toContain('<a>g</a> <img src="https://tracker.example/p.gif" alt="h"> <a>i</a>');
    expect(html).toContain('<a href="https://example.org/">ok</a>');
    expect(html).toContain('<a href="mailto:team@example.org">mail</a>');
    expect(html).toContain('<a href="../2/01-getting-to-know-you.md">file</a>');
  });

  test('keeps a details element across Markdown blocks, shows a checklist as ☑ and ☐, and links its footnotes both ways', async () => {
    const html = await render(
      '<details>\n<summary>More</summary>\n\nInside **bold**.\n\n</details>\n\n- [x] done\n- [ ] to do\n\nNote[^n].\n\n[^n]: The note.\n',
    );
    expect(html).toMatch(/<details>\s*<summary>More<\/summary>\s*<p>Inside <strong>bold<\/strong>\.<\/p>\s*<\/details>/);
    expect(html).toContain('<li class="task-list-item">☑ done</li>');
    expect(html).toContain('<li class="task-list-item">☐ to do</li>');
    expect(html).not.toContain('<input');
    expect(html).toContain('href="#user-content-fn-n" id="user-content-fnref-n"');
    expect(html).toContain('<li id="user-content-fn-n">');
    expect(html).toContain('href="#user-content-fnref-n"');
    expect(html).toContain('aria-describedby="user-content-footnote-label"');
  });

  test('a link to a heading (whose id comes after the sanitiser) keeps its address', async () => {
    expect(await render('See [the prompt](#the-prompt) below[^1].\n\n## The prompt\n\n[^1]: x')).toContain('<a href="#the-prompt">');
  });

  test('plain Markdown is rendered as Sätteri renders it, without the sanitiser', async () => {
    const markdown = '## Getting started\n\nA *topic* with [a link](https://example.org/) and `code`.\n\n1. One\n2. Two\n';
    expect(needsSanitiser(markdown)).toBe(false);
    expect(await render(markdown)).toBe(await render(markdown, []));
  });

  test('what needs the sanitiser', () => {
    for (const markdown of [
      'a <b>b</b>',
      'a &amp; b',
      '[x](javascript:y)',
      '[x]: data:y',
      'x[^1]',
      '- [ ] task',
      '* [X] task',
      '1. [x] task',
      '[x](javascript\\:y)',
      '[x]: data\\:y',
    ])
      expect(needsSanitiser(markdown), markdown).toBe(true);
    for (const markdown of ['Prompt: what do you think?', '[x](https://a.example/b:c)', '[x](./file.md)', '[x]: mailto:a@b.example', '- a list'])
      expect(needsSanitiser(markdown), markdown).toBe(false);
  });
});
