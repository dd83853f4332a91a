/**
 * Findings of the tables stage: what a check found, where, and the structured arguments a
 * message template needs. They are plain data (consistency.json takes them as they are) and are
 * also reported on the document's vfile as messages with the same rule id and place.
 */
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { LineIndex } from '../text/positions.js';
import { TABLE_RULES, type TableRuleId } from './rules.js';

/** A 1-based source place. */
export interface Place {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

export interface Finding {
  readonly ruleId: TableRuleId;
  readonly severity: 'error' | 'warning' | 'info';
  /** What happened, in English; the i18next template under rules.<key> says the same from `args`. */
  readonly message: string;
  /** Where the finding is (the cell, the claim in the text, the figure line). */
  readonly place?: Place;
  /** A second place the finding compares against (the claim for a table finding, the table row for a claim). */
  readonly cause?: Place;
  /** The output table concerned, when there is one. */
  readonly table?: string;
  /** What the source says. */
  readonly actual?: string;
  /** What the other side says. */
  readonly expected?: string;
  /** Why it matters or what to check. */
  readonly note?: string;
  /** Structured arguments for the message template. */
  readonly args: Record<string, string | number | boolean | null>;
}

/** Build a finding; severity comes from the rule registry so the two never disagree. */
export function finding(ruleId: TableRuleId, message: string, fields: Omit<Finding, 'ruleId' | 'severity' | 'message' | 'args'> & { args?: Finding['args'] } = {}): Finding {
  return { ruleId, severity: TABLE_RULES[ruleId].severity, message, ...fields, args: fields.args ?? {} };
}

/** The 1-based place of a 0-based source offset, or undefined for inserted text (offset -1). */
export function placeOf(lines: LineIndex, offset: number | undefined): Place | undefined {
  if (offset === undefined || offset < 0) return undefined;
  const point = lines.point(offset);
  return { line: point.line, column: point.column };
}

/** Sort findings by place, rule and message, so outputs are deterministic. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.place?.line ?? 0) - (b.place?.line ?? 0) ||
      (a.place?.column ?? 0) - (b.place?.column ?? 0) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.message, b.message),
  );
}

/** Report findings on the vfile as messages (fatal: true for errors, false for warnings, unset for info). */
export function reportFindings(file: VFile, findings: readonly Finding[]): void {
  for (const item of findings) {
    const message = file.message(item.message, { place: item.place, ruleId: item.ruleId, source: 'kaikyo' });
    message.fatal = item.severity === 'error' ? true : item.severity === 'warning' ? false : undefined;
    if (item.actual !== undefined) message.actual = item.actual;
    if (item.expected !== undefined) message.expected = [item.expected];
    if (item.note !== undefined) message.note = item.note;
    // The second place travels as a message of its own, which is what vfile-message expects of `cause`.
    if (item.cause) message.cause = new VFileMessage('compared with this place', { place: item.cause, ruleId: item.ruleId, source: 'kaikyo' });
  }
}

/** Code-unit order, independent of the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
