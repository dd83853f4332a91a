/** Letter-level similarity of Hangul: what separates 산치 from 산지 is one consonant. */
import { describe, expect, it } from 'vitest';
import { editDistance, hangulSimilarity, jamo } from '../../pipeline/names/hangul-similarity.js';

describe('hangul similarity', () => {
  it('splits syllables into initial, medial and final letters', () => {
    expect(jamo('산')).toEqual([9, 100, 204]);
    expect(jamo('아')).toEqual([11, 100]);
    expect(jamo('A')).toEqual([1065]);
  });

  it('counts edits', () => {
    expect(editDistance([1, 2, 3], [1, 3])).toBe(1);
    expect(editDistance([], [1, 2])).toBe(2);
  });

  it('scores one letter apart high, different words low, and ignores spaces', () => {
    expect(hangulSimilarity('산치', '산지')).toBeCloseTo(0.8);
    expect(hangulSimilarity('홋카이도', '북해도')).toBeLessThan(0.5);
    expect(hangulSimilarity('가토 가즈노부', '가토가즈노부')).toBe(1);
    expect(hangulSimilarity('', '')).toBe(1);
  });
});
