/**
 * The tokenizer loads only when the document has a Japanese run: a paper in Korean alone must
 * not pay for kuromoji's dictionary.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../pipeline/transcribe/tokenizer.js', async (original) => {
  const actual = await original<typeof import('../../pipeline/transcribe/tokenizer.js')>();
  return { ...actual, tokenize: vi.fn(actual.tokenize), getTokenizer: vi.fn(actual.getTokenizer) };
});

const { extractNames } = await import('../../pipeline/names/index.js');
const tokenizer = await import('../../pipeline/transcribe/tokenizer.js');
const { editionOf } = await import('./helpers.js');

describe('laziness', () => {
  it('does not touch the tokenizer for a text without kanji or kana', async () => {
    expect(await extractNames(editionOf('일본의 산업클러스터 개념과 정책동향\n포터(Porter, 1998)의 이론'))).toEqual([]);
    expect(tokenizer.tokenize).not.toHaveBeenCalled();
    expect(tokenizer.getTokenizer).not.toHaveBeenCalled();
  });

  it('tokenises once a Japanese run appears', async () => {
    expect((await extractNames(editionOf('홋카이도(北海道)'))).map((record) => record.surface)).toEqual(['北海道']);
    expect(tokenizer.tokenize).toHaveBeenCalled();
  });
});
