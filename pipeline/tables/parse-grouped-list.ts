/**
 * Table 1's shape: group headings ("홋카이도(北海道) 경제산업국") each followed by items
 * "name(details)", several to a flattened line and sometimes cut across lines. The content is
 * read as one stream: every group match opens a group, every parenthesis whose text matches the
 * `details` cue closes an item, and the item's name is what stands between.
 */
import { concatAll, inserted, slice, type MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { finding, placeOf, type Finding } from './findings.js';
import { collapse, cut, firstOffset, parentheses, split, trim, type BlockLine } from './lines.js';
import { parseNumber } from './numbers.js';
import type { GroupedListSpec } from './spec.js';

/** A count cell: the number, whether the paper writes it with 약, and the cell text. */
export interface CountCell {
  readonly value: number;
  readonly approximate: boolean;
  readonly text: MappedText;
}

export interface GroupedItem {
  readonly region: MappedText;
  /** The Japanese in parentheses after the region, or undefined when empty. */
  readonly regionJa?: MappedText;
  /** The bureau as printed after the region ("경제산업국", "종합사무국 경제산업부"). */
  readonly bureau: MappedText;
  /** The name as printed, with any Japanese gloss. */
  readonly name: MappedText;
  /** The name without its Japanese glosses. */
  readonly nameKo: MappedText;
  /** The Japanese glosses in the name ("東海ものづくり"), joined by a space. */
  readonly nameJa?: MappedText;
  readonly details: MappedText;
  readonly fields: MappedText[];
  readonly firms?: CountCell;
  readonly universities?: CountCell;
  /** 0-based index of the item in table order. */
  readonly index: number;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** Parse the content lines of a grouped list. */
export function parseGroupedList(lines: readonly BlockLine[], spec: GroupedListSpec, index: LineIndex): { items: GroupedItem[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const parts: MappedText[] = [];
  lines.forEach((line, i) => {
    if (i > 0) parts.push(inserted(' '));
    parts.push(line.text);
  });
  const stream = concatAll(parts);
  // The d flag gives each named group's range, so a cell keeps its exact source offsets.
  const groupPattern = new RegExp(spec.group.source, 'dgu');
  const groups = [...stream.text.matchAll(groupPattern)].map((match) => ({ start: match.index!, end: match.index! + match[0].length, match }));
  const details = parentheses(stream.text).filter((group) => spec.details.test(stream.text.slice(group.start + 1, group.end - 1)));

  const items: GroupedItem[] = [];
  let cursor = 0;
  for (const group of details) {
    // Skip parentheses that fall inside a heading (the region's Japanese).
    if (groups.some((heading) => group.start >= heading.start && group.start < heading.end)) continue;
    const heading = [...groups].reverse().find((candidate) => candidate.end <= group.start);
    if (!heading) {
      findings.push(finding('table-content-unparsed', 'an item stands before the first group heading', { place: placeOf(index, stream.offsets[group.start]), table: 'grouped-list' }));
      continue;
    }
    const from = Math.max(cursor, heading.end);
    const name = collapse(slice(stream, from, group.start));
    cursor = group.end;
    if (name.text.length === 0) {
      findings.push(finding('table-content-unparsed', 'a details parenthesis has no name before it', { place: placeOf(index, stream.offsets[group.start]) }));
      continue;
    }
    const named = (key: string): MappedText | undefined => {
      const range = heading.match.indices?.groups?.[key];
      return range ? collapse(slice(stream, range[0], range[1])) : undefined;
    };
    const inner = slice(stream, group.start + 1, group.end - 1);
    const { ko, ja } = splitGlosses(name);
    items.push({
      region: named('region')!,
      regionJa: nonEmpty(named('ja')),
      bureau: named('bureau')!,
      name,
      nameKo: ko,
      nameJa: ja,
      details: inner,
      ...readDetails(inner, spec),
      index: items.length,
    });
  }
  // Text after the last item, or a heading without items, means something was not read.
  const rest = trim(slice(stream, cursor));
  if (rest.text.length > 0) {
    findings.push(finding('table-content-unparsed', `text after the last item was not read: "${rest.text}"`, { place: placeOf(index, firstOffset(rest)) }));
  }
  for (const heading of groups) {
    const used = items.some((item) => item.bureau.offsets[0] >= 0 && item.bureau.offsets[0] >= stream.offsets[heading.start] && item.bureau.offsets[0] < stream.offsets[heading.end - 1] + 1);
    if (!used) findings.push(finding('table-content-unparsed', `the group heading "${heading.match[0]}" has no items`, { place: placeOf(index, stream.offsets[heading.start]) }));
  }
  return { items, findings };
}

function nonEmpty(text: MappedText | undefined): MappedText | undefined {
  return text && text.text.trim().length > 0 ? text : undefined;
}

/** Split "토우카이 모노즈쿠리(東海ものづくり) 창생 프로젝트" into its Korean name and Japanese gloss. */
export function splitGlosses(name: MappedText): { ko: MappedText; ja?: MappedText } {
  const glosses = parentheses(name.text).filter((group) => JAPANESE.test(name.text.slice(group.start, group.end)));
  if (glosses.length === 0) return { ko: name };
  let ko = name;
  for (const group of [...glosses].reverse()) ko = cut(ko, group.start, group.end);
  const ja: MappedText[] = [];
  glosses.forEach((group, i) => {
    if (i > 0) ja.push(inserted(' '));
    ja.push(slice(name, group.start + 1, group.end - 1));
  });
  return { ko: collapse(ko), ja: concatAll(ja) };
}

/** Fields and counts from the details text "바이오 및 IT분야, 약 280개사, 15개 대학". */
export function readDetails(inner: MappedText, spec: Pick<GroupedListSpec, 'fields' | 'counts'>): { fields: MappedText[]; firms?: CountCell; universities?: CountCell } {
  let rest = inner;
  const count = (pattern: RegExp): CountCell | undefined => {
    const match = pattern.exec(rest.text);
    if (!match) return undefined;
    const value = parseNumber(match.groups?.n ?? '');
    if (value === undefined) return undefined;
    const cell = slice(rest, match.index, match.index + match[0].length);
    rest = cut(rest, match.index, match.index + match[0].length);
    return { value, approximate: Boolean(match.groups?.approx), text: cell };
  };
  const firms = count(spec.counts.firms);
  const universities = count(spec.counts.universities);
  const remaining = collapse({ text: rest.text.replace(/^[\s,]+|[\s,]+$/gu, (m) => ' '.repeat(m.length)), offsets: rest.offsets });
  const fieldMatch = spec.fields.pattern.exec(remaining.text.replace(/[\s,]+$/u, ''));
  let fields: MappedText[] = [];
  if (fieldMatch?.groups?.list !== undefined) {
    const start = remaining.text.indexOf(fieldMatch.groups.list);
    fields = split(slice(remaining, start, start + fieldMatch.groups.list.length), spec.fields.separator);
  }
  return { fields, ...(firms ? { firms } : {}), ...(universities ? { universities } : {}) };
}
