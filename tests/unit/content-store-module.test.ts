import { describe, expect, test } from 'vitest';
import { splitStoreModule } from '../../src/integrations/content-store-module.ts';

/** What the module evaluates to. */
const valueOf = (code: string): unknown => new Function(code.replace('export default', 'return'))();

describe('the content store module, cut into pieces', () => {
  const entry = ['topics', { title: 'Library spaces — «ساحات المكتبة» 図書館 😀 "quoted"\n' }];
  const store = JSON.stringify(Array.from({ length: 20_000 }, () => entry));
  const module = `export default JSON.parse(${JSON.stringify(store)})`;

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
