import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { builtFiles, TEST_NOW } from '../support/build.ts';
import { outDirOf, SITES } from '../support/sites.ts';

/**
 * WCAG 1.4.10 Reflow: at 320 CSS px nothing needs scrolling sideways. axe cannot see this,
 * so every page the build wrote is opened at that width. Redirect pages only forward, and
 * /admin/ is the editors' tool (the CMS lays itself out), so both are left out.
 */
const NARROW = 320;

/** Site paths of the main test site's pages, from its build folder (read when the test runs: the build happens first). */
function builtPages(): string[] {
  const dist = outDirOf(SITES.main);
  return builtFiles(dist)
    .filter((file) => !file.startsWith('admin/'))
    .filter((file) => !readFileSync(join(dist, file), 'utf8').includes('http-equiv="refresh"'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/**
 * How far the page reaches past the viewport, and the element that reaches furthest, or its
 * text where a word overflows its box, named as `tag.class "text…"`.
 */
async function overflowOf(page: Page): Promise<{ scrollWidth: number; viewport: number; widest: string }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    let right = viewport;
    let widest = '';
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    const consider = (box: DOMRect, element: Element) => {
      // What lies beyond the page's own width is clipped (Pagefind's hidden hints): it widens nothing.
      if (box.width > 0 && box.right > right + 0.5 && box.right <= scrollWidth + 1) {
        right = box.right;
        widest = `${name(element)} reaches ${Math.round(box.right)} px`;
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) consider(node.getBoundingClientRect(), node);
      else if (node.parentElement && node.textContent?.trim()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        consider(range.getBoundingClientRect(), node.parentElement);
      }
    }
    return { scrollWidth, viewport, widest };
  });
}

test.describe('reflow at 320 CSS px', () => {
  test.use({ viewport: { width: NARROW, height: 640 } });

  test('no page of the site scrolls sideways', async ({ page }) => {
    test.setTimeout(180_000);
    // Times and round states follow the reader's clock: read the pages at the instant they were built for.
    await page.clock.install({ time: new Date(TEST_NOW) });
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(60);
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      const { scrollWidth, viewport, widest } = await overflowOf(page);
      if (scrollWidth > viewport) wide.push(`${path} is ${scrollWidth} px wide: ${widest || 'no element found'}`);
    }
    expect(wide, `pages wider than ${NARROW} px`).toEqual([]);
  });
});

/**
 * Readers' own text settings: WCAG 1.4.12's text spacing at 320 px, and text alone made
 * twice as large (1.4.4, as Firefox's "zoom text only" and phones' font size do) at 375 px.
 * Long words in library names must wrap, and no grid may keep a column wider than the screen.
 */
const READER_SETTINGS = [
  {
    name: 'with WCAG text spacing',
    width: NARROW,
    css: '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; } p { margin-block-end: 2em !important; }',
  },
  { name: 'with text twice as large', width: 375, css: 'html { font-size: 200% !important; }' },
];

for (const { name, width, css } of READER_SETTINGS) {
  test.describe(`reflow ${name} at ${width} CSS px`, () => {
    test.use({ viewport: { width, height: 700 }, bypassCSP: true });

    test('no postcard, round or topic page scrolls sideways', async ({ page }) => {
      test.setTimeout(180_000);
      await page.clock.install({ time: new Date(TEST_NOW) });
      const pages = builtPages().filter((path) => /^\/(?:postcards|rounds|topics)\/./.test(path));
      expect(pages.length).toBeGreaterThan(20);
      const wide: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        await page.addStyleTag({ content: css });
        const { scrollWidth, viewport, widest } = await overflowOf(page);
        if (scrollWidth > viewport) wide.push(`${path} is ${scrollWidth} px wide: ${widest || 'no element found'}`);
      }
      expect(wide, `pages wider than ${width} px`).toEqual([]);
    });
  });
}

/** The header's links and search, as boxes, at the page's width. */
async function headerBoxes(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const links = await nav.getByRole('link').all();
  const search = page.getByRole('search', { name: 'Site' });
  return {
    links: await Promise.all(links.map(async (link) => ({ name: (await link.textContent())?.trim() ?? '', box: (await link.boundingBox())! }))),
    field: (await search.getByRole('searchbox').boundingBox())!,
    button: (await search.getByRole('button', { name: 'Search' }).boundingBox())!,
  };
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (box: Box, width: number) => box.x >= 0 && box.x + box.width <= width;

for (const width of [320, 390]) {
  test.describe(`the header at ${width} px`, () => {
    test.use({ viewport: { width, height: 700 } });

    test('every link and the search are whole, inside the screen, and apart', async ({ page }) => {
      await page.goto('/');
      const { links, field, button } = await headerBoxes(page);
      expect(links.length).toBeGreaterThan(3);
      const boxes = [...links, { name: 'search field', box: field }, { name: 'search button', box: button }];
      for (const { name, box } of boxes) expect(inside(box, width), `${name} at ${box.x}–${box.x + box.width} px`).toBe(true);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) expect(overlap(a.box, b.box), `${a.name} overlaps ${b.name}`).toBe(false);
      }
      // Wide enough to see what one types.
      expect(field.width).toBeGreaterThanOrEqual(180);
    });
  });
}

for (const width of [320, 390, 1280]) {
  test.describe(`the header's search at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the search field shows its whole placeholder', async ({ page }) => {
      await page.goto('/');
      const field = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
      // Typed in, the placeholder's words must not scroll: the field then shows them whole (the
      // room left for the clear button included, which measuring the text alone would miss).
      const { needed, room } = await field.evaluate((input: HTMLInputElement) => {
        input.value = input.placeholder;
        const sizes = { needed: input.scrollWidth, room: input.clientWidth };
        input.value = '';
        return sizes;
      });
      expect(needed, "width the placeholder needs, against the field's").toBeLessThanOrEqual(room);
    });
  });
}
