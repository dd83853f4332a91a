/** The author's rendering, made whole across wrap spaces only when that matches the name better. */
import { describe, expect, it } from 'vitest';
import { breaksAtWord, closeness, extendRendering } from '../../pipeline/names/written.js';
import { sliceSource } from '../../pipeline/text/mapped-text.js';

function rendering(before: string, targets: string[]) {
  const text = `${before}(X)`;
  return extendRendering(sliceSource(text, 0, text.length), before.lastIndexOf(' ') + 1, before.length, targets);
}

describe('extendRendering', () => {
  it('takes in a syllable a wrap space cut off', () => {
    expect(rendering('하마마츠, 칸 사이', ['간사이', '관서'])).toMatchObject({ text: '칸사이', start: 6 });
    expect(rendering('치기, 군 마', ['군마'])).toMatchObject({ text: '군마' });
    expect(rendering('규슈광역: 후쿠오 카', ['후쿠오카'])).toMatchObject({ text: '후쿠오카' });
  });

  it('leaves a word alone when the word before it does not belong to the name', () => {
    expect(rendering('5개 현, 2개 부', ['후', '부']).text).toBe('부');
    expect(rendering('기계산업 신생', ['신세이', '신생']).text).toBe('신생');
  });

  it('keeps the author\'s own space between two words', () => {
    expect(rendering('약 480개사 토우카이 모노즈쿠리', ['도카이 모노즈쿠리']).text).toBe('토우카이 모노즈쿠리');
  });
});

describe('breaksAtWord and closeness', () => {
  it('finds the word break of the reading that the left part ends at', () => {
    expect(breaksAtWord('토우카이', '도카이 모노즈쿠리')).toBe(true);
    expect(breaksAtWord('칸', '간사이')).toBe(false);
  });

  it('scores against the closest target', () => {
    expect(closeness('산치', ['산지', '산치'])).toBe(1);
    expect(closeness('산치', [])).toBe(0);
  });
});
