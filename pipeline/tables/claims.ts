/**
 * Claims of the running text checked against the tables. Each claim of the description is a cue
 * pattern with named number groups, matched on the whitespace-free text of the paragraphs and
 * footnotes; each check compares one group with a measure of a table (rows, distinct values,
 * sums, category budgets and shares), of the cue's own list ("A, B, C의 3개 지역"), or of other
 * claims. Agreement is reported as info, a difference as a warning, a cue not found as a warning.
 */
import type { MappedText } from '../text/mapped-text.js';
import type { LineIndex } from '../text/positions.js';
import { compact, sourceOffset } from './compact.js';
import { finding, placeOf, type Finding, type Place } from './findings.js';
import { parseNumber, roundTenth } from './numbers.js';
import type { ClaimCheck, ClaimSpec, Measure } from './spec.js';

/** What the measures read: each table's rows, and the category totals of budget tables. */
export interface TableData {
  readonly rows: ReadonlyMap<string, readonly object[]>;
  readonly categories: ReadonlyMap<string, ReadonlyArray<{ id: string; budget: Record<string, number | boolean | null> }>>;
}

/** A claim found in the text, with each named group's value. */
export interface FoundClaim {
  readonly id: string;
  readonly place?: Place;
  readonly quote: string;
  readonly groups: Record<string, string>;
  readonly places: Record<string, Place | undefined>;
}

/** Find a cue in the texts (first match in reading order); the place of each named group is kept. */
export function findCue(texts: readonly MappedText[], cue: RegExp, lines: LineIndex): { quote: string; groups: Record<string, string>; places: Record<string, Place | undefined>; place?: Place } | undefined {
  const pattern = new RegExp(cue.source, 'du');
  for (const text of texts) {
    const view = compact(text);
    const match = pattern.exec(view.text);
    if (!match) continue;
    const places: Record<string, Place | undefined> = {};
    for (const [name, range] of Object.entries(match.indices?.groups ?? {})) {
      if (range) places[name] = placeOf(lines, sourceOffset(text, view, range[0]));
    }
    const groups = Object.fromEntries(Object.entries(match.groups ?? {}).filter(([, value]) => value !== undefined)) as Record<string, string>;
    const start = view.index[match.index];
    const end = view.index[match.index + match[0].length - 1] + 1;
    return { quote: text.text.slice(start, end), groups, places, place: placeOf(lines, sourceOffset(text, view, match.index)) };
  }
  return undefined;
}

/** Check every claim; returns the findings and the claims found (by id). */
export function checkClaims(texts: readonly MappedText[], claims: readonly ClaimSpec[], data: TableData, lines: LineIndex): { findings: Finding[]; found: Map<string, FoundClaim> } {
  const findings: Finding[] = [];
  const found = new Map<string, FoundClaim>();
  for (const claim of claims) {
    const hit = findCue(texts, claim.cue, lines);
    if (!hit) {
      findings.push(finding('table-claim-not-found', `claim "${claim.id}": its cue was not found in the text`, { actual: claim.cue.source, args: { claim: claim.id } }));
      continue;
    }
    const record: FoundClaim = { id: claim.id, place: hit.place, quote: hit.quote, groups: hit.groups, places: hit.places };
    found.set(claim.id, record);
    for (const check of claim.checks) findings.push(...checkOne(claim, check, record, data, found));
  }
  return { findings, found };
}

function checkOne(claim: ClaimSpec, check: ClaimCheck, record: FoundClaim, data: TableData, found: ReadonlyMap<string, FoundClaim>): Finding[] {
  const claimed = parseNumber(record.groups[check.value] ?? '');
  const place = record.places[check.value] ?? record.place;
  if (claimed === undefined) {
    return [finding('table-claim-not-found', `claim "${claim.id}": "${record.groups[check.value] ?? ''}" is not a number`, { place, args: { claim: claim.id } })];
  }
  const measured = measure(check.measure, record, data, found);
  const what = describe(check.measure);
  if (measured === undefined) {
    return [finding('table-claim-not-found', `claim "${claim.id}": nothing to compare ${check.value} with (${what})`, { place, args: { claim: claim.id, value: check.value } })];
  }
  const value = roundTenth(measured);
  const allowed = (check.absolute ?? 0) + (check.relative ?? 0) * claimed + 1e-9;
  // op/field/category let a report say the measure in its own language (`measure` is English).
  const args = { claim: claim.id, value: check.value, claimed, measured: value, measure: what, op: check.measure.op, field: check.measure.field ?? null, category: check.measure.category ?? null };
  if (Math.abs(value - claimed) <= allowed || (check.bound === 'upper' && claimed <= value + allowed)) {
    return [finding('table-claim-agrees', `the text's ${check.value} ${claimed} ("${record.quote}") agrees with ${what}: ${value}`, { place, table: check.measure.table, actual: String(claimed), expected: String(value), args })];
  }
  return [
    finding('table-claim-differs', `the text's ${check.value} ${claimed} ("${record.quote}") differs from ${what}: ${value}`, {
      place,
      table: check.measure.table,
      actual: String(claimed),
      expected: String(value),
      ...(check.note ? { note: check.note } : {}),
      args,
    }),
  ];
}

/** A readable description of a measure, for messages. */
export function describe(measure: Measure): string {
  const where = measure.where ? ` where ${Object.entries(measure.where).map(([key, value]) => `${key} = ${value}`).join(', ')}` : '';
  switch (measure.op) {
    case 'rows':
      return `the rows of ${measure.table}${where}`;
    case 'distinct':
      return `the distinct ${measure.field} of ${measure.table}${where}`;
    case 'sum':
      return `the sum of ${measure.field} in ${measure.table}${where}`;
    case 'category':
      return `the ${measure.field} of category ${measure.category} in ${measure.table}`;
    case 'category-total':
      return `the total ${measure.field} of the categories of ${measure.table}`;
    case 'category-share':
      return `the share (%) of category ${measure.category} in the total ${measure.field} of ${measure.table}`;
    case 'listed':
      return 'the names the sentence lists';
    case 'listed-members':
      return 'the places the sentence lists (a wide area counting its members)';
    case 'claims':
      return `the sum of ${(measure.of ?? []).join(' + ')}`;
  }
}

/** Compute a measure; undefined when its table or claim is missing. */
export function measure(spec: Measure, record: FoundClaim, data: TableData, found: ReadonlyMap<string, FoundClaim>): number | undefined {
  switch (spec.op) {
    case 'listed':
      return listItems(record.groups[spec.group!] ?? '').length;
    case 'listed-members':
      return listItems(record.groups[spec.group!] ?? '').reduce((sum, item) => sum + members(item), 0);
    case 'claims': {
      let sum = 0;
      for (const reference of spec.of ?? []) {
        const [id, group] = reference.split('.');
        const value = parseNumber(found.get(id)?.groups[group] ?? '');
        if (value === undefined) return undefined;
        sum += value;
      }
      return sum;
    }
    case 'category':
    case 'category-total':
    case 'category-share': {
      const categories = data.categories.get(spec.table!);
      if (!categories) return undefined;
      const value = (id: string) => categories.find((category) => category.id === id)?.budget[spec.field!];
      const total = categories.reduce((sum, category) => sum + (Number(category.budget[spec.field!]) || 0), 0);
      if (spec.op === 'category-total') return total;
      const own = value(spec.category!);
      if (typeof own !== 'number') return undefined;
      return spec.op === 'category' ? own : total === 0 ? undefined : (100 * own) / total;
    }
    default: {
      const rows = data.rows.get(spec.table!);
      if (!rows) return undefined;
      const selected = rows.filter((row) => Object.entries(spec.where ?? {}).every(([key, expected]) => get(row, key) === expected));
      if (spec.op === 'rows') return selected.length;
      const values = selected.map((row) => get(row, spec.field!)).filter((value) => value !== null && value !== undefined);
      if (spec.op === 'distinct') return new Set(values.map((value) => JSON.stringify(value))).size;
      return values.reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
    }
  }
}

/** A dotted field of a row ("region.ko", "cluster.number"). */
export function get(row: object, path: string): unknown {
  let value: unknown = row;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Top-level items of a comma-separated list (commas inside parentheses do not separate). */
export function listItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      if (current.trim()) items.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim()) items.push(current.trim());
  return items;
}

/** How many places one list item names: a wide area "(…: A∙B)" counts its members, others one. */
export function members(item: string): number {
  const inner = /\([^():]*:(.*)\)\s*$/u.exec(item);
  if (!inner) return 1;
  let depth = 0;
  let count = 1;
  for (const char of inner[1]) {
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '∙' && depth === 0) count++;
  }
  return count;
}
