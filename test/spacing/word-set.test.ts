import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WordSet } from '../../pipeline/edition/spacing/word-set.js';

describe('WordSet', () => {
  const words = ['경제', '경제학', '산업', '𠮷野', 'a'];
  const set = WordSet.fromWords(words);

  it('answers membership exactly: whole words only, not prefixes, suffixes or joins', () => {
    for (const word of words) expect(set.has(word)).toBe(true);
    for (const other of ['경', '제', '경제학자', '제학', '경제\n경제학', '', '\n', '산업경제', '𠮷']) expect(set.has(other)).toBe(false);
    expect(set.size).toBe(5);
  });

  it('survives its stored form, and refuses a malformed one', () => {
    const again = WordSet.fromGroups(JSON.parse(JSON.stringify(set.toGroups())));
    expect(again.size).toBe(5);
    for (const word of words) expect(again.has(word)).toBe(true);
    expect(() => WordSet.fromGroups(['경제'])).toThrow(/not an object/);
    expect(() => WordSet.fromGroups({ 경: '\n산업\n' })).toThrow(/bad group/);
  });

  it('agrees with a Set on arbitrary words', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 6 })), fc.array(fc.string({ maxLength: 6 })), (members, probes) => {
        const reference = new Set(members.filter((word) => !word.includes('\n')));
        const compact = WordSet.fromGroups(WordSet.fromWords(members).toGroups());
        expect(compact.size).toBe(reference.size);
        for (const probe of [...members, ...probes]) expect(compact.has(probe)).toBe(reference.has(probe));
      }),
    );
  });
});
