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
import { concatAll, inserted, type MappedText } from '../text/mapped-text.js';
import type { FlowItem, FootnoteMark, Paragraph } from './paragraphs.js';
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
 * footnote marks in place. A run of such paragraphs is joined once, so a long chain costs its
 * length, not its length squared.
 */
export function continueAfterReferences(
  items: readonly FlowItem[],
  shares: (before: string, after: string) => SharedLine | undefined,
): { items: FlowItem[]; continuations: Map<Paragraph, Continuation[]> } {
  const out: FlowItem[] = [];
  const continuations = new Map<Paragraph, Continuation[]>();
  // The paragraphs of the current run, and why each after the first continues the one before.
  let run: Paragraph[] = [];
  let reasons: string[] = [];
  const flush = () => {
    if (run.length === 1) out.push({ type: 'paragraph', paragraph: run[0] });
    else if (run.length > 1) {
      const merged = joinRun(run, reasons);
      continuations.set(merged.paragraph, merged.continuations);
      out.push({ type: 'paragraph', paragraph: merged.paragraph });
    }
    run = [];
    reasons = [];
  };
  for (const item of items) {
    if (item.type !== 'paragraph') {
      flush();
      out.push(item);
      continue;
    }
    const reason = run.length > 0 ? continues(run[run.length - 1], item.paragraph, shares) : undefined;
    if (!reason) flush();
    else reasons.push(reason);
    run.push(item.paragraph);
  }
  flush();
  return { items: out, continuations };
}

/** Why `b` continues `a` across the footnote reference at `a`'s end, or undefined when it does not. */
function continues(a: Paragraph, b: Paragraph, shares: (before: string, after: string) => SharedLine | undefined): string | undefined {
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
  return (
    `the paragraph goes on after footnote ${mark.number}'s reference, which stood inside a printed line: ` +
    `${shared.tail.toFixed(1)} em of text before it and ${shared.head.toFixed(1)} em after it make one column (${shared.column.toFixed(1)} em)`
  );
}

/** One paragraph of a run, each later one after a join space; `reasons[k]` explains the join before `run[k + 1]`. */
function joinRun(run: readonly Paragraph[], reasons: readonly string[]): { paragraph: Paragraph; continuations: Continuation[] } {
  const pieces: MappedText[] = [];
  const segments: Segment[] = [];
  const joins: number[] = [];
  const footnotes: FootnoteMark[] = [];
  const continuations: Continuation[] = [];
  let shift = 0;
  run.forEach((paragraph, k) => {
    if (k > 0) {
      joins.push(shift);
      continuations.push({ join: shift, reason: reasons[k - 1] });
      pieces.push(inserted(' '));
      shift += 1;
    }
    pieces.push(paragraph.text);
    segments.push(...paragraph.segments);
    for (const index of paragraph.joins) joins.push(index + shift);
    for (const note of paragraph.footnotes) footnotes.push({ ...note, at: note.at + shift });
    shift += paragraph.text.text.length;
  });
  return { paragraph: { segments, text: concatAll(pieces), joins, footnotes }, continuations };
}
