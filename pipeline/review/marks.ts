/**
 * Marks in the edition's hast: each occurrence of a finding, given as a range of edition.md
 * offsets, wraps the characters it covers in `<mark data-finding data-rule data-occurrence>`.
 * Text nodes know the edition.md offset of each unit (edition-html.ts). Overlapping ranges nest
 * (the longer outside); a range across nodes is marked piece by piece, every piece with the
 * same attributes.
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

/**
 * Wrap every range's characters in marks. `offsets` gives, for a text node, the edition.md
 * offset of each of its units (-1 where none). Returns the occurrence ids that got a mark.
 */
export function placeMarks(tree: Root, offsets: WeakMap<Text, Int32Array>, ranges: readonly MarkRange[]): Set<string> {
  const placed = new Set<string>();
  if (ranges.length === 0) return placed;
  // Longer ranges first among equal starts, so that they end up outside shorter ones.
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || compare(a.occurrenceId, b.occurrenceId));
  const texts = collectTexts(tree, offsets).sort((a, b) => a.min - b.min);
  // Texts by their first offset, ranges by start: a range joins the active set when a text
  // reaches its start and leaves it once texts begin after its end (near-linear in both).
  let next = 0;
  let active: MarkRange[] = [];
  for (const { node, parent, units, min, max } of texts) {
    while (next < sorted.length && sorted[next].start <= max) active.push(sorted[next++]);
    active = active.filter((range) => range.end > min);
    const here = active.filter((range) => range.start <= max);
    if (here.length === 0) continue;
    const pieces = splitText(node, units, here);
    for (const id of pieces.marked) placed.add(id);
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces.nodes);
  }
  return placed;
}

interface Located {
  readonly node: Text;
  readonly parent: Element | Root;
  readonly units: Int32Array;
  /** The smallest and largest edition offsets of its units. */
  readonly min: number;
  readonly max: number;
}

function collectTexts(tree: Root, offsets: WeakMap<Text, Int32Array>): Located[] {
  const out: Located[] = [];
  const visit = (parent: Element | Root) => {
    for (const child of parent.children) {
      if (child.type === 'element') visit(child);
      if (child.type !== 'text') continue;
      const units = offsets.get(child);
      if (!units) continue;
      let min = Infinity;
      let max = -1;
      for (const unit of units) {
        if (unit < 0) continue;
        if (unit < min) min = unit;
        if (unit > max) max = unit;
      }
      if (max >= 0) out.push({ node: child, parent, units, min, max });
    }
  };
  visit(tree);
  return out;
}

/** Cut `node` where ranges begin and end, and wrap the covered pieces in marks (nested). */
function splitText(node: Text, offsets: Int32Array, ranges: readonly MarkRange[]): { nodes: ElementContent[]; marked: Set<string> } {
  const marked = new Set<string>();
  const nodes: ElementContent[] = [];
  const covering = (i: number) => (offsets[i] < 0 ? [] : ranges.filter((range) => offsets[i] >= range.start && offsets[i] < range.end));
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
