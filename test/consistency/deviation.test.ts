/**
 * The aligner that names deviations (deviation.ts) and the generator of likely renderings
 * (variants.ts), on a table of forms from the reference and the paper.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignForm, alignWith, syllableAlternatives } from '../../pipeline/consistency/deviation.js';
import { likelyRenderings, transcribedLead } from '../../pipeline/consistency/variants.js';

const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'deviations.json'), 'utf8')) as {
  cases: Array<{ found: string; targets: string[]; kinds: string[] | null; target?: string }>;
};

describe('alignForm', () => {
  it.each(cases)('$found against $targets', ({ found, targets, kinds, target }) => {
    const alignment = alignForm(found, targets);
    if (kinds === null) expect(alignment).toBeUndefined();
    else {
      expect(alignment?.kinds).toEqual(kinds);
      if (target) expect(alignment?.target).toBe(target);
    }
  });

  it('calls an aspirate a deviation only at the start of a word, a plain consonant only inside one', () => {
    const inside = syllableAlternatives('토', false);
    expect(inside.find((alternative) => alternative.text === '도')?.kinds).toEqual(['medial-unaspirated']);
    expect(inside.flatMap((alternative) => alternative.kinds)).not.toContain('initial-aspiration');
    expect(syllableAlternatives('도', true).find((alternative) => alternative.text === '토')?.kinds).toEqual(['initial-aspiration']);
  });

  it('does not call a written vowel a long vowel when the reading has none', () => {
    expect(alignWith('가나우', '가나', { longVowels: false })).toBeUndefined();
  });

  it('maps each standard character to what the form wrote for it', () => {
    expect(alignWith('토우카이', '도카이')?.spelling).toEqual(['토우', '카', '이']);
  });
});

describe('likelyRenderings', () => {
  it('generates the renderings writers make from the reading (토우카이, 토카이 from トウカイ)', () => {
    const texts = likelyRenderings({ reading: 'トウカイ', pronunciation: 'トーカイ', ko: '도카이' }).map((variant) => variant.text);
    expect(texts).toEqual(expect.arrayContaining(['토우카이', '토카이', '도우카이']));
    expect(texts).not.toContain('도카이');
  });

  it('varies only the transcribed lead of a mixed form (토야마현 공업기술센터)', () => {
    const texts = likelyRenderings({ reading: 'トヤマケン コウギョウ ギジュツ センター', ko: '도야마현 공업기술센터', koBasis: 'mixed' }).map((variant) => variant.text);
    expect(texts).toContain('토야마현공업기술센터');
    expect(transcribedLead({ reading: 'ヒトツバシ ダイガク', ko: '히토쓰바시대학', koBasis: 'mixed' })).toBe('히토쓰바시');
  });

  it('varies a family name on its own when it is an accepted form (카토우 for 가토)', () => {
    const texts = likelyRenderings({ reading: 'カトウ カズノブ', pronunciation: 'カトー カズノブ', ko: '가토 가즈노부', accepted: ['가토'] }).map((variant) => variant.text);
    expect(texts).toContain('카토우');
  });

  it('generates nothing for names read by their hanja', () => {
    expect(likelyRenderings({ reading: 'ケイザイ サンギョウショウ', ko: '경제산업성', koBasis: 'hanja' })).toEqual([]);
  });
});
