// The generator of re-wrapped development pages (pipeline/eval/rewrap.ts): it must damage text
// only the way an extraction does (spaces where printed lines ended), or its gold would lie.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewrap, seeded } from '../../pipeline/eval/rewrap.js';
import { cleanParagraphs, generatePages, splitOf } from '../../pipeline/eval/rewrap-eval.js';
import { prefixWidths } from '../../pipeline/edition/spacing/width.js';

const noSpaces = (s: string) => s.replace(/ /g, '');

describe('rewrap', () => {
  const paragraph = '일본의 클러스터 전략은 국제경쟁력이 약화되고 있는 일본경제를 지역경제의 재생을 통해 회생시키려고 한다(2003, p. 12).';

  it('keeps every character and every real space, adding spaces only at line ends', () => {
    fc.assert(
      fc.property(fc.double({ min: 6, max: 60, noNaN: true }), fc.integer(), (width, seed) => {
        const { text, lineEnds } = rewrap(paragraph, { width, random: seeded(seed) });
        expect(noSpaces(text)).toBe(noSpaces(paragraph));
        // Every space of the output is a real space of the input or a line end.
        const real = paragraph.split(' ').length - 1;
        const spaces = text.split(' ').length - 1;
        expect(spaces).toBeGreaterThanOrEqual(real);
        expect(spaces).toBeLessThanOrEqual(real + lineEnds.length);
        for (const end of lineEnds) expect(text[end]).toBe(' ');
      }),
    );
  });

  it('sets lines no wider than the column, give or take a kept closing mark or a Latin word', () => {
    const { text, lineEnds } = rewrap(paragraph, { width: 12 });
    const cum = prefixWidths(text);
    let from = 0;
    for (const end of [...lineEnds, text.length]) {
      expect(cum[end] - cum[from]).toBeLessThanOrEqual(12 + 2);
      from = end + 1;
    }
    expect(lineEnds.length).toBeGreaterThan(3);
  });

  it('never starts a line with closing punctuation', () => {
    const { text, lineEnds } = rewrap(paragraph, { width: 9 });
    for (const end of lineEnds) expect(text[end + 1]).not.toMatch(/[),.]/);
  });
});

describe('generated pages', () => {
  it('are deterministic and keep held-out paragraphs off tune pages', () => {
    const groups = cleanParagraphs();
    const a = generatePages(groups);
    const b = generatePages(groups);
    expect(a).toEqual(b);
    expect(a.some((p) => p.split === 'held-out')).toBe(true);
    for (const page of a) for (const gold of page.gold) {
      // A truncated last paragraph is a prefix of a paragraph of its own split.
      const whole = groups.flat().find((p) => p.text.startsWith(gold));
      expect(whole && splitOf(whole.text)).toBe(page.split);
    }
  });
});
