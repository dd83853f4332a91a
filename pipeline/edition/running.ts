/**
 * Running heads and printed page numbers: lines the printer repeats on every page, which the
 * extraction left at the top or foot of each page's text. Found by shape and repetition only:
 * - a running head is a short line, not a sentence, that stands among the first or last two lines of at least
 *   three pages, the same once its digits are set aside ("R 895 연구자료-1 | 3" on each page);
 * - a page number is a lone number ("12", "- 12 -", "iii") as a page's first or last line, in a
 *   document with page markers.
 * Everything else stays: a line repeated on two pages may be a title page's title.
 */
import type { Segment } from './segments.js';

export interface RunningLine {
  readonly segment: Segment;
  readonly kind: 'running-head' | 'page-number';
}

export interface RunningResult {
  readonly running: RunningLine[];
  /** Segments that remain. */
  readonly text: Segment[];
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:\d{1,3}|[ivxlc]{1,6})(?:\s*[-–—])?$/i;
const MIN_PAGES = 3;

// A sentence is the author's, however often it recurs.
const SENTENCE_END = /[.!?。][’”"')\]]*$/u;

function headLike(text: string): boolean {
  return text.length <= 80 && /\p{L}/u.test(text) && !SENTENCE_END.test(text);
}

function key(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Find running heads and page numbers among text segments with their pages. */
export function findRunning(segments: readonly Segment[], pageOf: ReadonlyMap<number, number>, lastPage: number): RunningResult {
  if (lastPage < 2) return { running: [], text: [...segments] };
  const byPage = new Map<number, Segment[]>();
  for (const segment of segments) {
    const page = pageOf.get(segment.index) ?? 0;
    const list = byPage.get(page);
    if (list) list.push(segment);
    else byPage.set(page, [segment]);
  }
  const edges = new Map<number, Segment[]>();
  for (const [page, list] of byPage) {
    const ends = list.length <= 4 ? list : [...list.slice(0, 2), ...list.slice(-2)];
    edges.set(page, ends);
  }
  const pagesOfKey = new Map<string, Set<number>>();
  for (const [page, ends] of edges) {
    for (const segment of ends) {
      if (!headLike(segment.text)) continue;
      const k = key(segment.text);
      const pages = pagesOfKey.get(k) ?? new Set<number>();
      pages.add(page);
      pagesOfKey.set(k, pages);
    }
  }
  const running: RunningLine[] = [];
  const drop = new Set<Segment>();
  for (const [page, list] of byPage) {
    const first = list[0];
    const last = list[list.length - 1];
    for (const segment of edges.get(page) ?? []) {
      if (drop.has(segment)) continue;
      if (headLike(segment.text) && (pagesOfKey.get(key(segment.text))?.size ?? 0) >= MIN_PAGES) {
        running.push({ segment, kind: 'running-head' });
        drop.add(segment);
      } else if ((segment === first || segment === last) && list.length > 1 && PAGE_NUMBER.test(segment.text)) {
        running.push({ segment, kind: 'page-number' });
        drop.add(segment);
      }
    }
  }
  running.sort((a, b) => a.segment.start - b.segment.start);
  return { running, text: segments.filter((segment) => !drop.has(segment)) };
}
