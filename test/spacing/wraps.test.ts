// The line model and the width measurement: where printed lines ended, and how wide they were.
import { describe, expect, it } from 'vitest';
import { breakProbabilities, lineCost } from '../../pipeline/edition/spacing/wraps.js';
import { bestWidth, measureWidths, pickWidth } from '../../pipeline/edition/spacing/measure.js';
import { glyphWidth, prefixWidths } from '../../pipeline/edition/spacing/width.js';
import { spaceIndices } from '../../pipeline/edition/spacing/fragments.js';
import { paperContext } from './helpers.js';

describe('widths', () => {
  it('Hangul and ideographs are one em, Latin and digits narrower', () => {
    expect(glyphWidth('한')).toBe(1);
    expect(glyphWidth('加')).toBe(1);
    expect(glyphWidth('5')).toBeLessThan(1);
    expect(prefixWidths('가나 5')[4]).toBeCloseTo(2 + 0.3 + 0.5);
  });
});

describe('column width measurement', () => {
  it('finds the column from gaps of one, two and three columns, not its half', () => {
    const gaps = [22.1, 22.3, 44.5, 22.2, 66.8, 22.4, 44.6];
    expect(bestWidth(gaps).width).toBeGreaterThan(21.8);
    expect(bestWidth(gaps).width).toBeLessThan(22.6);
  });

  it('measures the paper: a body column of about 22 em and a footnote column of about 63 em', () => {
    const widths = paperContext().widths;
    expect(widths[0].width).toBeGreaterThan(21);
    expect(widths[0].width).toBeLessThan(23);
    expect(widths[1]?.width).toBeGreaterThan(60);
    expect(widths[1]?.width).toBeLessThan(67);
  });

  it('a text with only three-column-like gaps that fit the wide column exactly is a footnote', () => {
    const widths = [
      { width: 21.85, support: 50 },
      { width: 63.3, support: 3 },
    ];
    expect(pickWidth([190.1, 66.5], widths)).toBeGreaterThan(60);
    expect(pickWidth([22.0, 43.9], widths)).toBeLessThan(23);
    expect(pickWidth([], widths)).toBe(21.85);
  });

  it('with too little evidence the measurement falls back to a default', () => {
    expect(measureWidths([[22]])[0].width).toBe(23);
  });
});

describe('line model', () => {
  it('a full line costs nothing, a short one a lot', () => {
    const model = { width: 10, sigma: 0.6, slack: 1 };
    expect(lineCost(10, model)).toBe(0);
    expect(lineCost(7, model)).toBeGreaterThan(10);
  });

  it('places line ends one column apart and prefers spaces that cut words', () => {
    // Ten-syllable lines: "가나다라마바사아자차" repeated, with a space every 5 syllables and
    // the line ends at 10, 21, ... marked by pressure.
    const text = '가나다라마 바사아자차 카타파하가 나다라마바 사아자차카 타파하가나';
    const spaces = spaceIndices(text);
    const pressure = spaces.map(() => 0);
    const model = { width: 10.3, sigma: 0.6, slack: 1 };
    const p = breakProbabilities({ text, spaces, skipPenalty: pressure }, model);
    expect(p).toHaveLength(spaces.length);
    for (const x of p) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    // With pressure on the second space, it becomes a likely line end.
    pressure[1] = 8;
    const q = breakProbabilities({ text, spaces, skipPenalty: pressure }, model);
    expect(q[1]).toBeGreaterThan(0.5);
  });

  it('a forced break is a line end with probability 1 and splits the model', () => {
    const text = '가나다 라마바 사아자 차카타';
    const spaces = spaceIndices(text);
    const p = breakProbabilities(
      { text, spaces, skipPenalty: spaces.map(() => 0), forced: new Set([spaces[1]]) },
      { width: 20, sigma: 0.6, slack: 1 },
    );
    expect(p[1]).toBeCloseTo(1);
  });
});

describe('bestWidth (windowed comb score)', () => {
  it('finds the same width as scoring every gap for every candidate', async () => {
    const fc = (await import('fast-check')).default;
    const { bestWidth, combScore } = await import('../../pipeline/edition/spacing/measure.js');
    // The plain search: every candidate width, every gap.
    const plain = (gaps: number[], lo: number, hi: number) => {
      let best = { width: lo, score: -1 };
      for (let w = lo; w <= hi; w += 0.05) {
        const score = combScore(w, gaps);
        if (score > best.score + 1e-9) best = { width: Math.round(w * 100) / 100, score };
      }
      return best.width;
    };
    fc.assert(
      fc.property(fc.array(fc.double({ min: 5, max: 80, noNaN: true }), { minLength: 1, maxLength: 40 }), (gaps) => {
        expect(bestWidth(gaps, 8, 40).width).toBe(plain(gaps, 8, 40));
      }),
      { numRuns: 60 },
    );
  });
});
