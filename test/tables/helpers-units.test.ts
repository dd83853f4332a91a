// Small pure functions the checks rely on: loose name keys, differences, numbers, lists, CSV.
import { describe, expect, it } from 'vitest';
import { listItems, members } from '../../pipeline/tables/claims.js';
import { candidates } from '../../pipeline/tables/link.js';
import { difference, looseKey, similarity } from '../../pipeline/tables/names.js';
import { parseNumber } from '../../pipeline/tables/numbers.js';
import { toCsv } from '../../pipeline/tables/render.js';

describe('names', () => {
  it('gives spelling variants of one Japanese name the same loose key', () => {
    // Why: the paper writes 토우카이 and 토카이, 토쿠시마 and 도쿠시마, 츄부 and 주부.
    expect(looseKey('토우카이 모노즈쿠리(東海ものづくり) 창생 프로젝트')).toBe(looseKey('토카이 모노즈쿠리 창생 프로젝트'));
    expect(looseKey('토쿠시마지역')).toBe(looseKey('도쿠시마 지역'));
    expect(looseKey('츄부')).toBe(looseKey('주부'));
    expect(looseKey('고령화')).not.toBe(looseKey('고령자'));
  });

  it('scores the nearer label higher', () => {
    expect(similarity('수도권 정보벤처 포함', '수도권 정보벤처 포럼')).toBeGreaterThan(similarity('수도권 정보벤처 육성', '수도권 정보벤처 포럼'));
  });

  it('shows where two names differ, ignoring spaces and separators', () => {
    expect(difference('고령자사회대응 산업진흥 프로젝트', '고령화사회대응 산업진흥 프로젝트')).toEqual({ actual: '고령자', expected: '고령화' });
    expect(difference('긴키에너지 환경고도화 추진프로젝트', '긴키 에너지∙환경고도화 추진 프로젝트')).toBeUndefined();
  });
});

describe('numbers', () => {
  it('reads thousands commas, decimals and Korean units', () => {
    expect([parseNumber('1,590'), parseNumber('116.1'), parseNumber('5천'), parseNumber('약')]).toEqual([1590, 116.1, 5000, undefined]);
  });
});

describe('lists in claims', () => {
  it('counts top-level items, and a wide area by its members', () => {
    const list = '삿포로(札幌),나가노(長野)∙우에다(上田),칸사이광역(關西廣域:오사카부(大阪府)∙고베시(神戶市))';
    expect(listItems(list)).toHaveLength(3);
    expect(listItems(list).map(members)).toEqual([1, 1, 2]);
  });
});

describe('glossary look-up forms', () => {
  it('tries the printed form, separators as spaces, and without legal form or administrative suffix', () => {
    expect(candidates('(재)카가와 산업 지원재단')).toContain('카가와 산업 지원재단');
    expect(candidates('카가와현')).toContain('카가와');
    expect(candidates('나가노∙우에다')).toContain('나가노 우에다');
  });
});

describe('toCsv', () => {
  it('starts with a BOM, quotes per RFC 4180 and ends records with CRLF', () => {
    const csv = toCsv([{ name: '교토부, 오사카부', note: 'say "hi"', list: ['a', 'b'], nested: { ko: '삿포로' }, places: [{ ko: 'x', ja: 'y' }] }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFname,note,list,nested.ko,places.ko,places.ja\r\n"교토부, 오사카부","say ""hi""",a; b,삿포로,x,y\r\n');
  });
});
