/**
 * Rejoin paragraphs. A prose segment that does not end a sentence (no final period, or an
 * unclosed parenthesis) goes on in the next prose segment of the flow, wherever page breaks,
 * footnote bodies, figures and tables cut it. Each join becomes a candidate space that the
 * spacing stage keeps or removes like any other wrap ("무" … "역패턴도" is 무역패턴도).
 * Footnote references stay at their place: after the text before them.
 */
import { concat, inserted, sliceSource, type MappedText } from '../text/mapped-text.js';
import { endsSentence, type Classified } from './outline.js';
import type { Footnote } from './footnotes.js';
import type { Segment } from './segments.js';

export interface FootnoteMark {
  /** 0-based index in the paragraph text before which the reference stands. */
  readonly at: number;
  readonly number: number;
}

export interface Paragraph {
  readonly segments: Segment[];
  readonly text: MappedText;
  /** 0-based indices of the spaces inserted at joins. */
  readonly joins: number[];
  readonly footnotes: FootnoteMark[];
}

export type FlowItem =
  | { readonly type: 'title' | 'author'; readonly segment: Segment; readonly text: MappedText }
  | { readonly type: 'heading'; readonly depth: number; readonly segment: Segment; readonly text: MappedText }
  | { readonly type: 'paragraph'; readonly paragraph: Paragraph };

/**
 * Build the running text from classified flow segments. `textOf` gives each segment's text
 * after corrections and fake bold.
 */
export function buildParagraphs(
  flow: readonly Classified[],
  footnotes: ReadonlyMap<number, Footnote>,
  textOf: (segment: Segment) => MappedText,
): FlowItem[] {
  const items: FlowItem[] = [];
  let open: { segments: Segment[]; pieces: MappedText[]; joins: number[]; marks: FootnoteMark[]; length: number } | undefined;

  const close = () => {
    if (!open) return;
    items.push({
      type: 'paragraph',
      paragraph: { segments: open.segments, text: concat(...open.pieces), joins: open.joins, footnotes: open.marks },
    });
    open = undefined;
  };

  for (const item of flow) {
    const { segment, role } = item;
    if (role === 'reference') {
      const footnote = footnotes.get(segment.index);
      if (footnote && open) open.marks.push({ at: open.length, number: footnote.number });
      else if (footnote) {
        // A reference before any text of its paragraph: attach it to the previous paragraph.
        const last = [...items].reverse().find((entry) => entry.type === 'paragraph');
        if (last && last.type === 'paragraph') last.paragraph.footnotes.push({ at: last.paragraph.text.text.length, number: footnote.number });
      }
      continue;
    }
    if (role !== 'prose') {
      close();
      if (role === 'heading') items.push({ type: 'heading', depth: item.depth ?? 2, segment, text: textOf(segment) });
      else items.push({ type: role, segment, text: textOf(segment) });
      continue;
    }
    const text = textOf(segment);
    if (open) {
      open.joins.push(open.length);
      open.pieces.push(inserted(' '), text);
      open.length += 1 + text.text.length;
      open.segments.push(segment);
    } else {
      open = { segments: [segment], pieces: [text], joins: [], marks: [], length: text.text.length };
    }
    if (endsSentence(open.pieces.map((piece) => piece.text).join(''))) close();
  }
  close();
  return items;
}

/** The text of a segment straight from the source. */
export function segmentText(source: string, segment: Segment): MappedText {
  return sliceSource(source, segment.start, segment.end);
}
