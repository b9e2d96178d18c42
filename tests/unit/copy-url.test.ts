import { describe, expect, test } from 'vitest';
import { copyUrl } from '../../src/components/CopyUrl.client.ts';

const ADDRESS = 'https://example.org/rss.xml';

describe('copyUrl', () => {
  test('copies the whole address and says so', async () => {
    const copied: string[] = [];
    const said = await copyUrl(async (text) => void copied.push(text), ADDRESS);
    expect(copied).toEqual([ADDRESS]);
    expect(said).toBe('Copied');
  });

  test('when the browser refuses, tells the reader to copy it by hand', async () => {
    const said = await copyUrl(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')), ADDRESS);
    expect(said).toBe('Could not copy: select the address and copy it');
  });
});
