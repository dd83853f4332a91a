/**
 * Marks in the edition's hast: each occurrence of a finding, given as a range of edition.md
 * offsets, wraps the characters it covers in `<mark data-finding data-rule data-occurrence>`.
 * Text nodes know their place in edition.md (edition-html.ts); where Markdown escapes make a
 * node's value differ from its source slice, the value is aligned with the slice first.
 * Overlapping ranges nest (the longer outside); a range across nodes is marked piece by piece,
 * every piece with the same attributes.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

/** One range to mark: 0-based edition.md offsets, end exclusive. */
export interface MarkRange {
  readonly start: number;
  readonly end: number;
  readonly findingId: string;
  readonly ruleId: string;
  readonly occurrenceId: string;
  readonly severity: string;
}

/** Wrap every range's characters in marks; returns the occurrence ids that got at least one mark. */
export function placeMarks(tree: Root, markdown: string, ranges: readonly MarkRange[]): Set<string> {
  const placed = new Set<string>();
  if (ranges.length === 0) return placed;
  // Longer ranges first, so that they end up outside shorter ones when both cover a piece.
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || compare(a.occurrenceId, b.occurrenceId));
  const texts = collectTexts(tree);
  // Both lists are in document order: a moving window over the ranges keeps this linear in
  // the text plus the ranges (a range spans few nodes).
  let first = 0;
  for (const { node, parent } of texts) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    while (first < sorted.length && sorted[first].end <= start) first += 1;
    const here: MarkRange[] = [];
    for (let i = first; i < sorted.length && sorted[i].start < end; i += 1) if (sorted[i].end > start) here.push(sorted[i]);
    if (here.length === 0) continue;
    const offsets = valueOffsets(node.value, markdown, start, end);
    const pieces = splitText(node, offsets, here);
    for (const range of here) if (pieces.marked.has(range.occurrenceId)) placed.add(range.occurrenceId);
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces.nodes);
  }
  return placed;
}

interface Located {
  readonly node: Text;
  readonly parent: Element | Root;
}

function collectTexts(tree: Root): Located[] {
  const out: Located[] = [];
  const visit = (parent: Element | Root) => {
    for (const child of parent.children) {
      if (child.type === 'text') out.push({ node: child, parent });
      else if (child.type === 'element') visit(child);
    }
  };
  visit(tree);
  // Footnote definitions are moved to the end by mdast-util-to-hast: sort by place in the Markdown.
  return out.sort((a, b) => (a.node.position?.start.offset ?? -1) - (b.node.position?.start.offset ?? -1));
}

/**
 * For each UTF-16 unit of `value`, its offset in the Markdown. Equal to the slice: one to one.
 * Otherwise (a backslash escape, a character reference) each unit is matched with the next
 * equal unit of the slice, in order; a unit with no match takes the offset after the last match.
 */
export function valueOffsets(value: string, markdown: string, start: number, end: number): number[] {
  const offsets = new Array<number>(value.length);
  if (markdown.slice(start, end) === value) {
    for (let i = 0; i < value.length; i += 1) offsets[i] = start + i;
    return offsets;
  }
  let j = start;
  for (let i = 0; i < value.length; i += 1) {
    const found = markdown.indexOf(value[i], j);
    if (found >= 0 && found < end) {
      offsets[i] = found;
      j = found + 1;
    } else offsets[i] = j;
  }
  return offsets;
}

/** Cut `node` where ranges begin and end, and wrap the covered pieces in marks (nested). */
function splitText(node: Text, offsets: readonly number[], ranges: readonly MarkRange[]): { nodes: ElementContent[]; marked: Set<string> } {
  const marked = new Set<string>();
  const nodes: ElementContent[] = [];
  const covering = (i: number) => ranges.filter((range) => offsets[i] >= range.start && offsets[i] < range.end);
  let pieceStart = 0;
  let current = covering(0);
  const flush = (to: number) => {
    if (to <= pieceStart) return;
    const text: Text = { type: 'text', value: node.value.slice(pieceStart, to) };
    let wrapped: ElementContent = text;
    // Innermost first: the last range in sort order is the shortest.
    for (let k = current.length - 1; k >= 0; k -= 1) {
      const range = current[k];
      marked.add(range.occurrenceId);
      wrapped = {
        type: 'element',
        tagName: 'mark',
        properties: { dataFinding: range.findingId, dataRule: range.ruleId, dataOccurrence: range.occurrenceId, dataSeverity: range.severity },
        children: [wrapped],
      };
    }
    nodes.push(wrapped);
  };
  for (let i = 1; i <= node.value.length; i += 1) {
    const next = i < node.value.length ? covering(i) : [];
    if (i === node.value.length || !sameRanges(next, current)) {
      flush(i);
      pieceStart = i;
      current = next;
    }
  }
  return { nodes, marked };
}

function sameRanges(a: readonly MarkRange[], b: readonly MarkRange[]): boolean {
  return a.length === b.length && a.every((range, i) => range === b[i]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
