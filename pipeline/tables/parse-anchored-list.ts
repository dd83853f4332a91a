/**
 * Table 3's shape: each item (the row anchor, from the description) starts a line, alone or
 * followed by its first criterion; the criteria follow one to a line, two criteria sometimes
 * merged into one line ("…실적 등 중핵적 지원기관의…"), which is split after the description's
 * word when both halves are long enough to be criteria of their own.
 */
import { slice, type MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { compact, squash } from './compact.js';
import { finding, placeOf, type Finding } from './findings.js';
import { collapse, firstOffset, trim, type BlockLine } from './lines.js';
import type { AnchoredListSpec } from './spec.js';

export interface AnchoredItem {
  readonly item: MappedText;
  readonly criteria: MappedText[];
  readonly line: number;
}

/** Parse the content lines of an anchored list. */
export function parseAnchoredList(lines: readonly BlockLine[], spec: Pick<AnchoredListSpec, 'anchors' | 'split'>, index: LineIndex): { items: AnchoredItem[]; findings: Finding[] } {
  const items: Array<{ item: MappedText; criteria: MappedText[]; line: number }> = [];
  const findings: Finding[] = [];
  const used = new Set<string>();
  for (const line of lines) {
    const text = collapse(line.text);
    const view = compact(text);
    const anchor = spec.anchors.find((candidate) => !used.has(candidate) && view.text.startsWith(squash(candidate)));
    let rest = text;
    if (anchor) {
      used.add(anchor);
      const last = view.index[squash(anchor).length - 1];
      items.push({ item: slice(text, 0, last + 1), criteria: [], line: line.line });
      rest = trim(slice(text, last + 1));
    }
    if (rest.text.length === 0) continue;
    const current = items[items.length - 1];
    if (!current) {
      findings.push(finding('table-content-unparsed', `criteria before the first item: "${rest.text}"`, { place: placeOf(index, firstOffset(rest)) }));
      continue;
    }
    current.criteria.push(...splitCriteria(rest, spec.split));
  }
  for (const anchor of spec.anchors) {
    if (!used.has(anchor)) findings.push(finding('table-content-unparsed', `row anchor "${anchor}" not found in the table`, { place: lines[0] ? placeOf(index, firstOffset(lines[0].text)) : undefined }));
  }
  return { items, findings };
}

/** Split a line holding two criteria after `after` + space, when both halves reach `minLength`. */
export function splitCriteria(text: MappedText, rule: { after: string; minLength: number }): MappedText[] {
  const out: MappedText[] = [];
  let rest = text;
  for (;;) {
    let cut = -1;
    let at = rest.text.indexOf(`${rule.after} `);
    while (at >= 0) {
      const end = at + rule.after.length;
      if (squash(rest.text.slice(0, end)).length >= rule.minLength && squash(rest.text.slice(end)).length >= rule.minLength) {
        cut = end;
        break;
      }
      at = rest.text.indexOf(`${rule.after} `, at + 1);
    }
    if (cut < 0) break;
    out.push(trim(slice(rest, 0, cut)));
    rest = trim(slice(rest, cut));
  }
  out.push(rest);
  return out;
}
