import { describe, expect, it } from 'vitest';
import { findBlocks, isCaption } from '../../pipeline/edition/blocks.js';
import { pairFootnotes } from '../../pipeline/edition/footnotes.js';
import { balance, classifyFlow, endsSentence } from '../../pipeline/edition/outline.js';
import { findPages } from '../../pipeline/edition/pages.js';
import { splitSegments } from '../../pipeline/edition/segments.js';

function flowOf(text: string) {
  const pages = findPages(splitSegments(text));
  return { pages, flow: pages.text };
}

describe('pairFootnotes', () => {
  it('pairs a reference with a body that comes after it', () => {
    const { pages, flow } = flowOf('(1)\n본문이 이어지고\n1)\n끝난다.\n1)\n각주 본문이다\n(2)\n다음 쪽.');
    const result = pairFootnotes(flow, pages.pageOf);
    expect(result.footnotes).toHaveLength(1);
    expect(result.footnotes[0].body.text).toBe('각주 본문이다');
    expect(result.footnotes[0].reference.line).toBe(3);
  });

  // At the foot of a page the body can be extracted before the reference (footnote 5 of the seed).
  it('pairs a body that comes before its reference', () => {
    const { pages, flow } = flowOf('(1)\n5)\n각주가 먼저 나온다\n본문은 여기서 이어진다\n(2)\n본문이 끝난다.\n5)\n다음 문장이다.');
    const result = pairFootnotes(flow, pages.pageOf);
    expect(result.footnotes[0].body.text).toBe('각주가 먼저 나온다');
    expect(result.footnotes[0].reference.line).toBe(7);
  });

  it('takes a body that carries its own label', () => {
    const { pages, flow } = flowOf('(1)\n문장이 이어지다가\n3)\n끝난다.\n3) 각주 본문');
    const result = pairFootnotes(flow, pages.pageOf);
    expect(result.footnotes[0].bodyPrefix).toBe(3);
  });

  it('reports a label it cannot pair and leaves it in the text', () => {
    const { pages, flow } = flowOf('(1)\n문장.\n7)\n다음.');
    const result = pairFootnotes(flow, pages.pageOf);
    expect(result.footnotes).toHaveLength(0);
    expect(result.problems[0]).toMatch(/footnote 7/);
    expect(result.flow.map((s) => s.text)).toContain('7)');
  });
});

describe('outline', () => {
  it('knows a sentence end from a cut, including an unclosed parenthesis', () => {
    expect(endsSentence('그러하다.')).toBe(true);
    expect(endsSentence('포터(Porter, M.')).toBe(false);
    expect(endsSentence('(<그림 2> 참조).')).toBe(true);
    expect(endsSentence('무')).toBe(false);
    expect(balance('(a(b)')).toBe(1);
  });

  // "개 지역" alone on a line is a fragment of a cut sentence, not a heading.
  it('tells headings from fragments by their neighbours', () => {
    const flow = splitSegments('제목\n저자\n머리말\n본문이다.\n1. 시대적 상황\n전국을 9\n개 지역\n으로 나눈다.');
    const roles = classifyFlow(flow, new Set(), '제목', '저자').map((c) => `${c.role}${c.depth ?? ''}`);
    expect(roles).toEqual(['title', 'author', 'heading2', 'prose', 'heading3', 'prose', 'prose', 'prose']);
  });
});

describe('blocks', () => {
  it('does not take a running-text mention for a caption', () => {
    expect(isCaption('<그림 2> 참조).')).toBe(false);
    expect(isCaption('<표 1> 산업클러스터계획에 의한 프로젝트 현황')).toBe(true);
  });

  it('collects caption, notes and content to the end of the page', () => {
    const pages = findPages(splitSegments('(1)\n본문.\n<표 3> 평가항목\n출처: 위원회\n항목 기준\n기술씨앗\n(2)\n다음 본문.'));
    const result = findBlocks(pages.text, pages.pageOf, []);
    expect(result.blocks).toHaveLength(1);
    expect(result.blocks[0].notes.map((s) => s.text)).toEqual(['출처: 위원회']);
    expect(result.blocks[0].content.map((s) => s.text)).toEqual(['항목 기준', '기술씨앗']);
    expect(result.flow.map((s) => s.text)).toEqual(['본문.', '다음 본문.']);
  });

  it('takes content before the caption when the layout says so, and reports a missing anchor', () => {
    const pages = findPages(splitSegments('(1)\n문장이\n머리행 A\n행 B\n<표 1> 현황\n출처: 자료'));
    const ok = findBlocks(pages.text, pages.pageOf, [{ caption: '<표 1>', content: 'before', first: '머리행' }]);
    expect(ok.blocks[0].content.map((s) => s.text)).toEqual(['머리행 A', '행 B']);
    const bad = findBlocks(pages.text, pages.pageOf, [{ caption: '<표 1>', content: 'before', first: '없는 행' }]);
    expect(bad.problems[0]).toMatch(/not found/);
  });
});
