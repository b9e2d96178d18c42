/**
 * The Open Graph image of a page: a 1200×630 card in the site's colours with the page's
 * title, a line above it ("Round 2 · Topic 6", "News") and the site's name, laid out by
 * satori and encoded as a PNG by sharp. Pure: the fonts come in as bytes, and nothing here
 * reads or writes the disk (src/share/og-images.ts picks the fonts and keeps the cache).
 */
import { createHash } from 'node:crypto';
import satori from 'satori';
import sharp from 'sharp';

/** Size of every generated image: what Facebook, LinkedIn, Mastodon and X show uncropped. */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

/** Raise it whenever the card's look changes, so that every cached image is made anew. */
export const OG_TEMPLATE_VERSION = 3;

/** What a card shows. */
export interface OgCard {
  /** The page's title, in whatever script it is written in. */
  title: string;
  /** The line above the title: `Round 2 · Topic 6`, `News`. */
  eyebrow: string;
  /** The site's name, at the foot of the card. */
  siteName: string;
  /** Language of the title (BCP 47), when it is not the site's. */
  lang?: string | undefined;
}

/** One font file for satori: `name` is unique per file, so that every subset is a family of its own. */
export interface OgFont {
  name: string;
  weight: 400 | 700;
  data: Buffer;
}

/** The colours of src/styles/tokens.css (light theme): a shared image has no dark mode. */
const COLOURS = { bg: '#fbf8f3', text: '#1d1f24', muted: '#575b63', accent: '#1b5e6e' } as const;

interface Node {
  type: string;
  props: Record<string, unknown> & { style?: Record<string, unknown>; children?: Node | Node[] | string };
}

const el = (type: string, style: Record<string, unknown>, children: Node | Node[] | string, props: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...props, style, children },
});

/**
 * A code point range of a CSS `unicode-range` list: `U+0600-06FF,U+200C` → `[[0x600, 0x6ff], [0x200c, 0x200c]]`.
 */
export function parseUnicodeRange(list: string): [number, number][] {
  return list.split(',').flatMap((part) => {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match) return [];
    const [, start = '', end] = match;
    if (start.includes('?')) return [[parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'f'), 16)] as [number, number]];
    return [[parseInt(start, 16), parseInt(end ?? start, 16)] as [number, number]];
  });
}

/**
 * Which of `subsets` (in order of preference) a text needs: for each character, the first
 * subset whose ranges hold it. Characters no subset holds are left out; satori draws
 * nothing for them. `subsetsFor('Αθήνα 2026', [latin, greek])` is `[latin, greek]`
 * (the space and the digits are Latin).
 */
export function subsetsFor<T extends { ranges: readonly (readonly [number, number])[] }>(text: string, subsets: readonly T[]): T[] {
  const needed = new Set<T>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0) ?? 0;
    const subset = subsets.find((candidate) => candidate.ranges.some(([start, end]) => code >= start && code <= end));
    if (subset) needed.add(subset);
  }
  return subsets.filter((subset) => needed.has(subset));
}

/** The longer the title, the smaller its type, so that four lines still fit. */
function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 30) return 76;
  if (length <= 60) return 64;
  if (length <= 100) return 52;
  return 44;
}

/**
 * The card as satori's element tree. Right-to-left titles are not given `direction: rtl`:
 * satori 0.63 shapes Arabic and orders its words right to left, but draws a right-aligned
 * line past the card's right edge, so every title starts at the left (docs/sharing.md).
 */
export function ogCardTree(card: OgCard, fontFamilies: readonly string[]): Node {
  const fontFamily = fontFamilies.map((name) => JSON.stringify(name)).join(', ');
  // Sizes are given outright: satori adds padding and borders to a box's width.
  const bar = 24;
  const margin = { x: 80, y: 64 };
  return el('div', { display: 'flex', width: OG_IMAGE.width, height: OG_IMAGE.height, background: COLOURS.bg, color: COLOURS.text, fontFamily }, [
    el('div', { display: 'flex', width: bar, height: OG_IMAGE.height, background: COLOURS.accent }, ''),
    el(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        width: OG_IMAGE.width - bar - 2 * margin.x,
        height: OG_IMAGE.height - 2 * margin.y,
        margin: `${margin.y}px ${margin.x}px`,
      },
      [
        el('div', { display: 'flex', flexDirection: 'column' }, [
          el('div', { display: 'flex', fontSize: 34, fontWeight: 400, color: COLOURS.accent, marginBottom: 28 }, card.eyebrow),
          el(
            'div',
            { display: 'block', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.2, lineClamp: 4 },
            card.title,
            card.lang ? { lang: card.lang } : {},
          ),
        ]),
        el('div', { display: 'flex', alignItems: 'center', fontSize: 32, fontWeight: 700, color: COLOURS.muted }, [
          el('div', { display: 'flex', width: 48, height: 8, marginRight: 20, background: COLOURS.accent, borderRadius: 4 }, ''),
          el('div', { display: 'flex' }, card.siteName),
        ]),
      ],
    ),
  ]);
}

type SatoriFonts = Parameters<typeof satori>[1]['fonts'];
/** satori parses a font list once and keeps it while the same array comes back: one array per list of ours. */
const satoriFonts = new WeakMap<readonly OgFont[], SatoriFonts>();

/**
 * Renders a card as a 1200×630 PNG with the given fonts (every `OgFont.name` is tried in
 * order). Pass the same array for the same fonts (src/share/og-images.ts does) and satori
 * reads them once.
 */
export async function renderOgImage(card: OgCard, fonts: readonly OgFont[]): Promise<Buffer> {
  let list = satoriFonts.get(fonts);
  if (!list)
    satoriFonts.set(fonts, (list = fonts.map((font) => ({ name: font.name, weight: font.weight, style: 'normal' as const, data: font.data }))));
  const families = [...new Set(fonts.map((font) => font.name))];
  const svg = await satori(ogCardTree(card, families) as Parameters<typeof satori>[0], { ...OG_IMAGE, fonts: list });
  // A palette PNG: the card has a few flat colours and anti-aliased text, under half the bytes
  // of full colour. The quantiser's least effort is ten times faster than its default, for 3 % more
  // bytes; 16 colours without dithering and zlib's middle level take a further 60 % off the encoding
  // (about 14 ms a card against 37) and a third off the bytes (15 KB), and anti-aliased text looks
  // the same: the card has three colours over its background.
  return sharp(Buffer.from(svg)).png({ palette: true, effort: 1, colours: 16, dither: 0, compressionLevel: 6 }).toBuffer();
}

/**
 * The cache key of a card: a hash of what it shows, the fonts it is drawn with (their
 * package versions and files) and the template's version. Same inputs, same key.
 */
export function ogImageKey(card: OgCard, fontIds: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([OG_TEMPLATE_VERSION, card.title, card.eyebrow, card.siteName, card.lang ?? '', fontIds]))
    .digest('hex')
    .slice(0, 32);
}

/** A topic's card: its title under `Round 2 · Topic 6`, with the round's name (roundName). */
export function topicCard(topic: { title: string; number: number }, roundName: string, siteName: string): OgCard {
  return { title: topic.title, eyebrow: `${roundName} · Topic ${topic.number}`, siteName };
}

/** A news item's card: its title under `News`. */
export function newsCard(item: { title: string }, siteName: string): OgCard {
  return { title: item.title, eyebrow: 'News', siteName };
}

/** The alt text of a card: what it says, in reading order. */
export function ogImageAlt(card: OgCard): string {
  return `${card.eyebrow}: ${card.title}. ${card.siteName}`;
}
