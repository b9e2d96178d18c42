/**
 * Loaded with `node --import` before scripts/postcard-from-issue.ts in tests: `fetch`
 * answers GitHub's upload address of the issue fixtures with the file FAKE_UPLOAD_FILE
 * names, and refuses every other address, so the script runs whole without the network.
 */
import { readFileSync } from 'node:fs';

const UPLOAD = 'https://github.com/user-attachments/assets/5f0e8b1c-3a44-4d8e-9c1b-2b7f0a6d9e11';
const file = process.env.FAKE_UPLOAD_FILE;
if (!file) throw new Error('FAKE_UPLOAD_FILE names the file the fake upload serves');

globalThis.fetch = async (input: string | URL | Request) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url !== UPLOAD) throw new TypeError(`fetch failed: ${url} is not the fake upload`);
  return new Response(readFileSync(file), { headers: { 'content-type': 'image/jpeg' } });
};
