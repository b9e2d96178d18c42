/**
 * The photo of a postcard sent through the issue form: found in the Photo box, fetched
 * from GitHub's own upload hosts only, judged by its bytes (never by its name or the
 * server's content type), and saved anew without its metadata before it is committed.
 * The fetch function is passed in, so tests need no network.
 */
import sharp from 'sharp';
import type { FormProblem } from './issue-postcard.ts';
import { PHOTO_FORMATS, PHOTO_MAX_BYTES, type PhotoFacts } from '../content/validate-content.ts';

/** The largest photo the form takes: what GitHub lets anyone drop into an issue. */
export const FORM_PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The longest side a photo from the form is kept at: half again the widest copy the site
 * makes (1600 px), so that a phone's 4,032 px photo does not swell the repository.
 */
export const FORM_PHOTO_MAX_SIDE = 2400;

const PHOTO_LABEL = 'Photo';
const GITHUB_UPLOAD =
  'a photo dropped into the Photo box, so that GitHub uploads it (its address starts with https://github.com/user-attachments/assets/)';

/**
 * Where GitHub puts files dropped into an issue: `github.com/user-attachments/assets/<id>`
 * today, `(private-)user-images.githubusercontent.com` for older uploads.
 */
const UPLOAD_HOSTS = new Set(['user-images.githubusercontent.com', 'private-user-images.githubusercontent.com']);

/**
 * Where GitHub's upload addresses redirect to (signed, short-lived storage addresses).
 * A redirect anywhere else is refused.
 */
const STORAGE_HOST = /^(?:[a-z0-9-]+\.githubusercontent\.com|github-production-user-asset-[a-z0-9]+\.s3\.amazonaws\.com)$/;

function isPlainHttps(url: URL): boolean {
  return url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '';
}

/** True for the address of a file uploaded to a GitHub issue. */
export function isGitHubUpload(url: URL): boolean {
  if (!isPlainHttps(url)) return false;
  if (url.hostname === 'github.com') return /^\/user-attachments\/assets\/[0-9a-f-]{8,}\/?$/i.test(url.pathname);
  return UPLOAD_HOSTS.has(url.hostname);
}

/** True for an address a GitHub upload may redirect to. */
function isUploadRedirect(url: URL): boolean {
  return isGitHubUpload(url) || (isPlainHttps(url) && STORAGE_HOST.test(url.hostname));
}

/**
 * The address of the one photo in the Photo box: GitHub writes a dropped photo as
 * `![name](address)` or `<img … src="address">`; a bare address is read too.
 */
export function photoAddress(text: string | undefined): { url: URL } | { problem: FormProblem } {
  const problem = (found: string, expected = GITHUB_UPLOAD) => ({ problem: { label: PHOTO_LABEL, found, expected } });
  if (text === undefined) return problem('nothing');
  const candidates = new Set<string>();
  for (const match of text.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)|<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']|(https?:\/\/[^\s<>()"']+)/gi)) {
    candidates.add((match[1] ?? match[2] ?? match[3]) as string);
  }
  if (candidates.size === 0) return problem('no photo, only text');
  if (candidates.size > 1) return problem(`${candidates.size} addresses`, 'one photo: remove the others from the Photo box');
  const [address] = candidates as Set<string>;
  let url: URL;
  try {
    url = new URL(address as string);
  } catch {
    return problem(JSON.stringify(address));
  }
  if (isGitHubUpload(url)) return { url };
  const attached = attachedFileName(url);
  if (attached !== undefined) {
    const heic = /\.hei[cf]$/i.test(attached);
    return problem(
      `${heic ? 'an iPhone photo in HEIC format' : 'a file'} attached as a link (${JSON.stringify(attached)}), not a photo`,
      heic ? SAVE_AS_JPEG : 'a JPEG, PNG or WebP photo: GitHub shows a photo in the issue, and attaches other files as links',
    );
  }
  return problem(`a photo at ${JSON.stringify(url.origin)}, which is not GitHub`);
}

const SAVE_AS_JPEG =
  'a JPEG, PNG or WebP photo: on an iPhone, set Settings → Camera → Formats to "Most Compatible", or share the photo as JPEG, then drop it into the Photo box again';

/**
 * The name of a file GitHub attached to the issue as a link rather than a picture
 * (`github.com/user-attachments/files/<id>/<name>`): a HEIC photo, a PDF, a document.
 */
function attachedFileName(url: URL): string | undefined {
  if (!isPlainHttps(url) || url.hostname !== 'github.com') return undefined;
  const name = /^\/user-attachments\/files\/\d+\/([^/]+)$/.exec(url.pathname)?.[1];
  if (name === undefined) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The subset of `fetch` the download needs. */
export type Fetch = (url: string, init: { redirect: 'manual'; signal?: AbortSignal; headers?: Record<string, string> }) => Promise<Response>;

/**
 * Downloads a GitHub upload, following at most five redirects and only to GitHub's
 * storage, and stops reading beyond `maxBytes`.
 */
export async function downloadPhoto(
  url: URL,
  fetchFn: Fetch,
  options: { maxBytes?: number; signal?: AbortSignal } = {},
): Promise<{ bytes: Uint8Array } | { problem: FormProblem }> {
  const maxBytes = options.maxBytes ?? FORM_PHOTO_MAX_BYTES;
  const problem = (found: string, expected = GITHUB_UPLOAD) => ({ problem: { label: PHOTO_LABEL, found, expected } });
  const tooLarge = () =>
    problem('a photo larger than 10 MB', 'a photo of at most 10 MB: save it smaller or as JPEG, then drop it into the Photo box again');
  let current = url;
  for (let hop = 0; hop <= 5; hop += 1) {
    if (!isUploadRedirect(current)) return problem(`a photo that leads to ${JSON.stringify(current.origin)}, which is not GitHub`);
    let response: Response;
    try {
      response = await fetchFn(current.href, { redirect: 'manual', signal: options.signal, headers: { accept: 'image/*' } });
    } catch {
      return problem('a photo that could not be downloaded', 'a photo GitHub still has: drop it into the Photo box again');
    }
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) break;
      try {
        current = new URL(location, current);
      } catch {
        break;
      }
      continue;
    }
    if (!response.ok || !response.body)
      return problem(`a photo that could not be downloaded (HTTP ${response.status})`, 'a photo GitHub still has: drop it into the Photo box again');
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { bytes };
  }
  return problem('a photo address that redirects too often or nowhere', 'a photo GitHub still has: drop it into the Photo box again');
}

/**
 * The photo as the postcard keeps it: turned upright as its EXIF orientation says, at most
 * FORM_PHOTO_MAX_SIDE pixels on its longer side, and saved anew in its own format (as JPEG
 * when that would still pass the 5 MB limit of the content check), which leaves out every
 * piece of metadata: camera, date and the place it was taken. Bytes in any other format
 * are returned as they are, for the content check to refuse, and a HEIC photo is refused
 * here with advice on saving it as JPEG.
 */
export async function preparePhoto(bytes: Uint8Array): Promise<{ bytes: Uint8Array; facts: PhotoFacts } | { problem: FormProblem }> {
  const facts = await photoFactsOf(bytes);
  if (isHeic(bytes)) return { problem: { label: PHOTO_LABEL, found: 'a photo in HEIC format', expected: SAVE_AS_JPEG } };
  const { format } = facts;
  if (!PHOTO_FORMATS.includes(format as (typeof PHOTO_FORMATS)[number])) return { bytes, facts };
  const upright = () =>
    sharp(bytes).rotate().resize({ width: FORM_PHOTO_MAX_SIDE, height: FORM_PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true });
  let saved: Buffer;
  if (format === 'png') saved = await upright().png({ compressionLevel: 9 }).toBuffer();
  else if (format === 'webp') saved = await upright().webp({ quality: 85 }).toBuffer();
  else saved = await upright().jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  if (saved.byteLength > PHOTO_MAX_BYTES) saved = await upright().jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  const prepared = new Uint8Array(saved.buffer, saved.byteOffset, saved.byteLength);
  return { bytes: prepared, facts: await photoFactsOf(prepared) };
}

/**
 * True for an HEIC or HEIF file, by its first box (`ftyp` and a HEIF brand): sharp reads
 * the format of the AVIF variety only, so an iPhone's HEIC would otherwise be "not a picture".
 */
function isHeic(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes.subarray(4, 12));
  return /^ftyp(?:heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(text);
}

/** Size, format (read from the bytes) and displayed width, as the content check wants them. */
export async function photoFactsOf(bytes: Uint8Array): Promise<PhotoFacts> {
  const metadata = await sharp(bytes)
    .metadata()
    .catch(() => undefined);
  // EXIF orientations 5 to 8 turn the picture on its side.
  const sideways = (metadata?.orientation ?? 1) >= 5;
  return { bytes: bytes.byteLength, format: metadata?.format, width: sideways ? metadata?.height : metadata?.width };
}

/** The photo's file name beside index.md, from the format its bytes show. */
export function photoFileName(format: string | undefined): string {
  return `photo.${format === 'jpeg' || format === undefined ? 'jpg' : format}`;
}
