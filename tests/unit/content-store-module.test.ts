import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { splitStoreModule, storeModuleReadingFile } from '../../src/integrations/content-store-module.ts';

/** What the module evaluates to. */
const valueOf = (code: string): unknown => new Function(code.replace('export default', 'return'))();

const entry = ['topics', { title: 'Library spaces — «ساحات المكتبة» 図書館 😀 "quoted"\n' }];
const store = JSON.stringify(Array.from({ length: 20_000 }, () => entry));
const module = `export default JSON.parse(${JSON.stringify(store)})`;

describe('the content store module, cut into pieces', () => {
  test('evaluates to the same store, characters outside the basic plane included', () => {
    const split = splitStoreModule(module);
    expect(split).toBeDefined();
    expect(split!.split('+\n').length).toBeGreaterThan(5);
    expect(valueOf(split!)).toEqual(valueOf(module));
  });

  test('leaves any other module alone', () => {
    expect(splitStoreModule('export default new Map()')).toBeUndefined();
    expect(splitStoreModule('export default JSON.parse("[]")')).toBeUndefined();
    expect(splitStoreModule('export default JSON.parse(not json)')).toBeUndefined();
  });
});

describe('the content store module, reading the store file', () => {
  let dir: string | undefined;
  afterAll(() => dir && rm(dir, { recursive: true, force: true }));

  /** Writes the store file and the module made for it, and imports the module. */
  async function run(fileText: string, name: string): Promise<unknown> {
    dir ??= await mkdtemp(join(tmpdir(), 'iln-store-'));
    const storeFile = join(dir, `${name}.json`);
    await writeFile(storeFile, fileText);
    const code = storeModuleReadingFile(module, storeFile);
    expect(code).toBeDefined();
    expect(code).not.toContain('ساحات');
    const moduleFile = join(dir, `${name}.mjs`);
    await writeFile(moduleFile, code!);
    return ((await import(pathToFileURL(moduleFile).href)) as { default: unknown }).default;
  }

  test('evaluates to the same store without carrying it', async () => {
    expect(await run(store, 'same')).toEqual(valueOf(module));
  });

  test('stops, naming the file, if the store changed since bundling', async () => {
    await expect(run(store.replace('Library spaces', 'Library places'), 'changed')).rejects.toThrow(
      /changed\.json changed while the site was being built/,
    );
  });

  test('leaves any other module alone', () => {
    expect(storeModuleReadingFile('export default new Map()', '/tmp/x.json')).toBeUndefined();
    expect(storeModuleReadingFile('export default JSON.parse(not json)', '/tmp/x.json')).toBeUndefined();
  });
});
