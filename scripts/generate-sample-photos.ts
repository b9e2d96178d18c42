/**
 * Draws the photos of the sample postcards: a library interior (shelves of coloured
 * spines, a window, a reading table) in each library's own colours, written beside each
 * postcard. Deterministic, so running it again changes nothing. Two photos carry
 * phone-style EXIF (camera and GPS position) on purpose: the site must strip it.
 *
 *   node scripts/generate-sample-photos.ts
 */
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';

interface Photo {
  /** Folder under content/postcards/. */
  slug: string;
  file: string;
  width: number;
  /** Wall, floor and accent colours. */
  palette: [string, string, string];
  seed: number;
  /** Phone-style metadata to embed, which the build must not publish. */
  exif?: boolean;
}

const PHOTOS: Photo[] = [
  { slug: 'anna-kovacs-debrecen', file: 'photo.jpg', width: 1600, palette: ['#e9dcc3', '#8b5a3c', '#2f6f4f'], seed: 1, exif: true },
  { slug: 'layla-haddad-amman', file: 'photo.jpg', width: 1200, palette: ['#f1e6d0', '#a0522d', '#1f4e79'], seed: 2 },
  { slug: 'joao-pereira-recife', file: 'photo.webp', width: 1200, palette: ['#fdf1d6', '#c97b36', '#0f7b6c'], seed: 3 },
  { slug: 'priya-sharma-pune', file: 'photo.jpg', width: 1400, palette: ['#f6e3e0', '#7a4b2a', '#b03a48'], seed: 4, exif: true },
  { slug: 'siobhan-obrien-galway', file: 'photo.png', width: 1000, palette: ['#dfe8e1', '#6b4f3a', '#3c6e71'], seed: 5 },
  { slug: 'kwame-mensah-kumasi', file: 'photo.jpg', width: 1200, palette: ['#fbe7b5', '#8a4b2a', '#c4452c'], seed: 6 },
  { slug: 'aroha-ngata-rotorua', file: 'photo.jpg', width: 1200, palette: ['#e3efe8', '#5c4033', '#2d6a4f'], seed: 7 },
  { slug: 'tomasz-nowak-krakow', file: 'photo.jpg', width: 1200, palette: ['#ece7f2', '#4a3728', '#6a4c93'], seed: 8 },
  { slug: 'liam-nguyen-hobart', file: 'photo.jpg', width: 1200, palette: ['#e6eef5', '#7b5e45', '#24577a'], seed: 9 },
];

/** mulberry32: a small seeded generator, so that every run draws the same picture. */
function random(seed: number): () => number {
  let state = seed * 7919;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scene({ width, palette: [wall, floor, accent], seed }: Photo): string {
  const height = Math.round((width * 2) / 3);
  const rnd = random(seed);
  const shelfTop = height * 0.12;
  const shelfHeight = height * 0.16;
  const shelfWidth = width * 0.58;
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="${wall}"/>`,
    `<rect y="${height * 0.78}" width="${width}" height="${height * 0.22}" fill="${floor}"/>`,
    // window with light falling on the floor
    `<rect x="${width * 0.68}" y="${height * 0.1}" width="${width * 0.24}" height="${height * 0.42}" fill="#cfe6f5" stroke="#fff" stroke-width="${width * 0.01}"/>`,
    `<path d="M${width * 0.68} ${height * 0.78} L${width * 0.92} ${height * 0.78} L${width} ${height} L${width * 0.6} ${height} Z" fill="#fff" opacity="0.18"/>`,
  ];
  for (let shelf = 0; shelf < 4; shelf++) {
    const y = shelfTop + shelf * shelfHeight;
    parts.push(`<rect x="${width * 0.04}" y="${y + shelfHeight - 8}" width="${shelfWidth}" height="10" fill="${floor}"/>`);
    for (let x = width * 0.05; x < width * 0.04 + shelfWidth - 30;) {
      const spine = 12 + rnd() * 26;
      const top = y + 6 + rnd() * shelfHeight * 0.35;
      const hue = Math.floor(rnd() * 360);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${(spine - 2).toFixed(1)}" height="${(y + shelfHeight - 8 - top).toFixed(1)}" fill="hsl(${hue} ${35 + rnd() * 40}% ${30 + rnd() * 35}%)"/>`,
      );
      x += spine;
    }
  }
  // reading table, two chairs and a plant
  parts.push(
    `<rect x="${width * 0.3}" y="${height * 0.66}" width="${width * 0.42}" height="${height * 0.04}" fill="${accent}"/>`,
    `<rect x="${width * 0.33}" y="${height * 0.7}" width="${width * 0.02}" height="${height * 0.16}" fill="${accent}"/>`,
    `<rect x="${width * 0.67}" y="${height * 0.7}" width="${width * 0.02}" height="${height * 0.16}" fill="${accent}"/>`,
    `<circle cx="${width * 0.9}" cy="${height * 0.66}" r="${width * 0.05}" fill="#3f7d3a"/>`,
    `<rect x="${width * 0.875}" y="${height * 0.7}" width="${width * 0.05}" height="${height * 0.09}" fill="#9c6b4a"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`;
}

const PHONE_EXIF = {
  IFD0: { Make: 'ExamplePhone', Model: 'Model 12', Software: 'Camera 4.2' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '47/1 31/1 48/1', GPSLongitudeRef: 'E', GPSLongitude: '21/1 37/1 26/1' },
};

for (const photo of PHOTOS) {
  let image = sharp(Buffer.from(scene(photo)));
  if (photo.exif) image = image.withExif(PHONE_EXIF);
  const encoded = photo.file.endsWith('.png')
    ? image.png({ compressionLevel: 9, palette: true })
    : photo.file.endsWith('.webp')
      ? image.webp({ quality: 80 })
      : image.jpeg({ quality: 80, mozjpeg: true });
  const path = new URL(`../content/postcards/${photo.slug}/${photo.file}`, import.meta.url);
  await writeFile(path, await encoded.toBuffer());
  console.log(`wrote ${path.pathname}`);
}
