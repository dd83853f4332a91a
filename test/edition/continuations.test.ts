/**
 * Paragraphs that go on after a footnote reference (pipeline/edition/continuations.ts).
 */
import { describe, expect, it } from 'vitest';
import * as continuations from '../../pipeline/edition/continuations.js';
import type { FlowItem, Paragraph } from '../../pipeline/edition/paragraphs.js';
import type { Segment } from '../../pipeline/edition/segments.js';
import { sliceSource } from '../../pipeline/text/mapped-text.js';

const { continueAfterReferences } = continuations;

/** A one-segment paragraph at segment `index`, with footnote `note` at its end when given. */
function paragraph(text: string, index: number, note?: number): FlowItem {
  const segment: Segment = { index, line: index + 1, start: index * 100, end: index * 100 + text.length, text };
  const value = sliceSource(' '.repeat(index * 100) + text, index * 100, index * 100 + text.length);
  const body: Paragraph = { segments: [segment], text: value, joins: [], footnotes: note ? [{ at: text.length, number: note }] : [] };
  return { type: 'paragraph', paragraph: body };
}

const always = () => ({ tail: 6, head: 14, column: 21.9 });
const never = () => undefined;

describe('continuations', () => {
  it('exports the joiner and the line measure', () => {
    expect(Object.keys(continuations).sort()).toEqual(['continueAfterReferences', 'sharedPrintedLine']);
  });

  // "…할 수 있다." 5) "즉, …": the reference's line is the only one between, and they share it.
  it('joins across a reference when the two parts share a printed line', () => {
    const result = continueAfterReferences([paragraph('할 수 있다.', 0, 5), paragraph('즉, 기존 산업집적', 2)], always);
    expect(result.items).toHaveLength(1);
    const joined = (result.items[0] as Extract<FlowItem, { type: 'paragraph' }>).paragraph;
    expect(joined.text.text).toBe('할 수 있다. 즉, 기존 산업집적');
    expect(joined.joins).toEqual([7]);
    expect(joined.footnotes).toEqual([{ at: 7, number: 5 }]);
    expect(joined.segments.map((segment) => segment.index)).toEqual([0, 2]);
    expect(result.continuations.get(joined)?.[0].reason).toMatch(/goes on after footnote 5's reference/);
  });

  it('keeps paragraphs apart when the line is not shared, no reference ends the first, or other lines stand between', () => {
    expect(continueAfterReferences([paragraph('한계가 있었다.', 0, 1), paragraph('다시 말해', 2)], never).items).toHaveLength(2);
    expect(continueAfterReferences([paragraph('끝났다.', 0), paragraph('다음', 1)], always).items).toHaveLength(2);
    // A page break, a block or a footnote body between them (segment 5, not 2).
    expect(continueAfterReferences([paragraph('끝났다.', 0, 3), paragraph('다음', 5)], always).items).toHaveLength(2);
  });
});
