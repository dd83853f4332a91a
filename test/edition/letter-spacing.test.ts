// Letter-spaced runs are joined only where a word space is impossible; prose with
// one-syllable words in a row keeps every space.
import { describe, expect, it } from 'vitest';
import { joinLetterSpacing } from '../../pipeline/edition/letter-spacing.js';

const join = (text: string) => joinLetterSpacing(text).text;

describe('joinLetterSpacing', () => {
  it('joins spaced headings, names and hanja between unit boundaries', () => {
    expect(join('머 리 말')).toBe('머리말');
    expect(join('(3) i. 머 리 말. 이 자료집은')).toBe('(3) i. 머리말. 이 자료집은');
    expect(join('김 기 흥*5)')).toBe('김기흥*5)');
    expect(join('< 요 지 >')).toBe('< 요지 >');
    expect(join('위한 青 空 文 庫 (아오조라문고) 데이터')).toBe('위한 青空文庫(아오조라문고) 데이터');
    expect(join('青 空 文 庫 는 웹을')).toBe('青空文庫는 웹을');
    expect(join('日 本 語 學 硏 究 第 35 輯')).toBe('日本語學硏究第35輯');
  });

  it('joins a form label glued to its value, and spaced capitals', () => {
    expect(join('중심으로 발 행 인︱김홍상 인 쇄 처︱지아이지인 I S B N︱979')).toBe('중심으로 발행인︱김홍상 인쇄처︱지아이지인 ISBN︱979');
  });

  it('keeps the space after a byline role and between names of the usual length', () => {
    expect(join('편 역 이 동 필 김 광 수. 선임연구위원')).toBe('편역 이동필 김광수. 선임연구위원');
  });

  it('leaves one-syllable words inside a sentence and two capitals alone', () => {
    for (const text of ['그 후 몇 년 동안', '감 수 내용 문의', '이 책에 실린', 'A B 테스트', '수 년 전 일이다']) expect(join(text)).toBe(text);
  });
});
