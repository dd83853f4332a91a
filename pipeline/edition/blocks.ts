/**
 * Figures and tables: a caption ("<그림 N>", "<표 N>"), its note lines (자료:, 출처:, 주:) and
 * the flattened content lines around them. A block's content runs from the caption group to the
 * end of the page or the next footnote label, unless the document's layout data
 * (corpus/<doc>/layout.yaml) says it starts before the caption or ends at a given line.
 */
import type { Segment } from './segments.js';

/** Per-document layout of one figure or table, from corpus data. */
export interface BlockLayout {
  /** Caption prefix, e.g. "<표 1>". */
  readonly caption: string;
  /** Where the content stands relative to the caption group. */
  readonly content: 'after' | 'before';
  /** For content 'before': the content's first line starts with this text. */
  readonly first?: string;
  /** The content's last line starts with this text (default: page end or footnote label). */
  readonly last?: string;
  /**
   * How the edition shows the content: as the flattened lines (default, every character as
   * printed) or as the table the tables stage parsed from them.
   */
  readonly edition?: 'lines' | 'table';
  /** Why the layout differs from the default, for reviewers. */
  readonly reason?: string;
}

export interface Block {
  /** The document's layout entry for this block, if it has one. */
  readonly layout?: BlockLayout;
  readonly kind: 'figure' | 'table';
  /** The number in the caption. */
  readonly number: number;
  readonly caption: Segment;
  readonly notes: Segment[];
  readonly content: Segment[];
  /** Every segment of the block in source order. */
  readonly segments: Segment[];
}

export interface BlocksResult {
  readonly blocks: Block[];
  /** Segments outside every block, in source order. */
  readonly flow: Segment[];
  readonly problems: string[];
}

const CAPTION = /^<(그림|표)\s*(\d{1,3})>\s*(.*)$/;
const NOTE = /^(자료|출처|주)\s*:/;
const SOURCE_NOTE = /^(자료|출처)\s*:/;
const FOOTNOTE_LABEL = /^\d{1,2}\)$/;

/** True when the segment is a caption line, not a running-text mention like "<그림 2> 참조)." */
export function isCaption(text: string): boolean {
  const match = CAPTION.exec(text);
  return match !== null && match[3].length > 0 && !/참조\)?\.?$/.test(match[3]);
}

/**
 * Find the blocks. `pageOf` gives each segment's page, so a block ends where the page does.
 */
export function findBlocks(
  segments: readonly Segment[],
  pageOf: ReadonlyMap<number, number>,
  layouts: readonly BlockLayout[],
): BlocksResult {
  const inBlock = new Set<number>();
  const blocks: Block[] = [];
  const problems: string[] = [];
  const used = new Set<BlockLayout>();

  segments.forEach((segment, position) => {
    if (!isCaption(segment.text) || inBlock.has(segment.index)) return;
    const match = CAPTION.exec(segment.text)!;
    const layout = layouts.find((candidate) => segment.text.startsWith(candidate.caption));
    const where = layout?.content ?? 'after';
    if (layout) used.add(layout);
    const page = pageOf.get(segment.index);

    // The caption group: the caption and its notes. A 주: note may run over several lines up
    // to the 출처:/자료: line that closes it.
    let cursor = position + 1;
    const notes: Segment[] = [];
    if (cursor < segments.length && NOTE.test(segments[cursor].text)) {
      const opensWithRemark = /^주\s*:/.test(segments[cursor].text) && !SOURCE_NOTE.test(segments[cursor].text) && !/(자료|출처)\s*:/.test(segments[cursor].text);
      let close = -1;
      if (opensWithRemark) {
        for (let k = cursor + 1; k < Math.min(segments.length, cursor + 9); k++) {
          if (SOURCE_NOTE.test(segments[k].text)) {
            close = k;
            break;
          }
        }
      }
      const stop = close >= 0 ? close : cursor;
      for (let k = cursor; k <= stop; k++) notes.push(segments[k]);
      cursor = stop + 1;
    }

    const content: Segment[] = [];
    if (where === 'before') {
      const first = layout?.first;
      let k = position - 1;
      const collected: Segment[] = [];
      while (k >= 0 && !inBlock.has(segments[k].index)) {
        collected.unshift(segments[k]);
        if (first !== undefined && segments[k].text.startsWith(first)) break;
        k--;
      }
      if (first === undefined || !collected[0]?.text.startsWith(first)) {
        problems.push(`${match[1]} ${match[2]}: the layout's first line "${first ?? ''}" was not found before the caption`);
      } else {
        content.push(...collected);
      }
    } else {
      for (let k = cursor; k < segments.length; k++) {
        const candidate = segments[k];
        if (pageOf.get(candidate.index) !== page) break;
        if (layout?.last === undefined && FOOTNOTE_LABEL.test(candidate.text)) break;
        if (isCaption(candidate.text)) break;
        if (SOURCE_NOTE.test(candidate.text) && content.length > 0 && !notes.some((note) => SOURCE_NOTE.test(note.text))) {
          // A source line after the content (as under <그림 1>) closes the block.
          notes.push(candidate);
          break;
        }
        content.push(candidate);
        if (layout?.last !== undefined && candidate.text.startsWith(layout.last)) break;
      }
      if (layout?.last !== undefined && !content.some((candidate) => candidate.text.startsWith(layout.last!))) {
        problems.push(`${match[1]} ${match[2]}: the layout's last line "${layout.last}" was not found`);
      }
    }

    const all = [segment, ...notes, ...content].sort((a, b) => a.index - b.index);
    for (const member of all) inBlock.add(member.index);
    blocks.push({
      ...(layout ? { layout } : {}),
      kind: match[1] === '그림' ? 'figure' : 'table',
      number: Number(match[2]),
      caption: segment,
      notes,
      content,
      segments: all,
    });
  });

  for (const layout of layouts) {
    if (!used.has(layout)) problems.push(`layout for "${layout.caption}" matches no caption`);
  }
  return { blocks, flow: segments.filter((segment) => !inBlock.has(segment.index)), problems };
}
