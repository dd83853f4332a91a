import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheRoot, packageRoot } from '../../pipeline/data/package-root.js';

describe('cacheRoot', () => {
  const saved = process.env.KAIKYO_CACHE_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.KAIKYO_CACHE_DIR;
    else process.env.KAIKYO_CACHE_DIR = saved;
  });

  it('is node_modules/.cache/kaikyo under the package, or KAIKYO_CACHE_DIR when set', () => {
    delete process.env.KAIKYO_CACHE_DIR;
    expect(cacheRoot()).toBe(join(packageRoot(), 'node_modules', '.cache', 'kaikyo'));
    process.env.KAIKYO_CACHE_DIR = 'some/where';
    expect(cacheRoot()).toBe(resolve('some/where'));
  });
});
