/**
 * Characters a later stage restored in a block's cells, shown in the edition's printed lines of
 * that block too. The tables stage reads a table's flattened lines and can see what the lines
 * alone do not show (a qualifier "위탁)" whose "(" was lost, because the table's other measures
 * print "(위탁)"); the edition is built before it, so the restoration comes back here, once, as
 * an insertion with its apparatus entry, and the edition and the table agree.
 */
import { applyEdits, type MappedText } from '../text/mapped-text.js';
import { sortApparatus } from './apparatus.js';
import type { Edition, EditionItem } from './edition.js';

/** One insertion before the source unit at `offset` (0-based), with the rule that made it. */
export interface BlockRepair {
  readonly offset: number;
  readonly insert: string;
  readonly rule: string;
  readonly reason: string;
}

/**
 * The edition with each repair inserted in the block line that holds its source offset, and an
 * apparatus entry for each. A repair whose offset no block line holds is ignored (it belongs to
 * text the edition shows elsewhere, or not at all).
 */
export function applyBlockRepairs(edition: Edition, repairs: readonly BlockRepair[]): Edition {
  if (repairs.length === 0) return edition;
  const byOffset = new Map<number, BlockRepair[]>();
  for (const repair of repairs) byOffset.set(repair.offset, [...(byOffset.get(repair.offset) ?? []), repair]);
  const apparatus = [...edition.apparatus];
  const mend = (text: MappedText, page: number | undefined): MappedText => {
    const edits = [];
    for (let i = 0; i < text.offsets.length; i++) {
      for (const repair of byOffset.get(text.offsets[i]) ?? []) {
        edits.push({ start: i, end: i, insert: repair.insert });
        apparatus.push({ kind: 'correction', rule: repair.rule, original: '', result: repair.insert, reason: repair.reason, source: edition.lines.point(repair.offset), ...(page ? { page } : {}) });
      }
    }
    return edits.length > 0 ? applyEdits(text, edits) : text;
  };
  const items = edition.items.map((item): EditionItem => {
    if (item.type !== 'block') return item;
    return { ...item, block: { ...item.block, content: item.block.content.map((line) => mend(line, item.page)) } };
  });
  return { ...edition, items, apparatus: sortApparatus(apparatus) };
}
