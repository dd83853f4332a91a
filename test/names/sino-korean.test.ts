/** Sino-Korean readings from the hanja package's table, with the initial-sound rule. */
import { describe, expect, it } from 'vitest';
import { applyInitialSoundRule, hanjaReading, sinoKoreanReading } from '../../pipeline/names/sino-korean.js';

describe('Sino-Korean readings', () => {
  it('reads the glosses of the seed as the author wrote them', () => {
    expect(sinoKoreanReading('匠人型')).toBe('장인형');
    expect(sinoKoreanReading('新生')).toBe('신생');
    expect(sinoKoreanReading('知')).toBe('지');
    expect(sinoKoreanReading('都道府縣')).toBe('도도부현');
  });

  it('reads old and new forms alike, and a Japanese name by its hanja (북해도, not 홋카이도)', () => {
    expect(hanjaReading('廣')).toBe(hanjaReading('広'));
    expect(sinoKoreanReading('北海道')).toBe('북해도');
  });

  it('applies the initial-sound rule at the start of a word only', () => {
    expect(applyInitialSoundRule(['리', '론'])).toEqual(['이', '론']);
    expect(applyInitialSoundRule(['로', '동'])).toEqual(['노', '동']);
    expect(applyInitialSoundRule(['녀', '자'])).toEqual(['여', '자']);
    expect(applyInitialSoundRule(['규', '률'])).toEqual(['규', '율']);
    expect(applyInitialSoundRule(['법', '률'])).toEqual(['법', '률']);
  });

  it('gives up on a character it has no reading for, and skips dots', () => {
    expect(sinoKoreanReading('カ')).toBeUndefined();
    expect(sinoKoreanReading('')).toBeUndefined();
    expect(sinoKoreanReading('地域∙再生')).toBe('지역재생');
  });
});
