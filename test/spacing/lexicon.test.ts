import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLexicon, countIn, countInText, countOccurrences } from '../../pipeline/edition/spacing/lexicon.js';

describe('lexicon substring counts', () => {
  it('counts non-overlapping occurrences across paragraphs, as a plain scan does', () => {
    const lexicon = buildLexicon(['국가경제적 국가경 제적', '경제경제경제', 'aaaa']);
    expect(countOccurrences(lexicon, '국가경')).toBe(2);
    expect(countOccurrences(lexicon, '경제경제')).toBe(1);
    expect(countOccurrences(lexicon, 'aa')).toBe(2);
    expect(countOccurrences(lexicon, '적\n경')).toBe(1);
    expect(countOccurrences(lexicon, '없음')).toBe(0);
    expect(countOccurrences(lexicon, '')).toBe(0);
  });

  it('agrees with countIn over the joined paragraphs for any needle', () => {
    const text = fc.string({ unit: fc.constantFrom('가', '나', '다', ' ', 'a', '\n', '𠮷'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.array(fc.string({ unit: fc.constantFrom('가', '나', '다', 'a', '\n', '𠮷'), maxLength: 5 })), (paragraphs, needles) => {
        const lexicon = buildLexicon(paragraphs);
        for (const needle of needles) {
          expect(countOccurrences(lexicon, needle)).toBe(countIn(paragraphs.join('\n'), needle));
          // The indexed count of a text outside the lexicon (a table cell) is the plain scan's too.
          expect(countInText(paragraphs.join('\n'), needle)).toBe(countIn(paragraphs.join('\n'), needle));
        }
      }),
    );
  });
});
