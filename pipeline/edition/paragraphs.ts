/**
 * Rejoin paragraphs. A prose segment that does not end a sentence (no final period, or an
 * unclosed parenthesis) goes on in the next prose segment of the flow, wherever page breaks,
 * footnote bodies, figures and tables cut it. Each join becomes a candidate space that the
 * spacing stage keeps or removes like any other wrap ("무" … "역패턴도" is 무역패턴도).
 * Footnote references stay at their place: after the text before them.
 */
import { concatAll, inserted, slice, sliceSource, type MappedText } from '../text/mapped-text.js';
import { balance, endsSentence, SENTENCE_END, type Classified } from './outline.js';
import { listMarker, tocEntry } from './list-markers.js';
import type { Footnote } from './footnotes.js';
import type { Segment } from './segments.js';

const LONE_LABEL = /^\d{1,2}\)$/;

export interface FootnoteMark {
  /** 0-based index in the paragraph text before which the reference stands. */
  readonly at: number;
  readonly number: number;
}

/** A list item's marker and place in the list (see list-markers.ts). */
export interface ListInfo {
  /** The marker as printed ("❍", "-", "1)", "1." of a contents entry; "" for an unnumbered entry). */
  readonly marker: string;
  readonly family: string;
  /** 0 for the outermost list; a new marker family inside a list goes one level deeper. */
  readonly level: number;
  /** For numbered markers: the number. */
  readonly number?: number;
  /** The marker and the space after it in the source: removed from the text, kept by the apparatus. */
  readonly markerText: MappedText;
}

export interface Paragraph {
  /** Set when the paragraph is a list item (its text starts after the marker). */
  readonly list?: ListInfo;
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
  let open: { segments: Segment[]; pieces: MappedText[]; joins: number[]; marks: FootnoteMark[]; length: number; balance: number; list?: ListInfo } | undefined;
  let lastParagraph: Paragraph | undefined;
  // Marker families of the list being built, outermost first; a run of other blocks ends it.
  let families: string[] = [];

  const close = () => {
    if (!open) return;
    lastParagraph = { ...(open.list ? { list: open.list } : {}), segments: open.segments, text: concatAll(open.pieces), joins: open.joins, footnotes: open.marks };
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
    if (role === 'list') {
      close();
      const text = textOf(segment);
      const info = listInfo(text, families);
      families = info.families;
      open = { segments: [segment], pieces: [info.rest], joins: [], marks: [], length: info.rest.text.length, balance: balance(info.rest.text), list: info.list };
      if (endsSentence(info.rest.text)) close();
      continue;
    }
    if (!open?.list) families = [];
    if (role !== 'prose') {
      close();
      families = [];
      if (role === 'heading') items.push({ type: 'heading', depth: item.depth ?? 2, segment, text: textOf(segment) });
      else items.push({ type: role, segment, text: textOf(segment) });
      continue;
    }
    const text = textOf(segment);
    if (LONE_LABEL.test(text.text)) {
      // A reference mark on a line of its own whose footnote could not be paired (its body is
      // not on the page): it stays where it was printed, right after the text before it.
      if (!open) {
        const last = items[items.length - 1];
        if (last?.type === 'paragraph') {
          items.pop();
          const { paragraph } = last;
          open = { segments: [...paragraph.segments], pieces: [paragraph.text], joins: [...paragraph.joins], marks: [...paragraph.footnotes], length: paragraph.text.text.length, balance: balance(paragraph.text.text), ...(paragraph.list ? { list: paragraph.list } : {}) };
        }
      }
      if (open) {
        open.pieces.push(text);
        open.length += text.text.length;
        open.segments.push(segment);
        close();
        continue;
      }
    }
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

/**
 * A list item's marker, level and text after the marker. `families` are the marker families of
 * the enclosing items, outermost first: a family seen before closes the deeper levels, a new one
 * opens a level.
 */
function listInfo(text: MappedText, families: readonly string[]): { list: ListInfo; rest: MappedText; families: string[] } {
  const toc = tocEntry(text.text);
  const marker = toc ? undefined : listMarker(text.text);
  let family: string;
  let length: number;
  let number: number | undefined;
  let printed: string;
  if (toc) {
    const numbered = toc.number !== undefined ? /^\d{1,2}\.\s+/.exec(text.text) : null;
    family = numbered ? 'toc-number' : 'toc';
    length = numbered ? numbered[0].length : 0;
    number = toc.number;
    printed = numbered ? numbered[0].trim() : '';
  } else {
    family = marker!.family;
    length = marker!.length;
    number = marker!.number;
    printed = marker!.marker;
  }
  const at = families.indexOf(family);
  const next = at >= 0 ? families.slice(0, at + 1) : [...families, family];
  return {
    list: { marker: printed, family, level: next.length - 1, ...(number !== undefined ? { number } : {}), markerText: slice(text, 0, length) },
    rest: slice(text, length),
    families: next,
  };
}

/** The text of a segment straight from the source. */
export function segmentText(source: string, segment: Segment): MappedText {
  return sliceSource(source, segment.start, segment.end);
}
