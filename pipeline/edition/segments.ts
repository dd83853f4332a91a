/**
 * Split a normalised source into segments: the non-blank lines of the extraction. Every later
 * stage works on segments, which keep their 0-based source offsets and 1-based line numbers.
 */
export interface Segment {
  /** 0-based index among all segments of the document. */
  readonly index: number;
  /** 1-based source line. */
  readonly line: number;
  /** 0-based offset of the first character (after leading white space). */
  readonly start: number;
  /** 0-based offset after the last character (before trailing white space). */
  readonly end: number;
  /** The line's text without leading and trailing white space. */
  readonly text: string;
}

/** Non-blank lines of `source`, trimmed, with their positions. */
export function splitSegments(source: string): Segment[] {
  const segments: Segment[] = [];
  let lineStart = 0;
  let line = 1;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isBlank(source.charCodeAt(start))) start++;
    while (end > start && isBlank(source.charCodeAt(end - 1))) end--;
    if (end > start) {
      segments.push({ index: segments.length, line, start, end, text: source.slice(start, end) });
    }
    if (lineEnd === source.length) break;
    lineStart = lineEnd + 1;
    line++;
  }
  return segments;
}

// U+0020, tab, NBSP and ideographic space all pad lines in scraped text.
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x0d;
}
