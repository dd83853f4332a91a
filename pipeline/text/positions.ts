/**
 * Line/column look-up for a source string. Lines and columns are 1-based (unist's convention);
 * offsets are 0-based UTF-16 offsets.
 */
export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 units. */
  column: number;
  /** 0-based offset. */
  offset: number;
}

export class LineIndex {
  /** lineStarts[k] is the 0-based offset where line k+1 starts. */
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Point for a 0-based offset (clamped to the text). */
  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1, offset: clamped };
  }

  /** 0-based offset where the 1-based `line` starts. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1];
  }

  /** The 1-based `line`'s text without its newline. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    const next = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return this.text.slice(start, next);
  }
}
