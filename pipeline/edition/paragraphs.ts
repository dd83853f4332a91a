/**
 * Rejoin paragraphs. A prose segment that does not end a sentence (no final period, or an
 * unclosed parenthesis) goes on in the next prose segment of the flow, wherever page breaks,
 * footnote bodies, figures and tables cut it. Each join becomes a candidate space that the
 * spacing stage keeps or removes like any other wrap ("무" … "역패턴도" is 무역패턴도).
 * Footnote references stay at their place: after the text before them.
 */
import { concatAll, inserted, sliceSource, type MappedText } from '../text/mapped-text.js';
import { balance, SENTENCE_END, type Classified } from './outline.js';
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
  // The open paragraph keeps its pieces and its running parenthesis balance, so that each
  // segment costs its own length: re-joining the whole paragraph for every segment was
  // quadratic (100,000 short lines ran for 1,005 s before overflowing the stack).
  let open: { segments: Segment[]; pieces: MappedText[]; joins: number[]; marks: FootnoteMark[]; length: number; balance: number } | undefined;
  let lastParagraph: Paragraph | undefined;

  const close = () => {
    if (!open) return;
    lastParagraph = { segments: open.segments, text: concatAll(open.pieces), joins: open.joins, footnotes: open.marks };
    items.push({ type: 'paragraph', paragraph: lastParagraph });
    open = undefined;
  };

  for (const item of flow) {
    const { segment, role } = item;
    if (role === 'reference') {
      const footnote = footnotes.get(segment.index);
      if (footnote && open) open.marks.push({ at: open.length, number: footnote.number });
      else if (footnote && lastParagraph) {
        // A reference before any text of its paragraph: attach it to the previous paragraph.
        lastParagraph.footnotes.push({ at: lastParagraph.text.text.length, number: footnote.number });
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
      open.balance += balance(text.text);
    } else {
      open = { segments: [segment], pieces: [text], joins: [], marks: [], length: text.text.length, balance: balance(text.text) };
    }
    // The paragraph ends a sentence when its last piece does (pieces are joined by a space, so
    // the final period and its closing quotes lie in the last piece) and no parenthesis is open.
    if (SENTENCE_END.test(text.text) && open.balance <= 0) close();
  }
  close();
  return items;
}

/** The text of a segment straight from the source. */
export function segmentText(source: string, segment: Segment): MappedText {
  return sliceSource(source, segment.start, segment.end);
}
