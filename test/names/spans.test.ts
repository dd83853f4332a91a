/** Finding Japanese runs: whole across wrap spaces and middle dots, split at everything else. */
import { describe, expect, it } from 'vitest';
import { findSpans, hasKana, isAllKanji, isJapaneseChar } from '../../pipeline/names/spans.js';
import { inserted, concat, sliceSource } from '../../pipeline/text/mapped-text.js';

const spansOf = (text: string) => findSpans(sliceSource(text, 0, text.length));

describe('findSpans', () => {
  it('rejoins a run broken by one space and remembers where the space was', () => {
    const [span] = spansOf('미야기(宮 城), 이와테');
    expect(span).toMatchObject({ text: '宮城', start: 4, end: 7, gaps: [1], units: [4, 6] });
  });

  it('keeps a middle dot between two parts of one name', () => {
    expect(spansOf('(地域再生∙産業集積計畫)').map((span) => span.text)).toEqual(['地域再生∙産業集積計畫']);
  });

  it('takes kana and the long-vowel mark with the kanji', () => {
    expect(spansOf('(産業クラスター計畫: 地域)').map((span) => span.text)).toEqual(['産業クラスター計畫', '地域']);
  });

  it('does not join across a comma, a parenthesis, Hangul or two spaces', () => {
    expect(spansOf('(加藤, 2002) 福島(福井)石川  岐阜').map((span) => span.text)).toEqual(['加藤', '福島', '福井', '石川', '岐阜']);
  });

  it('rejoins across the space a paragraph join inserted', () => {
    const text = concat(sliceSource('名古', 0, 2), inserted(' '), sliceSource('xx屋', 2, 3));
    expect(findSpans(text)[0]).toMatchObject({ text: '名古屋', gaps: [2] });
  });

  it('counts a character outside the BMP as one character', () => {
    expect(spansOf('(𠮷野家)').map((span) => span.text)).toEqual(['𠮷野家']);
  });
});

describe('character classes', () => {
  it('tell Japanese from Hangul and punctuation', () => {
    expect(['北', 'ひ', 'カ', 'ー', '々'].every(isJapaneseChar)).toBe(true);
    expect(['가', '(', '・', 'A'].some(isJapaneseChar)).toBe(false);
    expect(hasKana('東海ものづくり')).toBe(true);
    expect(hasKana('東海')).toBe(false);
    expect(isAllKanji('地域再生∙産業')).toBe(true);
    expect(isAllKanji('クラスター')).toBe(false);
  });
});
