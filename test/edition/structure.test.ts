// Structure of papers the pipeline was not written for: lists with the author's markers,
// headings by their shapes, a table of contents, footnote bodies at the foot of a page paired
// with references inside the lines. Built from raw text exactly as `kaikyo build page.txt` does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifyEdition } from '../../pipeline/edition/stringify.js';
import { editionToMdast } from '../../pipeline/edition/to-mdast.js';
import { listMarker, tocEntry } from '../../pipeline/edition/list-markers.js';
import { pageEdition } from '../helpers/pages.js';

const folder = mkdtempSync(join(tmpdir(), 'kaikyo-structure-'));
let count = 0;

async function markdown(text: string): Promise<{ markdown: string; run: Awaited<ReturnType<typeof pageEdition>> }> {
  const path = join(folder, `page-${++count}.txt`);
  writeFileSync(path, text);
  const run = await pageEdition(path);
  return { markdown: stringifyEdition(editionToMdast(run.edition, run.document.meta)), run };
}

describe('list markers', () => {
  it('recognises the markers Korean reports use, and not a number alone', () => {
    expect(['❍ 가', '◦ 가', '- 가', '① 가', '⑴ 가', '(1) 가', '1) 가', '가. 나'].map((text) => listMarker(text)?.marker)).toEqual(['❍', '◦', '-', '①', '⑴', '(1)', '1)', '가.']);
    for (const text of ['- 8 -', '(3)', '-전자 텍스트', '2016년']) expect(listMarker(text)).toBeUndefined();
    expect(tocEntry('1. 쌀 수급 동향 및 과잉생산 원인 ··· 1')).toEqual({ number: 1 });
    expect(tocEntry('쌀 수급 동향 ··· 12')).toEqual({});
    expect(tocEntry('이것은 문장이다.')).toBeUndefined();
  });
});

describe('structure of a raw page', () => {
  it('writes list items with the author\'s markers, nested by marker kind', async () => {
    const { markdown: md } = await markdown('❍ 이 교부단가는 달라진다.\n\n- 농업 생산 활동을 한다.\n\n- 체제 정비 활동을 한다.\n\n❍ 이 외에 가산조치가 있다.\n');
    expect(md).toContain('- ❍ 이 교부단가는 달라진다.\n  - 농업 생산 활동을 한다.\n  - 체제 정비 활동을 한다.\n- ❍ 이 외에 가산조치가 있다.');
  });

  it('starts a new item at each marker even when the item does not end a sentence', async () => {
    const { markdown: md } = await markdown('◦ 재고량은 170만 톤 내외로 추정\n\n◦ 최종생산량은 감소할 것으로 예상\n');
    expect(md).toMatch(/- ◦ 재고량은 170만 톤 내외로 추정\n- ◦ 최종생산량은/);
  });

  it('keeps a circled number inside a wrapped sentence in the sentence', async () => {
    const { markdown: md } = await markdown('지원시책은 ① 공동연구의 실시, ② 연계기능의 강화,\n③ 본부의 확립이다.\n');
    expect(md).not.toContain('- ③');
  });

  it('writes a table of contents as an ordered list with the printed numbers', async () => {
    const { markdown: md } = await markdown('1. 쌀 수급 동향 ··· 1\n\n2. 수확기 수급과 대책 ··· 6\n\n3. 일본의 쌀 수급 정책 ··· 10\n');
    expect(md).toMatch(/^1\. 쌀 수급 동향.*\n2\. 수확기.*\n3\. 일본의/m);
  });

  it('pairs footnote bodies at the foot of the page with references inside the lines', async () => {
    const { markdown: md, run } = await markdown('농업 생산 활동7)과 다면적 기능을 위한 활동8)을 포함한다.\n\n7) 경작포기지의 발생을 방지하기 위한 활동이다.\n\n8) 주변 임지 관리 등이 해당한다.\n');
    expect(md).toContain('농업 생산 활동[^7]과 다면적 기능을 위한 활동[^8]을 포함한다.');
    expect(md).toContain('[^7]: 경작포기지의 발생을 방지하기 위한 활동이다.');
    expect(md).not.toContain('8\\)');
    expect(run.edition.apparatus.filter((entry) => entry.kind === 'footnote-label').map((entry) => entry.original)).toEqual(['7)', '8)', '7) ', '8) ']);
  });

  it('leaves numbered lines that no reference points to as they are', async () => {
    const { run } = await markdown('데이터베이스 구축의 공정은 다음과 같다.\n\n1) 전자 텍스트를 일괄 다운로드\n\n2) 전자 텍스트 변환\n');
    expect(run.edition.footnotes).toEqual([]);
  });

  it('finds headings by their shapes', async () => {
    const { run } = await markdown('일본의 직접지불제 도입\n김기흥\n\n머리말\n\n이 글은 정책을 다룬다.\n\n3.1. 중산간지역직불제\n\n본문이 이어진다.\n\n제2장 정책의 전개\n\n본문이다.\n');
    const headings = run.edition.items.filter((item) => item.type === 'heading').map((item) => (item.type === 'heading' ? [item.text.text, item.depth] : []));
    expect(headings).toEqual([
      ['머리말', 2],
      ['3.1. 중산간지역직불제', 4],
      ['제2장 정책의 전개', 2],
    ]);
  });

  it('moves running heads and lone page numbers into the apparatus, and keeps a line repeated on two pages', async () => {
    const page = (n: number) => `(${n})\n농정포커스 제136호 | ${n}\n본문 ${n}쪽의 문장이다.\n${n + 10}\n`;
    const { markdown: md, run } = await markdown(`${page(1)}${page(2)}${page(3)}(4)\n표지 제목\n본문이다.\n(5)\n표지 제목\n끝이다.\n`);
    expect(md).not.toContain('농정포커스');
    expect(md).not.toMatch(/^1[1-3]$/m);
    expect(md).toContain('표지 제목');
    const kinds = run.edition.apparatus.filter((entry) => entry.kind === 'running-head').map((entry) => [entry.rule, entry.original]);
    expect(kinds).toEqual([
      ['running-head', '농정포커스 제136호 | 1'],
      ['page-number', '11'],
      ['running-head', '농정포커스 제136호 | 2'],
      ['page-number', '12'],
      ['running-head', '농정포커스 제136호 | 3'],
      ['page-number', '13'],
    ]);
  });

  // "8\)" must not come out as escaped text: an unpaired reference mark stays after its text.
  it('keeps a reference mark whose body is not on the page after the text before it', async () => {
    const { markdown: md } = await markdown('한계가 있었다.\n1)\n다시 말해, 위기는 예견된 것이었다.\n');
    expect(md).toContain('한계가 있었다.1)');
    expect(md).not.toContain('1\\)');
  });
});
