import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';
import { isCurrentUnpacked, loadUnpackedTokenizer, trimmedLength, unpackDictionary } from '../../pipeline/transcribe/dictionary-files.js';
import { buildStockTokenizer, dictionaryPath } from '../../pipeline/transcribe/tokenizer.js';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'cha-2004-japan-clusters', 'source.txt'), 'utf8');

// Text that reaches every part of the dictionary: known words of every kind, unknown words of
// every character class (kanji, katakana, hiragana, Latin, digits, Hangul, symbols, emoji, old
// forms, half-width kana, full-width Latin), and the seed paper itself.
const probes = [
  '経済産業省と文部科学省は産業クラスター計画と知的クラスター創成事業を進めた。',
  '山崎朗、加藤和暢、金井一頼、石川県金沢市、廣島、關西、德島、靑森、ﾊﾟﾅｿﾆｯｸ、ＡＢＣ１２３、abc 123、😀、⑴、ヴァイオリン',
  'すもももももももものうち。東京特許許可局。彩都ライフサイエンスパーク、北海道スーパー・クラスター振興戦略',
  'ㄱㄴ 한글 文字列 Ωλ Привет ١٢٣ \u200f right-to-left ꙮ 𠮷野家',
  // Line by line: kuromoji splits sentences at 。 only, and a 60 kB Korean text in one piece
  // costs it 15 s.
  ...seed.split('\n'),
];

describe('unpacked kuromoji dictionary', () => {
  let folder: string;
  let stock: Tokenizer<IpadicFeatures>;
  let unpacked: Tokenizer<IpadicFeatures>;

  beforeAll(async () => {
    folder = join(mkdtempSync(join(tmpdir(), 'kaikyo-dict-')), 'dict');
    unpackDictionary(dictionaryPath(), folder);
    [stock, unpacked] = await Promise.all([buildStockTokenizer(), loadUnpackedTokenizer(folder)]);
  }, 60_000);
  afterAll(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

  it('tokenises exactly as the stock dictionary does', () => {
    // Compared as JSON lines: a deep toEqual of ~20,000 token objects takes half a minute.
    const lines = (tokenizer: Tokenizer<IpadicFeatures>, text: string) => tokenizer.tokenize(text).map((token) => JSON.stringify(token)).join('\n');
    for (const text of probes) expect(lines(unpacked, text)).toBe(lines(stock, text));
  });

  it('is smaller than the inflated files (their zero padding is gone)', () => {
    expect(statSync(join(folder, 'tid_pos.dat')).size).toBeLessThan(41_943_040);
    expect(statSync(join(folder, 'unk.dat')).size).toBeLessThan(4096);
  });

  it('is recognised as current, and not once a file no longer matches its manifest', () => {
    expect(isCurrentUnpacked(folder, dictionaryPath())).toBe(true);
    writeFileSync(join(folder, 'unk.dat'), Buffer.alloc(8));
    expect(isCurrentUnpacked(folder, dictionaryPath())).toBe(false);
    expect(isCurrentUnpacked(join(folder, 'missing'), dictionaryPath())).toBe(false);
  });
});

describe('trimmedLength', () => {
  it('keeps one zero after the last non-zero byte and rounds up to whole 4-byte elements', () => {
    expect(trimmedLength(new Uint8Array([1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(4);
    expect(trimmedLength(new Uint8Array([1, 2, 3, 4, 0, 0, 0, 0, 0]))).toBe(8);
    expect(trimmedLength(new Uint8Array([1, 2, 3, 4]))).toBe(4);
    expect(trimmedLength(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0]))).toBe(4);
  });
});

describe('compactTargetMap', () => {
  // count, then key, number of values, values (little-endian int32), then zero padding.
  const bytes = (ints: number[]) => new Uint8Array(Int32Array.from(ints).buffer);

  it('gives each key the values kuromoji would, and nothing for absent keys', async () => {
    const { compactTargetMap } = await import('../../pipeline/transcribe/dictionary-files.js');
    const map = compactTargetMap(bytes([2, 5, 2, 100, 200, 9, 1, 300, 0, 0, 0, 0]))!;
    expect(map[5]).toEqual([100, 200]);
    expect(map[9]).toEqual([300]);
    expect(map[0]).toBeUndefined();
    expect(map[6]).toBeUndefined();
    expect(map[1000]).toBeUndefined();
    expect(5 in map).toBe(true);
    expect(6 in map).toBe(false);
  });

  it('declines a map with a repeated key, which kuromoji would merge', async () => {
    const { compactTargetMap } = await import('../../pipeline/transcribe/dictionary-files.js');
    expect(compactTargetMap(bytes([2, 5, 1, 100, 5, 1, 200]))).toBeUndefined();
  });
});
