/**
 * The seed paper through the edition stages, checked against what a careful reader sees in it.
 */
import { describe, expect, it } from 'vitest';
import { stringifyEdition } from '../../pipeline/edition/stringify.js';
import { editionToMdast } from '../../pipeline/edition/to-mdast.js';
import { seedEdition } from '../helpers/seed.js';

async function markdown(): Promise<string> {
  const run = await seedEdition();
  return stringifyEdition(editionToMdast(run.edition, run.document.meta));
}

function body(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

describe('the seed edition', () => {
  it('has no site chrome', async () => {
    const text = body(await markdown());
    for (const chrome of ['검색 결과가 없습니다', 'N/A', 'Protected', 'Academic year', 'Share "', 'Copied!', '로드 중', '전체 글', '관련 문서', '도쿠가와 이에야스', '무인 비행체']) {
      expect(text, chrome).not.toContain(chrome);
    }
  });

  // Issue 10 item 5: the site's "참조" tab above the related documents was left at the end.
  it('ends with the figure and the editor\'s note, not the site\'s "참조" tab, which the apparatus records', async () => {
    const text = body(await markdown());
    expect(text).not.toMatch(/^참조$/m);
    const run = await seedEdition();
    expect(run.edition.apparatus.filter((entry) => entry.kind === 'chrome' && entry.original === '참조').map((entry) => [entry.source.line, entry.reason])).toEqual([
      [954, 'site chrome (trailer): references tab'],
    ]);
  });

  // Issue 10 item 5: note 2 of Table 2 explained the table's category icons ("■은 기술개발, …");
  // the icons left no text and the lines read "은 기술개발,". The edition marks each loss and
  // the apparatus records it at the particle's place.
  it("marks the symbols lost from Table 2's note 2, each with an apparatus entry", async () => {
    const text = body(await markdown());
    for (const category of ['기술개발,', '시설정비,', '인재육성 및 네트워크 형성 관련 시책']) {
      expect(text).toContain(`〔기호 누락〕은 ${category}`);
    }
    const run = await seedEdition();
    const entries = run.edition.apparatus.filter((entry) => entry.rule === 'lost-symbol');
    expect(entries.map((entry) => [entry.source.line, entry.source.column, entry.original, entry.result, entry.page])).toEqual([
      [316, 1, '', '〔기호 누락〕', 9],
      [318, 1, '', '〔기호 누락〕', 9],
      [320, 1, '', '〔기호 누락〕', 9],
    ]);
  });

  // Issue 10 item 5: "…할 수 있다.5)" and "…비판이다.6)" were taken for paragraph ends, but the
  // text after each reference fills the rest of the printed line the reference stands in: the
  // paragraph goes on. Table 2, printed inside the second paragraph, follows it. References 1
  // and 2 end their paragraphs (the next line is a full line of its own) and stay as they are.
  it('goes on after a reference that stands inside a printed line, and only there', async () => {
    const text = body(await markdown());
    expect(text).toMatch(/고 할 수 있다\.\[\^5\] 즉, 기존 산업집적/);
    expect(text).toMatch(/어렵다는 비판이다\.\[\^6\] 그러므로 산업클러스터계획은/);
    expect(text).toMatch(/한계가 있었다\.\[\^1\]\n\n다시 말해, 일본의/);
    expect(text).toMatch(/소개하고자 한다\.\[\^2\]\n\n야마사키\(2002\)는/);
    expect(text.indexOf('**<표 2>')).toBeGreaterThan(text.indexOf('하려 하고 있다.[^7]'));
    const run = await seedEdition();
    const joins = run.edition.apparatus.filter((entry) => /goes on after footnote/.test(entry.reason));
    expect(joins.map((entry) => [entry.source.line, entry.result, /footnote (\d+)/.exec(entry.reason)![1]])).toEqual([
      [300, ' ', '5'],
      [446, ' ', '6'],
    ]);
  });

  it('has no page markers', async () => {
    expect(body(await markdown())).not.toMatch(/^\(\d{1,2}\)$/m);
  });

  it('has no doubled fake-bold labels, and keeps the real repeat 도도부현', async () => {
    const text = await markdown();
    for (const doubled of ['도호호쿠쿠', '경경제제', '홋카카이이도도', '지역역특특성성을을', '활활용용한한', '312억억', '네네트트워워크크', '간토토 ', '츄부부']) {
      expect(text, doubled).not.toContain(doubled);
    }
    expect(text).toContain('도호쿠 경제산업국');
    expect(text).toContain('지역특성을 활용한 기술개발 312억 엔');
    expect(text).toContain('도도부현(都道府縣)');
  });

  it('has the eleven footnotes, each referenced once and defined once', async () => {
    const run = await seedEdition();
    expect(run.edition.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const text = await markdown();
    for (let n = 1; n <= 11; n++) {
      expect(text.match(new RegExp(`\\[\\^${n}\\]`, 'g')), `footnote ${n}`).toHaveLength(2);
      expect(text).toMatch(new RegExp(`^\\[\\^${n}\\]: `, 'm'));
    }
  });

  // The body of footnote 5 was extracted before its reference; 3 carries its own label.
  it('puts references where the author put them', async () => {
    const text = await markdown();
    expect(text).toMatch(/있었다\.\[\^1\]/);
    expect(text).toMatch(/지역\[\^4\] ?으로 구분하여/);
    expect(text).toMatch(/고 할 수 있다\.\[\^5\]/);
    expect(text).toMatch(/\[\^3\]: 100~200마일이라는 범위는/);
  });

  it('has the title, author line and headings in order', async () => {
    const headings = (await markdown()).split('\n').filter((line) => /^#{1,6} /.test(line));
    expect(headings).toEqual([
      '# 일본의 산업클러스터 개념과 정책동향',
      '## 머리말',
      '## 클러스터 전략의 성립배경',
      '### 1. 시대적 상황',
      '### 2. 정책적인 기조',
      '### 3. 이론적 토대',
      '## 클러스터 전략의 전개상황',
      '### 1. 산업클러스터계획',
      '### 2. 지적 클러스터 창성사업',
    ]);
    expect(await markdown()).toContain('\n차상룡|일본 규슈대학 대학원 박사과정\n');
  });

  it('restores the characters lost in extraction', async () => {
    const text = await markdown();
    for (const restored of ['(經濟産業省, 2003)', '(文部科學省, 2003)', '地域科學技術施策推進委員會', '産業クラスター計畫', '오키나와(沖繩)', '토치기(栃木)', '(金井一賴)', '100~200마일', '知的クラスター創成']) {
      expect(text, restored).toContain(restored);
    }
    expect(text).not.toContain('\uFFFD');
    expect(text).not.toContain('( 産業省');
    expect(text).toContain('( )안은 2002년도'); // the author's own empty parentheses stay
  });

  it('rejoins paragraphs cut by page breaks, footnotes and figures', async () => {
    const run = await seedEdition();
    const paragraphs = run.edition.items.flatMap((item) => (item.type === 'paragraph' ? [item.paragraph.text.text] : []));
    const find = (needle: string) => paragraphs.find((text) => text.replace(/ /g, '').includes(needle.replace(/ /g, '')));
    expect(find('비교우위구조가 붕괴되고 무역패턴도 크게 변화하여')).toBeDefined();
    expect(find('각 지자체로부터 사업구상 제안을 접수하여, 지역과학기술시책추진위원회가 전문가 평가를')).toBeDefined();
    expect(find('기술개발의 주체 측면에서 크게 두 방향으로')).toBeDefined();
  });

  it('says in the front matter and at the end that 14 of 17 pages are present', async () => {
    const text = await markdown();
    expect(text).toMatch(/^---\n[\s\S]*pages:\n {2}present: 14\n {2}announced: 17\n/);
    expect(text).toMatch(/14쪽까지만 실려 있어 본문이 여기서 끊긴다/);
  });

  it('keeps every block on its page', async () => {
    const run = await seedEdition();
    const pages = run.edition.items.map((item) => item.page ?? 0);
    expect(pages.every((page) => page >= 1 && page <= 14)).toBe(true);
    const table4 = run.edition.items.find((item) => item.type === 'block' && item.block.block.kind === 'table' && item.block.block.number === 4);
    expect(table4?.page).toBe(13);
  });
});
