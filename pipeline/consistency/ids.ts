/**
 * Stable ids for findings and occurrences, so a reviewer's decision (glossary/suppressions.yaml,
 * the review page) survives an unrelated edit of the document: digests of what a finding is
 * about (rule, glossary entries, texts), never of line numbers or offsets.
 */
import { createHash } from 'node:crypto';
import type { Finding, Occurrence } from './types.js';

/** 16 hex digits of a SHA-256 over the parts (joined by U+0001, which no text holds). */
function digest(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0001')).digest('hex').slice(0, 16);
}

/** Text with its spaces and line breaks removed: the author's wrapping is no part of identity. */
export function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * The base of a finding's id: rule, glossary entry id(s), the Japanese form, what was expected
 * and the texts of its occurrences (each once, sorted). Two findings with the same base are
 * told apart by an ordinal (findingIds).
 */
export function findingIdBase(finding: Finding): string {
  const texts = [...new Set(finding.occurrences.map((occurrence) => squeeze(occurrence.text)))].sort();
  const ids = [...new Set([finding.id ?? '', ...(finding.ids ?? [])])].sort();
  return digest([finding.ruleId, ids.join(','), finding.ja ?? '', finding.expected ?? '', finding.found.map(squeeze).join(','), texts.join(',')]);
}

/** The base of an occurrence's id: rule, entry, its text and its context (spaces removed). */
export function occurrenceIdBase(finding: Finding, occurrence: Occurrence): string {
  return digest([finding.ruleId, occurrence.entry ?? finding.id ?? '', squeeze(occurrence.text), squeeze(occurrence.context ?? '')]);
}

/**
 * Ids for a list of items whose bases may repeat: the first keeps its base, later ones get
 * `-2`, `-3` … in list order (the list is sorted by place, so the ordinal counts identical
 * occurrences from the top).
 */
export function withOrdinals(bases: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
