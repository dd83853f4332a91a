/**
 * Figure 3's shape: a number alone on a line, then the entry "name - area - area", sometimes cut
 * across lines. The trial regions are named in the figure's note.
 */
import { slice, type MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { compact } from './compact.js';
import { finding, placeOf, type Finding } from './findings.js';
import { collapse, firstOffset, joinLines, split, type BlockLine } from './lines.js';
import type { NumberedListSpec } from './spec.js';

export interface NumberedItem {
  readonly number: number;
  readonly name: MappedText;
  readonly areas: MappedText[];
  readonly line: number;
}

/** Parse the content lines of a numbered list. */
export function parseNumberedList(lines: readonly BlockLine[], index: LineIndex): { items: NumberedItem[]; findings: Finding[] } {
  const entries: Array<{ number: number; line: number; pieces: MappedText[] }> = [];
  const findings: Finding[] = [];
  for (const line of lines) {
    const text = collapse(line.text);
    const number = /^(\d{1,3})$/u.exec(text.text);
    if (number) {
      entries.push({ number: Number(number[1]), line: line.line, pieces: [] });
      continue;
    }
    const current = entries[entries.length - 1];
    if (!current) {
      findings.push(finding('table-content-unparsed', `list text before the first number: "${text.text}"`, { place: placeOf(index, firstOffset(text)) }));
      continue;
    }
    current.pieces.push(text);
  }
  const items: NumberedItem[] = [];
  entries.forEach((entry, position) => {
    const parts = split(joinLines(entry.pieces), /(?:^|\s)-\s+/u);
    if (position > 0 && entry.number !== entries[position - 1].number + 1) {
      findings.push(finding('table-content-unparsed', `list numbers jump from ${entries[position - 1].number} to ${entry.number}`, { place: { line: entry.line, column: 1 } }));
    }
    if (parts.length === 0) {
      findings.push(finding('table-content-unparsed', `list number ${entry.number} has no entry`, { place: { line: entry.line, column: 1 } }));
      return;
    }
    items.push({ number: entry.number, name: parts[0], areas: parts.slice(1), line: entry.line });
  });
  return { items, findings };
}

/** The trial regions named in a block's notes, by the description's cue; empty when none. */
export function trialRegions(notes: readonly MappedText[], trial: NumberedListSpec['trial']): MappedText[] {
  if (!trial) return [];
  for (const note of notes) {
    const view = compact(collapse(note));
    const match = new RegExp(trial.cue.source, 'du').exec(view.text);
    const range = match?.indices?.groups?.list;
    if (!range) continue;
    const text = collapse(note);
    const list = slice(text, view.index[range[0]], view.index[range[1] - 1] + 1);
    return split(list, trial.separator);
  }
  return [];
}
