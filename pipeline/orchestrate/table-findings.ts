/**
 * The tables stage's findings in the consistency report's shape, so that translators and data
 * people read one list. A table finding is not about a glossary entry: `id`, `ja` and
 * `expected` stay null unless the finding compares two values, and its places become
 * occurrences with the source text at that place.
 */
import type { Finding as ReportFinding, Occurrence } from '../consistency/index.js';
import type { Finding as TableFinding } from '../tables/index.js';

/** Convert table findings; `source` is the normalised source the places point into. */
export function tableFindingsForReport(findings: readonly TableFinding[], source: string): ReportFinding[] {
  const lines = source.split('\n');
  const occurrence = (place: { line: number; column: number } | undefined, text: string | undefined): Occurrence[] => {
    if (!place) return [];
    const lineText = lines[place.line - 1] ?? '';
    return [{ line: place.line, column: place.column, text: text && lineText.includes(text) ? text : lineText.slice(place.column - 1, place.column + 39) }];
  };
  return findings.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    id: null,
    ja: null,
    expected: finding.expected ?? null,
    found: finding.actual === undefined ? [] : [finding.actual],
    occurrences: [...occurrence(finding.place, finding.actual), ...occurrence(finding.cause, undefined)],
    note: finding.note ? `${finding.message} ${finding.note}` : finding.message,
  }));
}
