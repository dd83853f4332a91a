/**
 * Paragraph rejoining (pipeline/edition/paragraphs.ts) on inputs that used to break it: the
 * open paragraph was re-joined for every segment and spread into `concat`, so 100,000 short
 * lines ran for 1,005 s and then overflowed the stack (issue 13).
 */
import { describe, expect, it } from 'vitest';
import type { Classified } from '../../pipeline/edition/outline.js';
import { buildParagraphs, segmentText } from '../../pipeline/edition/paragraphs.js';
import { splitSegments } from '../../pipeline/edition/segments.js';

function run(source: string) {
  const flow: Classified[] = splitSegments(source).map((segment) => ({ segment, role: 'prose' }));
  return buildParagraphs(flow, new Map(), (segment) => segmentText(source, segment));
}

describe('buildParagraphs', () => {
  it('joins 150,000 lines that never end a sentence into one paragraph, keeping every offset', () => {
    const lines = Array.from({ length: 150_000 }, (_, k) => `줄 ${k % 10}`);
    const source = lines.join('\n');
    const items = run(source);
    expect(items).toHaveLength(1);
    const paragraph = items[0].type === 'paragraph' ? items[0].paragraph : undefined;
    expect(paragraph?.text.text).toBe(lines.join(' '));
    expect(paragraph?.joins).toHaveLength(149_999);
    expect(paragraph?.text.offsets[paragraph.text.text.length - 1]).toBe(source.length - 1);
  });

  // The parenthesis balance is kept as the paragraph grows: a sentence end inside an open
  // parenthesis does not close it, the closing line does.
  it('closes a paragraph only when its parentheses are closed and a sentence ends', () => {
    const items = run('가 (나\n다.\n라) 끝.\n새 문단.');
    expect(items.map((item) => (item.type === 'paragraph' ? item.paragraph.text.text : ''))).toEqual(['가 (나 다. 라) 끝.', '새 문단.']);
  });
});
