/**
 * Put findings from several stages (this one, the tables stage) into one list in a fixed order,
 * so the same input gives byte-identical reports.
 */
import type { Finding, Occurrence } from './types.js';

/** Code-unit order, so sorting does not depend on the locale. */
function compare(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.line - b.line || a.column - b.column || compare(a.text, b.text) || compare(a.entry, b.entry);
}

/** A finding with its occurrences sorted by place and repeated places removed. */
export function normalizeFinding(finding: Finding): Finding {
  const seen = new Set<string>();
  const occurrences = [...finding.occurrences].sort(compareOccurrences).filter((occurrence) => {
    const key = `${occurrence.line}:${occurrence.column}:${occurrence.text}:${occurrence.entry ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...finding, occurrences };
}

/**
 * Order: document, first occurrence (line, column), rule id, glossary id, Japanese form, forms
 * found. Findings without occurrences come first in their document.
 */
export function compareFindings(a: Finding, b: Finding): number {
  const first = (finding: Finding) => finding.occurrences[0];
  const x = first(a);
  const y = first(b);
  return (
    compare(a.file, b.file) ||
    (x ? x.line : 0) - (y ? y.line : 0) ||
    (x ? x.column : 0) - (y ? y.column : 0) ||
    compare(a.ruleId, b.ruleId) ||
    compare(a.id, b.id) ||
    compare(a.ja, b.ja) ||
    compare(a.found.join('\u0000'), b.found.join('\u0000'))
  );
}

/** Sort findings (and each one's occurrences) deterministically. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.map(normalizeFinding).sort(compareFindings);
}

/**
 * Merge lists of findings from any stages into one sorted list; a finding that appears twice
 * (same content) is kept once.
 */
export function mergeFindings(...lists: Finding[][]): Finding[] {
  const seen = new Set<string>();
  const merged: Finding[] = [];
  for (const finding of sortFindings(lists.flat())) {
    const key = JSON.stringify(finding);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(finding);
  }
  return merged;
}
