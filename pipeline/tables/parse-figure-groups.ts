/**
 * Figure 2's shape: a group label ("간토 경제산업국") on its own line followed by numbered
 * items ("① 지역산업 활성화 프로젝트"), or a label with its single item after " - ".
 */
import { slice, type MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { finding, placeOf, type Finding } from './findings.js';
import { collapse, firstOffset, type BlockLine } from './lines.js';
import type { FigureGroupsSpec } from './spec.js';

export interface FigureItem {
  readonly group: MappedText;
  /** The circled number, or undefined for a group's only item. */
  readonly mark?: string;
  readonly name: MappedText;
  /** 1-based source line. */
  readonly line: number;
}

/** Parse the content lines of a grouped figure. */
export function parseFigureGroups(lines: readonly BlockLine[], spec: Pick<FigureGroupsSpec, 'group' | 'item'>, index: LineIndex): { items: FigureItem[]; groups: MappedText[]; findings: Finding[] } {
  const items: FigureItem[] = [];
  const groups: MappedText[] = [];
  const findings: Finding[] = [];
  const groupPattern = new RegExp(spec.group.source, 'du');
  const itemPattern = new RegExp(spec.item.source, 'du');
  let current: MappedText | undefined;
  for (const line of lines) {
    const text = collapse(line.text);
    const heading = groupPattern.exec(text.text);
    if (heading?.indices?.groups?.group) {
      const [start, end] = heading.indices.groups.group;
      current = slice(text, start, end);
      groups.push(current);
      const item = heading.indices.groups.item;
      if (item) items.push({ group: current, name: slice(text, item[0], item[1]), line: line.line });
      continue;
    }
    const match = itemPattern.exec(text.text);
    if (match?.indices?.groups?.item && current) {
      const [start, end] = match.indices.groups.item;
      items.push({ group: current, mark: match.groups?.mark, name: slice(text, start, end), line: line.line });
      continue;
    }
    findings.push(finding('table-content-unparsed', `figure line not read: "${text.text}"`, { place: placeOf(index, firstOffset(text)) }));
  }
  return { items, groups, findings };
}
