/**
 * Findings as a linter prints them, shared by `kaikyo check` and `kaikyo build --verbose`:
 * `edition.md:line:column  severity  rule  message`, at the first occurrence's place in the
 * edition (the source's, named, when it is not in the edition), then one indented line per
 * occurrence with its place and sentence. Counts by severity for the summaries.
 */
import type { Severity } from '../rules.js';
import { renderMessage } from './render.js';
import type { ReportLanguage } from './i18n/index.js';
import type { Finding, Occurrence } from './types.js';

/** Where the places of one document's findings point. */
export interface LintFiles {
  /** edition.md as shown to the user. */
  readonly edition: string;
  /** The source as shown to the user. */
  readonly source: string;
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** `--fail-on` values: a severity, or none. */
export type FailOn = Severity | 'none';

/** True when any finding is at least as severe as `failOn`. */
export function reaches(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  return findings.some((finding) => RANK[finding.severity] >= RANK[failOn]);
}

/** Findings counted by severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** "67 findings (4 errors, 46 warnings, 17 info)". */
export function countLine(findings: readonly Finding[]): string {
  const counts = severityCounts(findings);
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(findings.length, 'finding')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)`;
}

/** `file:line:column` of an occurrence: edition.md when it is there, else the source. */
export function occurrencePlace(occurrence: Occurrence | undefined, files: LintFiles): string {
  if (!occurrence) return `${files.source}:1:1`;
  if (occurrence.edition) return `${files.edition}:${occurrence.edition.line}:${occurrence.edition.column}`;
  return `${files.source}:${occurrence.line}:${occurrence.column}`;
}

/** The lines for one finding: the linter line, then each occurrence with its context. */
export function findingLines(finding: Finding, files: LintFiles, lang: ReportLanguage): string[] {
  const message = finding.message ?? renderMessage(finding, lang);
  const lines = [`${occurrencePlace(finding.occurrences[0], files)}  ${finding.severity}  ${finding.ruleId}  ${message}`];
  for (const occurrence of finding.occurrences) {
    const place = occurrence.edition ? `${occurrence.edition.line}:${occurrence.edition.column}` : `${files.source}:${occurrence.line}:${occurrence.column}`;
    lines.push(`    ${place}  ${occurrence.context ?? occurrence.text}`);
  }
  return lines;
}
