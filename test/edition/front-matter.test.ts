// Front matter from the text: bylines in the forms Korean papers print, titles found through
// the site's title or by shape, and front matter that never writes an unknown field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkValue } from '../../pipeline/data/validate.js';
import { detectLanguage, findFrontMatter, parseByline } from '../../pipeline/edition/front.js';
import { stringifyEdition } from '../../pipeline/edition/stringify.js';
import { editionToMdast } from '../../pipeline/edition/to-mdast.js';
import { devPages, generatedPages, pageEdition } from '../helpers/pages.js';
import { ROOT } from '../helpers/seed.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'front-matter.schema.json'), 'utf8')) as object;

describe('parseByline', () => {
  it('reads the byline forms papers print', () => {
    expect(parseByline('김태곤|KREI, 전지연|서울대학교', true)).toEqual([
      { name: '김태곤', affiliation: 'KREI' },
      { name: '전지연', affiliation: '서울대학교' },
    ]);
    expect(parseByline('김태곤(한국농촌경제연구원)', true)).toEqual([{ name: '김태곤', affiliation: '한국농촌경제연구원' }]);
    expect(parseByline('*김태훈 연구위원', true)).toEqual([{ name: '김태훈', affiliation: '연구위원' }]);
    expect(parseByline('김태곤 · 전지연 R 895 연구자료-1', false)).toEqual([{ name: '김태곤' }, { name: '전지연' }]);
    expect(parseByline('김태훈 조남욱 김종인 우병준', true)?.map((author) => author.name)).toEqual(['김태훈', '조남욱', '김종인', '우병준']);
    expect(parseByline('김기흥*5)', true)).toEqual([{ name: '김기흥' }]);
    expect(parseByline('편역 이동필 김광수', false)?.map((author) => author.name)).toEqual(['이동필', '김광수']);
  });

  it('does not read prose or a heading as a byline', () => {
    expect(parseByline('일본의 농업 정책', true)).toBeUndefined();
    expect(parseByline('정책 동향 및 과제', true)).toBeUndefined();
    expect(parseByline('서론 이 글은 일본의', false)).toBeUndefined();
  });
});

describe('findFrontMatter', () => {
  it('finds the printed title the site names, across lines and punctuation, then the byline and year', () => {
    const found = findFrontMatter(['R 895 연구자료-1 l 2019. 12.', '일본의 농정 조사연구', '- 지방분권을 중심으로 김태곤 · 전지연 R 895'], { siteTitle: '일본의 농정 조사연구 : 지방분권을 중심으로' });
    expect(found).toMatchObject({ title: '일본의 농정 조사연구 - 지방분권을 중심으로', authors: [{ name: '김태곤' }, { name: '전지연' }], year: 2019, language: 'ko' });
  });

  it('takes a short first line followed by a byline as the title, and nothing else', () => {
    expect(findFrontMatter(['일본의 전략작물 관련 정책', '김 기 흥*5)'.replace(/ (?=\S)/g, ''), '본문이다.'])).toMatchObject({ title: '일본의 전략작물 관련 정책', authors: [{ name: '김기흥' }] });
    // An excerpt that starts with a heading or a list item has no title.
    expect(findFrontMatter(['3.1. 중산간지역직불제', '⑴ 도입 경과']).title).toBeUndefined();
    expect(findFrontMatter(['❍ 이 교부단가는 활동 내용에 따라 달라진다.', '- 농업 생산 활동']).title).toBeUndefined();
  });

  it('detects the language from the letters', () => {
    expect(detectLanguage('経済産業省は2001年に産業クラスター計画を開始した。')).toBe('ja');
    expect(detectLanguage('일본의 클러스터 정책 (産業クラスター計画)')).toBe('ko');
    expect(detectLanguage('The cluster programmes')).toBe('en');
    expect(detectLanguage('1234 ...')).toBeUndefined();
  });
});

describe('front matter of every page', () => {
  const pages = [...devPages(), ...Object.values(generatedPages())];
  it.each(pages)('%s: valid against schemas/front-matter.schema.json, no empty or zero field', async (path) => {
    const run = await pageEdition(path);
    const markdown = stringifyEdition(editionToMdast(run.edition, run.document.meta));
    const matter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]) as Record<string, unknown>;
    expect(() => checkValue(matter, schema, 'front matter')).not.toThrow();
    for (const value of Object.values(matter)) expect(value === '' || value === 0).toBe(false);
  });

  it('the seed keeps its metadata, and a Japanese page is not ko', async () => {
    const seed = readFileSync(join(ROOT, 'output', 'cha-2004-japan-clusters', 'edition.md'), 'utf8');
    const matter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(seed)![1]) as Record<string, unknown>;
    expect(() => checkValue(matter, schema, 'seed front matter')).not.toThrow();
    expect(matter).toMatchObject({ title: '일본의 산업클러스터 개념과 정책동향', authors: [{ name: '차상룡' }], year: 2004, language: 'ko' });
    const japanese = await pageEdition(generatedPages().japanese);
    expect(japanese.edition.front?.language).toBe('ja');
  });
});
