/**
 * Paragraphs that go on after a footnote reference. The extraction puts every superscript
 * reference on a line of its own, so a sentence that ends with a reference ("…할 수 있다.5)")
 * looks like a paragraph's end whether the author's paragraph ended there or not. The printed
 * lines tell: where the paragraph goes on, the text after the reference fills the rest of the
 * printed line the reference stands in, so the last line before it and the first line after it
 * together are one column wide; a new paragraph starts on a line of its own, a full line wide.
 * The widths come from the spacing stage's line model (which spaces are printed-line ends) and
 * its measured column.
 */
import { concatAll, inserted } from '../text/mapped-text.js';
import type { FlowItem, Paragraph } from './paragraphs.js';
import type { Segment } from './segments.js';
import { repairSpacing, type SpacingContext } from './spacing/index.js';
import { prefixWidths } from './spacing/width.js';

/** How much wider than the column the two parts of a shared line may measure, in em (the widths are estimates). */
const SHARED_SLACK = 0.5;

/** Why two paragraphs were joined: the widths of the two parts of the shared printed line. */
export interface SharedLine {
  readonly tail: number;
  readonly head: number;
  readonly column: number;
}

/** A paragraph that the text after a reference continues, with the reason for the join. */
export interface Continuation {
  /** 0-based index, in the joined paragraph's text, of the space inserted at the join. */
  readonly join: number;
  readonly reason: string;
}

/**
 * The widths (em) of the last printed line of `before` and the first of `after`, and the body
 * column, when the two fit in one printed line; undefined when they do not or the document has
 * no measured column.
 */
export function sharedPrintedLine(before: string, after: string, context: SpacingContext): SharedLine | undefined {
  const column = context.widths[0]?.width;
  if (!column) return undefined;
  const tailEnds = lineEnds(before, context);
  const headEnds = lineEnds(after, context);
  const beforeWidths = prefixWidths(before);
  const afterWidths = prefixWidths(after);
  const lastEnd = tailEnds.at(-1);
  const tail = beforeWidths[before.length] - (lastEnd === undefined ? 0 : beforeWidths[lastEnd + 1]);
  const head = afterWidths[headEnds[0] ?? after.length];
  return tail + head <= column + SHARED_SLACK ? { tail, head, column } : undefined;
}

/** 0-based indices of the spaces the line model puts at printed-line ends (every space it does not keep as inside a line). */
function lineEnds(text: string, context: SpacingContext): number[] {
  return repairSpacing(text, context).decisions.filter((decision) => decision.rule !== 'not-at-wrap').map((decision) => decision.index);
}

/**
 * Join each paragraph that ends with a footnote reference to the next one when the reference's
 * line is the only one between them and `shares` finds that they share a printed line. The
 * joined paragraph has a join space like any other (the spacing stage decides it) and its
 * footnote marks in place.
 */
export function continueAfterReferences(
  items: readonly FlowItem[],
  shares: (before: string, after: string) => SharedLine | undefined,
): { items: FlowItem[]; continuations: Map<Paragraph, Continuation[]> } {
  const out: FlowItem[] = [];
  const continuations = new Map<Paragraph, Continuation[]>();
  for (const item of items) {
    const previous = out.at(-1);
    if (item.type === 'paragraph' && previous?.type === 'paragraph') {
      const merged = join(previous.paragraph, item.paragraph, shares, continuations.get(previous.paragraph) ?? []);
      if (merged) {
        continuations.delete(previous.paragraph);
        continuations.set(merged.paragraph, merged.continuations);
        out[out.length - 1] = { type: 'paragraph', paragraph: merged.paragraph };
        continue;
      }
    }
    out.push(item);
  }
  return { items: out, continuations };
}

function join(
  a: Paragraph,
  b: Paragraph,
  shares: (before: string, after: string) => SharedLine | undefined,
  earlier: readonly Continuation[],
): { paragraph: Paragraph; continuations: Continuation[] } | undefined {
  const length = a.text.text.length;
  const mark = a.footnotes.find((candidate) => candidate.at === length);
  if (!mark) return undefined;
  // Only the reference's own line may stand between them: a page break, a block or a footnote
  // body in between means the text after it starts a line of its own.
  const last: Segment = a.segments[a.segments.length - 1];
  if (b.segments[0].index !== last.index + 2) return undefined;
  const tail = a.text.text.slice((a.joins.at(-1) ?? -1) + 1);
  const head = b.text.text.slice(0, b.joins[0] ?? b.text.text.length);
  const shared = shares(tail, head);
  if (!shared) return undefined;
  const shift = length + 1;
  const paragraph: Paragraph = {
    segments: [...a.segments, ...b.segments],
    text: concatAll([a.text, inserted(' '), b.text]),
    joins: [...a.joins, length, ...b.joins.map((index) => index + shift)],
    footnotes: [...a.footnotes, ...b.footnotes.map((note) => ({ ...note, at: note.at + shift }))],
  };
  const reason =
    `the paragraph goes on after footnote ${mark.number}'s reference, which stood inside a printed line: ` +
    `${shared.tail.toFixed(1)} em of text before it and ${shared.head.toFixed(1)} em after it make one column (${shared.column.toFixed(1)} em)`;
  return { paragraph, continuations: [...earlier, { join: length, reason }] };
}
