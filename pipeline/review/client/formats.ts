/**
 * The formats the page exports (plain functions, no DOM): the decisions as the suppressions
 * YAML that `kaikyo check` and `kaikyo build` read, and the shown findings as CSV for a
 * spreadsheet reviewer.
 *
 * No YAML or CSV library: the ones the pipeline uses (yaml, csv-stringify) weigh 80–100 KB each
 * in a browser build, more than the rest of the page's script. The YAML comes from the
 * consistency stage's decisionsYaml (values as JSON strings, which YAML reads back as they
 * are); the CSV is written here by RFC 4180.
 */
import type { ReviewFinding, ReviewOccurrence } from '../types.js';
import { decisionsYaml } from '../../consistency/decisions.js';
import { asSuppression, type Decision } from './suppressions.js';

/**
 * The decisions as suppressions YAML (pipeline/consistency/suppressions.schema.json), written by
 * the consistency stage's own `decisionsYaml` (what parseSuppressions reads back unchanged), a
 * comment above each decision saying what it is about.
 */
export function suppressionsYaml(decisions: readonly Decision[], documentId: string): string {
  const parts = [`# kaikyo suppressions: decisions made in review.html of ${oneLine(documentId)}\n`];
  for (const decision of decisions) parts.push(`# ${oneLine(decision.label)}\n`, decisionsYaml([asSuppression(decision)]));
  return parts.join('');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One CSV row per shown place: the columns' labels first. */
export function findingsCsv(
  rows: ReadonlyArray<{ finding: ReviewFinding; occurrence: ReviewOccurrence; status: string; message: string }>,
  header: readonly string[],
): string {
  const records: string[][] = [[...header]];
  for (const { finding, occurrence, status, message } of rows) {
    records.push([
      finding.findingId,
      finding.ruleId,
      finding.severity,
      finding.entry ?? '',
      finding.ja ?? '',
      finding.expected ?? '',
      occurrence.text,
      finding.deviation ?? '',
      status,
      String(occurrence.line),
      String(occurrence.column),
      occurrence.page === undefined ? '' : String(occurrence.page),
      occurrence.context,
      message,
    ]);
  }
  // UTF-8 with a byte order mark, so that spreadsheet programs read Korean and Japanese right.
  return `\uFEFF${records.map((record) => record.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * A CSV field: quoted when it holds a quote, comma or line break (RFC 4180). A field that a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: the text
 * comes from a scraped document (OWASP's advice on CSV injection).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
