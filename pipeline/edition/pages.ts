/**
 * Page markers: the extraction put each printed page number on a line of its own, "(N)".
 * They become milestones: each marker line leaves the text, and every segment learns the page
 * it is on. Markers must count up from 1 without gaps; a "(N)" line that breaks the sequence is
 * text, not a marker (a list item "(3)" in a paper would otherwise vanish).
 */
import type { Segment } from './segments.js';

const MARKER = /^\((\d{1,4})\)$/;

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

/** Find the page markers among `segments` and assign pages. */
export function findPages(segments: readonly Segment[]): PagesResult {
  const markers: PageMarker[] = [];
  const text: Segment[] = [];
  const pageOf = new Map<number, number>();
  let page = 0;
  for (const segment of segments) {
    const match = MARKER.exec(segment.text);
    if (match && Number(match[1]) === page + 1) {
      page += 1;
      markers.push({ segment, page });
      continue;
    }
    text.push(segment);
    // Text before the first marker belongs to page 1 of the printed paper.
    pageOf.set(segment.index, Math.max(page, 1));
  }
  return { markers, text, pageOf, lastPage: page };
}
