// The repair's contract, checked on random text: it only ever removes U+0020, decides every
// space exactly once, and gives the same answer twice.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repairSpacing } from '../../pipeline/edition/spacing/index.js';
import { paperContext, rawLines } from './helpers.js';

const ctx = paperContext();
const nonSpace = (s: string): string => s.replace(/ /g, '');

// Hangul-heavy text with spaces, particles, punctuation, digits and Latin, so that every rule
// gets a chance to fire.
const piece = fc.constantFrom(
  '로', '의', '는', '다', '클러스터', '전략', '산업', '일본', '(加藤, 2002)', '5', '년', '∙', ',', '.',
  'Porter', '하는', '처음으', '이러', '한', '①', '‘', '’', '가', '이', '지역플', '랫폼', '\u3000', 'é',
);
const text = fc
  .array(fc.tuple(piece, fc.constantFrom('', ' ', ' ', '  ')), { maxLength: 80 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

describe('repairSpacing contract', () => {
  it('never changes a non-space character and decides every space once', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(400), { maxLength: 5 }), (input, joinSeeds) => {
        const spaces = [...input].map((ch, i) => (ch === ' ' ? i : -1)).filter((i) => i >= 0);
        const joins = spaces.length ? joinSeeds.map((n) => spaces[n % spaces.length]) : [];
        const result = repairSpacing(input, ctx, { joins });
        expect(nonSpace(result.text)).toBe(nonSpace(input));
        expect(result.decisions.map((d) => d.index)).toEqual(spaces);
        expect(result.text.length).toBe(input.length - result.removed.length);
        for (const d of result.decisions) {
          expect(d.rule.length).toBeGreaterThan(0);
          expect(d.evidence.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(repairSpacing(input, ctx)).toEqual(repairSpacing(input, ctx));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the contract on every real paragraph of the paper', () => {
    for (const line of rawLines) {
      const result = repairSpacing(line, ctx);
      expect(nonSpace(result.text)).toBe(nonSpace(line));
    }
  });

  it('ignores join indices that are not spaces', () => {
    const result = repairSpacing('처음으 로 시작', ctx, { joins: [0, 1, 99] });
    expect(nonSpace(result.text)).toBe('처음으로시작');
  });
});
