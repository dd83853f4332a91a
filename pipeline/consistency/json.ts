/**
 * consistency.json: `{ "findings": [...] }`, fields in a fixed order, two-space indentation and
 * a final newline (schemas/consistency.schema.json).
 */
import { sortFindings } from './merge.js';
import type { Finding, Occurrence } from './types.js';

function occurrenceJson(occurrence: Occurrence): Record<string, unknown> {
  return {
    ...(occurrence.occurrenceId === undefined ? {} : { occurrenceId: occurrence.occurrenceId }),
    line: occurrence.line,
    column: occurrence.column,
    text: occurrence.text,
    ...(occurrence.offset === undefined ? {} : { offset: occurrence.offset }),
    ...(occurrence.entry === undefined ? {} : { entry: occurrence.entry }),
    ...(occurrence.restored ? { restored: true } : {}),
    ...(occurrence.edition === undefined ? {} : { edition: occurrence.edition === null ? null : { line: occurrence.edition.line, column: occurrence.edition.column, offset: occurrence.edition.offset } }),
    ...(occurrence.context === undefined ? {} : { context: occurrence.context }),
  };
}

/** A finding as plain data with its keys in schema order (JSON.stringify keeps insertion order). */
export function findingJson(finding: Finding): Record<string, unknown> {
  return {
    ...(finding.findingId === undefined ? {} : { findingId: finding.findingId }),
    ruleId: finding.ruleId,
    severity: finding.severity,
    ...(finding.actionable === undefined ? {} : { actionable: finding.actionable }),
    ...(finding.duplicateOf === undefined ? {} : { duplicateOf: finding.duplicateOf }),
    ...(finding.message === undefined ? {} : { message: finding.message }),
    id: finding.id,
    ja: finding.ja,
    expected: finding.expected,
    found: [...finding.found],
    occurrences: finding.occurrences.map(occurrenceJson),
    ...(finding.file === undefined ? {} : { file: finding.file }),
    ...(finding.kinds === undefined ? {} : { kinds: [...finding.kinds] }),
    ...(finding.deviation === undefined ? {} : { deviation: finding.deviation }),
    ...(finding.reading === undefined ? {} : { reading: finding.reading }),
    ...(finding.ids === undefined ? {} : { ids: [...finding.ids] }),
    ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
    ...(finding.note === undefined ? {} : { note: finding.note }),
  };
}

/** The text of consistency.json for `findings` (sorted here, so any order in gives one output). */
export function consistencyJson(findings: readonly Finding[]): string {
  return `${JSON.stringify({ findings: sortFindings(findings).map(findingJson) }, null, 2)}\n`;
}
