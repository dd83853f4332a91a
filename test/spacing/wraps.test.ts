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

describe('likeliest column of a short page', () => {
  // Two paragraphs of the seed's prose set at a column of 33 em and joined again with spaces,
  // as a short page of another paper would come: too few sure line ends for the comb.
  const clean = [
    '일본의 클러스터 전략은 국제경쟁력이 약화되고 있는 일본경제를 지역경제의 재생을 통해 회생시키려고 한다. 이는 국민경제의 틀 속에서 국부의 지역적 배분을 중시하던 기존의 지역정책에서 벗어나, 지역경제의 활성화를 통해 국민경제의 발전을 도모하려는 것이다.',
    '한편, 일본의 클러스터 전략은 산업배치와 이를 위한 인프라 구축이 중심인 기존의 지역산업정책 수법에서 탈피하여, 세계시장에서 경쟁력을 갖춘 신산업을 창출하기 위한 환경정비에 역점을 두고 있다.',
  ];
  it('is found from the paragraphs themselves (within an em)', async () => {
    const { rewrap, seeded } = await import('../../pipeline/eval/rewrap.js');
    const { buildSpacingContext } = await import('../../pipeline/edition/spacing/index.js');
    const random = seeded(3);
    const raw = clean.map((text) => rewrap(text, { width: 33, random }).text);
    const context = buildSpacingContext(raw);
    expect(Math.abs(context.widths[0].width - 33)).toBeLessThan(1);
  });
});
