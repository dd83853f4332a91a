/**
 * The formats the page exports (plain functions, no DOM): the decisions as the suppressions
 * YAML that `kaikyo check` and `kaikyo build` read, and the shown findings as CSV for a
 * spreadsheet reviewer.
 *
 * Written by hand because the libraries the pipeline uses for these (yaml, csv-stringify) weigh
 * 80–100 KB each in a browser build, more than the rest of the page's script; the output here
 * is simple: YAML scalars are written as JSON strings (JSON is YAML 1.2's flow subset, so every
 * character is escaped the way YAML reads it back), CSV follows RFC 4180.
 */
import type { ReviewFinding, ReviewOccurrence } from '../types.js';
import { asSuppression, type Decision } from './suppressions.js';

/**
 * The decisions as suppressions YAML (pipeline/consistency/suppressions.schema.json): a list,
 * one item per decision, a comment above each saying what it is about.
 */
export function suppressionsYaml(decisions: readonly Decision[], documentId: string): string {
  const lines = [`# kaikyo suppressions: decisions made in review.html of ${oneLine(documentId)}`];
  for (const decision of decisions) {
    lines.push(`# ${oneLine(decision.label)}`);
    Object.entries(asSuppression(decision)).forEach(([key, value], i) => lines.push(`${i === 0 ? '- ' : '  '}${key}: ${JSON.stringify(value)}`));
  }
  return `${lines.join('\n')}\n`;
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
