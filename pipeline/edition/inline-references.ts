/**
 * Footnote references printed inside a line ("활동7)과", paired in footnotes.ts) leave the
 * paragraph's text and become footnote marks at their place; the apparatus keeps the printed
 * mark. Each paragraph looks only at the footnotes whose reference is in one of its segments.
 */
import { applyEdits } from '../text/mapped-text.js';
import type { Footnote } from './footnotes.js';
import type { FlowItem } from './paragraphs.js';

/**
 * References inside a line ("활동7)과"): the mark leaves the paragraph's text and becomes a
 * footnote mark at its place (the apparatus keeps the printed "7)").
 */
export function placeInlineReferences(items: FlowItem[], footnotes: readonly Footnote[]): FlowItem[] {
  // Footnotes by the segment that holds their reference, so each paragraph looks only at its own.
  const bySegment = new Map<number, Footnote[]>();
  for (const footnote of footnotes) {
    if (!footnote.inline) continue;
    const list = bySegment.get(footnote.reference.index);
    if (list) list.push(footnote);
    else bySegment.set(footnote.reference.index, [footnote]);
  }
  if (bySegment.size === 0) return items;
  return items.map((item) => {
    if (item.type !== 'paragraph') return item;
    const here = item.paragraph.segments.flatMap((segment) => bySegment.get(segment.index) ?? []);
    if (here.length === 0) return item;
    let { text, footnotes: marks, joins } = item.paragraph;
    for (const footnote of here) {
      const at = text.offsets.indexOf(footnote.inline!.start);
      if (at < 0) continue;
      const length = footnote.inline!.length;
      text = applyEdits(text, [{ start: at, end: at + length, insert: '' }]);
      marks = [...marks.map((mark) => (mark.at > at ? { ...mark, at: mark.at - length } : mark)), { at, number: footnote.number }];
      joins = joins.map((join) => (join > at ? join - length : join));
    }
    return { ...item, paragraph: { ...item.paragraph, text, footnotes: marks, joins } };
  });
}

