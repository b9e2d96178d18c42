/**
 * The Open Graph image of a page: a 1200×630 card in the site's colours with the page's
 * title, a line above it ("Round 2 · Topic 6", "News") and the site's name, drawn on a
 * Skia canvas (@napi-rs/canvas, which shapes every script and lays out right-to-left text)
 * and encoded as a PNG. The fonts come in as bytes, and nothing here reads or writes
 * the disk (src/share/og-images.ts picks the fonts and keeps the cache).
 */
import { createHash } from 'node:crypto';
import { isMainThread } from 'node:worker_threads';
import { type Canvas, createCanvas, GlobalFonts, PngFilter, type SKRSContext2D } from '@napi-rs/canvas';
import type { OgCard } from './share-cards.ts';

/** Size of every generated image: what Facebook, LinkedIn, Mastodon and X show uncropped. */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

/** Raise it whenever the card's look changes, so that every cached image is made anew. */
export const OG_TEMPLATE_VERSION = 5;

/** One font file: `name` is unique per subset, so that every subset is a family of its own. */
export interface OgFont {
  name: string;
  weight: 400 | 700;
  data: Buffer;
}

/** The colours of src/styles/tokens.css (light theme): a shared image has no dark mode. */
const COLOURS = { bg: '#fbf8f3', text: '#1d1f24', muted: '#575b63', accent: '#1b5e6e' } as const;

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
 * subset whose ranges hold it. Characters no subset holds are left out; Skia draws
 * them with a system font when it has one. `subsetsFor('Αθήνα 2026', [latin, greek])` is `[latin, greek]`
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

/** Scripts written right to left, for a title's direction (the first letter decides, as `dir="auto"` does). */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/** `rtl` when the first letter of `text` is of a right-to-left script, `ltr` otherwise. */
export function firstStrongDirection(text: string): 'ltr' | 'rtl' {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter && RIGHT_TO_LEFT.test(letter) ? 'rtl' : 'ltr';
}

const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` (as `measure` says):
 * between words (Intl.Segmenter, which also finds the words of Japanese and Chinese), within
 * a word only when it is wider than a line, and with an ellipsis on the last line when the
 * text does not fit. `measure` is the canvas's width of a string in the title's font.
 */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number, maxLines: number): string[] {
  const pieces = [...words.segment(text.trim())].flatMap(({ segment }) =>
    measure(segment) > maxWidth ? [...graphemes.segment(segment)].map((part) => part.segment) : [segment],
  );
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && measure(line + piece) > maxWidth && piece.trim()) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (line || piece.trim()) line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = [...graphemes.segment(lines[maxLines - 1] ?? '')].map((part) => part.segment);
  while (kept.length > 0 && measure(`${kept.join('').trimEnd()}…`) > maxWidth) kept.pop();
  return [...lines.slice(0, maxLines - 1), `${kept.join('').trimEnd()}…`];
}

/** Font files already given to Skia, by family and weight: Skia keeps them for the process. */
const registered = new Set<string>();

/** Gives Skia the font files it does not have yet; returns their families as a CSS list, in order. */
function registerFonts(fonts: readonly OgFont[]): string {
  for (const font of fonts) {
    const key = `${font.name} ${font.weight}`;
    if (registered.has(key)) continue;
    if (!GlobalFonts.register(font.data, font.name))
      throw new Error(`Skia could not read the font ${font.name} (${font.weight}) for the share cards`);
    registered.add(key);
  }
  return [...new Set(fonts.map((font) => JSON.stringify(font.name)))].join(', ');
}

/** Card layout in pixels: the accent bar on the left, the margins, type sizes, the rule before the site's name. */
const LAYOUT = {
  bar: 24,
  marginX: 80,
  marginY: 64,
  eyebrow: 34,
  eyebrowGap: 28,
  lineHeight: 1.2,
  maxLines: 4,
  siteName: 32,
  rule: { width: 48, height: 8, gap: 20 },
} as const;

/**
 * Writes `lines` in the context's font from `top`, one line box of `size × lineHeight` each,
 * from `left`, or from the right margin when `direction` is `rtl`.
 */
function drawLines(
  context: SKRSContext2D,
  lines: readonly string[],
  { top, size, direction = 'ltr', left = LAYOUT.bar + LAYOUT.marginX }: LineBox,
): void {
  context.direction = direction;
  context.textAlign = 'start';
  context.textBaseline = 'middle';
  const x = direction === 'rtl' ? OG_IMAGE.width - LAYOUT.marginX : left;
  lines.forEach((line, index) => context.fillText(line, x, top + size * LAYOUT.lineHeight * (index + 0.5)));
}

interface LineBox {
  top: number;
  size: number;
  direction?: 'ltr' | 'rtl';
  left?: number;
}

/**
 * Canvases that are neither drawing nor encoding a card. A new canvas per card is 3 MB that
 * V8 counts against its heap, and in a large build that made it collect the whole heap every
 * few cards, tripling a card's cost (docs/benchmark.md).
 */
const idleCanvases: Canvas[] = [];

/**
 * How a card is encoded: a full-colour PNG, deflated at zlib's level 3 with no row filter.
 * A card is flat colour and text, whose rows deflate well as they are: 2.6 ms and about
 * 50 KB a card, against 6.7 ms and 42 KB for a JPEG at quality 85, and the type stays sharp.
 * zlib's default (level 6, every filter tried on every row) took 20 ms, and a palette PNG
 * more to quantise (docs/benchmark.md).
 */
const PNG_OPTIONS = { compressionLevel: 3, filters: PngFilter.None } as const;

/**
 * Renders a card as a 1200×630 PNG with the given fonts (every `OgFont.name` is tried in
 * order, then the system's), encoded off the main thread.
 */
export async function renderOgImage(card: OgCard, fonts: readonly OgFont[]): Promise<Buffer> {
  const canvas = idleCanvases.pop() ?? createCanvas(OG_IMAGE.width, OG_IMAGE.height);
  try {
    drawCard(canvas.getContext('2d'), card, registerFonts(fonts));
    // Off the main thread: from it, in libuv's pool; from the build's worker, on the worker's
    // own thread, which runs at a low priority (src/share/draw-cards.ts).
    return isMainThread ? await canvas.encode('png', PNG_OPTIONS) : canvas.encodeSync('png', PNG_OPTIONS);
  } finally {
    idleCanvases.push(canvas);
  }
}

/** Draws `card` over the whole canvas, with the font families `families` (a CSS list). */
function drawCard(context: SKRSContext2D, card: OgCard, families: string): void {
  const { bar, marginX, marginY, lineHeight } = LAYOUT;
  const left = bar + marginX;
  const textWidth = OG_IMAGE.width - bar - 2 * marginX;
  const wrap = (text: string, width: number, maxLines: number) => wrapLines(text, width, (part) => context.measureText(part).width, maxLines);
  context.fillStyle = COLOURS.bg;
  context.fillRect(0, 0, OG_IMAGE.width, OG_IMAGE.height);
  context.fillStyle = COLOURS.accent;
  context.fillRect(0, 0, bar, OG_IMAGE.height);

  context.font = `400 ${LAYOUT.eyebrow}px ${families}`;
  drawLines(context, wrap(card.eyebrow, textWidth, 1), { top: marginY, size: LAYOUT.eyebrow });

  const size = titleSize(card.title);
  context.font = `700 ${size}px ${families}`;
  context.fillStyle = COLOURS.text;
  const titleTop = marginY + LAYOUT.eyebrow * lineHeight + LAYOUT.eyebrowGap;
  drawLines(context, wrap(card.title, textWidth, LAYOUT.maxLines), { top: titleTop, size, direction: firstStrongDirection(card.title) });

  // The foot, on the card's last line: a short accent rule, then the site's name.
  const { rule } = LAYOUT;
  const foot = { top: OG_IMAGE.height - marginY - LAYOUT.siteName * lineHeight, size: LAYOUT.siteName, left: left + rule.width + rule.gap };
  context.fillStyle = COLOURS.accent;
  context.beginPath();
  context.roundRect(left, foot.top + (foot.size * lineHeight - rule.height) / 2, rule.width, rule.height, rule.height / 2);
  context.fill();
  context.font = `700 ${foot.size}px ${families}`;
  context.fillStyle = COLOURS.muted;
  drawLines(context, wrap(card.siteName, textWidth - rule.width - rule.gap, 1), foot);
}

/**
 * The cache key of a card: a hash of what it shows, the fonts it is drawn with (their
 * package versions and files) and the template's version. Same inputs, same key.
 */
export function ogImageKey(card: OgCard, fontIds: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([OG_TEMPLATE_VERSION, card.title, card.eyebrow, card.siteName, fontIds]))
    .digest('hex')
    .slice(0, 32);
}
