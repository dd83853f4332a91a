import type { IpadicFeatures } from 'kuromoji';
import { describe, expect, it } from 'vitest';
import * as module from '../../pipeline/transcribe/tokenizer.js';
import { codePointStarts, dictionaryPath, getTokenizer, tokenize, toTokens } from '../../pipeline/transcribe/tokenizer.js';
import { lazyRetry } from '../../pipeline/transcribe/lazy.js';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

// A kuromoji token as the library returns it, for the pure conversion tests.
function raw(surface: string, wordPosition1: number, reading?: string): IpadicFeatures {
  return {
    word_id: 0, word_type: reading ? 'KNOWN' : 'UNKNOWN', word_position: wordPosition1, surface_form: surface,
    pos: '名詞', pos_detail_1: '固有名詞', pos_detail_2: '地域', pos_detail_3: '一般',
    conjugated_type: '*', conjugated_form: '*', basic_form: surface, reading, pronunciation: reading,
  };
}

describe('tokenizer', () => {
  it('pins its exports', () => {
    expect(Object.keys(module).sort()).toEqual(['buildStockTokenizer', 'codePointStarts', 'dictionaryPath', 'getTokenizer', 'inTokenizerThread', 'startTokenizerThread', 'stopTokenizerThread', 'toTokens', 'tokenize']);
  });

  it('resolves an absolute dicPath inside the installed package (not relative to the cwd)', () => {
    const path = dictionaryPath();
    expect(isAbsolute(path)).toBe(true);
    expect(existsSync(join(path, 'base.dat.gz'))).toBe(true);
  });

  it('lists 0-based UTF-16 starts per code point, with the length at the end', () => {
    expect(codePointStarts('a𠮷b')).toEqual([0, 1, 3, 4]);
  });

  it('converts 1-based code-point word_position to 0-based UTF-16 offsets', () => {
    // 𠮷 is one code point but two UTF-16 units: 野家 is at code point 2 (1-based), unit 2 (0-based).
    const tokens = toTokens('𠮷野家', [raw('𠮷', 1), raw('野家', 2, 'ノヤ')]);
    expect(tokens.map((t) => [t.surface, t.start, t.end])).toEqual([['𠮷', 0, 2], ['野家', 2, 4]]);
    expect(tokens[0].reading).toBeUndefined();
    expect(tokens[0].known).toBe(false);
    expect(tokens[1].pos).toBe('名詞,固有名詞,地域,一般');
  });

  it('throws when a position does not match the text (a silent shift would corrupt every place)', () => {
    expect(() => toTokens('東京', [raw('京', 1, 'キョウ')])).toThrow(/word_position 1 \(1-based\)/);
  });

  it('treats IPADIC "*" and whitespace "" as no reading', () => {
    const [token] = toTokens('x', [{ ...raw('x', 1, '*'), pronunciation: '' }]);
    expect(token.reading).toBeUndefined();
    expect(token.pronunciation).toBeUndefined();
  });

  it('shares one load between callers', async () => {
    const [a, b] = await Promise.all([getTokenizer(), getTokenizer()]);
    expect(a).toBe(b);
  });

  it('gives real tokens 0-based UTF-16 offsets across punctuation, spaces and astral characters', async () => {
    const text = '𠮷田。東京　大阪 名古屋';
    for (const token of await tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.surface);
    const nagoya = (await tokenize(text)).find((t) => t.surface === '名古屋');
    expect(nagoya?.start).toBe(10);
    expect(nagoya?.pronunciation).toBe('ナゴヤ');
  });
});

describe('lazyRetry', () => {
  it('does not start until first asked, then loads once', async () => {
    let calls = 0;
    const lazy = lazyRetry(async () => ++calls);
    expect(calls).toBe(0);
    expect(await lazy.get()).toBe(1);
    expect(await lazy.get()).toBe(1);
    expect(calls).toBe(1);
  });

  it('retries after a failure instead of keeping the rejection forever (kuromojin does)', async () => {
    let calls = 0;
    const lazy = lazyRetry(async () => {
      calls++;
      if (calls === 1) throw new Error('disk hiccup');
      return 'ok';
    });
    await expect(lazy.get()).rejects.toThrow('disk hiccup');
    expect(await lazy.get()).toBe('ok');
    expect(calls).toBe(2);
  });

  it('turns a synchronous throw into a rejection and retries it too', async () => {
    let calls = 0;
    const lazy = lazyRetry((): Promise<number> => {
      calls++;
      if (calls === 1) throw new Error('sync');
      return Promise.resolve(calls);
    });
    await expect(lazy.get()).rejects.toThrow('sync');
    expect(await lazy.get()).toBe(2);
  });

  it('shares a pending load between concurrent callers', async () => {
    let calls = 0;
    const lazy = lazyRetry(() => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 5)));
    const [a, b] = await Promise.all([lazy.get(), lazy.get()]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
  });

  it('starts afresh after reset()', async () => {
    let calls = 0;
    const lazy = lazyRetry(async () => ++calls);
    await lazy.get();
    lazy.reset();
    expect(await lazy.get()).toBe(2);
  });
});

describe('tokenizer thread', () => {
  // A worker cannot run the TypeScript sources: from them, no thread starts and tokenize()
  // keeps using the in-process tokenizer (the compiled CLI uses the thread; bench/build.ts
  // measures it).
  it('does not start from the TypeScript sources', async () => {
    const { startTokenizerThread } = await import('../../pipeline/transcribe/tokenizer.js');
    expect(startTokenizerThread()).toBe(false);
  });
});
