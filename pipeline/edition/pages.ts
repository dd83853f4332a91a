/**
 * Page markers: the extraction put each printed page number on a line of its own, "(N)".
 * They become milestones: each marker line leaves the text, and every segment learns the page
 * it is on. Markers must count up from 1 without gaps; a "(N)" line that breaks the sequence is
 * text, not a marker (a list item "(3)" in a paper would otherwise vanish).
 */
import type { Segment } from './segments.js';

const MARKER = /^\((\d{1,4})\)$/;
// A marker the extraction glued to the first line of its page: "(1)연구자료 D296", "(3) i. 머리말".
const GLUED = /^\((\d{1,4})\)(\s*)(?=\S)/;

export interface PageMarker {
  readonly segment: Segment;
  readonly page: number;
}

export interface PagesResult {
  readonly markers: PageMarker[];
  /** Segments other than markers. */
  readonly text: Segment[];
  /** pageOf.get(segment.index) is the 1-based page a text segment is on. */
  readonly pageOf: Map<number, number>;
  /** The last page seen (0 when there were no markers). */
  readonly lastPage: number;
}

/**
 * Find the page markers among `segments` and assign pages. A marker glued to the text after it
 * counts when it continues the sequence and either touches the text ("(1)연구자료": a list item
 * "(1)" has a space after it) or the document has markers on lines of their own; the marker then
 * leaves the line and the rest of the line is text.
 */
export function findPages(segments: readonly Segment[]): PagesResult {
  const markers: PageMarker[] = [];
  const text: Segment[] = [];
  const pageOf = new Map<number, number>();
  const ownLines = segments.some((segment) => MARKER.test(segment.text));
  let page = 0;
  for (const whole of segments) {
    let segment = whole;
    const match = MARKER.exec(segment.text);
    if (match && Number(match[1]) === page + 1) {
      page += 1;
      markers.push({ segment, page });
      continue;
    }
    const glued = GLUED.exec(segment.text);
    if (glued && Number(glued[1]) === page + 1 && (glued[2] === '' || ownLines)) {
      page += 1;
      const length = glued[0].length - glued[2].length;
      markers.push({ segment: { ...segment, end: segment.start + length, text: segment.text.slice(0, length) }, page });
      const skip = glued[0].length;
      segment = { ...segment, start: segment.start + skip, text: segment.text.slice(skip) };
    }
    text.push(segment);
    // Text before the first marker belongs to page 1 of the printed paper.
    pageOf.set(segment.index, Math.max(page, 1));
  }
  return { markers, text, pageOf, lastPage: page };
}
