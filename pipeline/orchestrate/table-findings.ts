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
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const occurrence = (place: { line: number; column: number } | undefined, text: string | undefined): Occurrence[] => {
    if (!place) return [];
    const lineText = lines[place.line - 1] ?? '';
    // The place may be the row's or the cell's start; the text itself is where it stands on the line.
    const after = text ? lineText.indexOf(text, place.column - 1) : -1;
    const found = text && after < 0 ? lineText.indexOf(text) : after;
    const column = found >= 0 ? found + 1 : place.column;
    const offset = (starts[place.line - 1] ?? 0) + column - 1;
    return [{ line: place.line, column, text: text && found >= 0 ? text : lineText.slice(place.column - 1, place.column + 39), offset }];
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
    args: finding.args,
  }));
}
