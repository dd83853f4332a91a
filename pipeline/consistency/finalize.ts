/**
 * The last step before findings are written or printed, shared by `kaikyo build` and
 * `kaikyo check` so both count and say the same: every occurrence gets its place in edition.md
 * and the sentence around it, every finding and occurrence a stable id, duplicates and
 * confirmations are flagged (kept in the JSON, left out of the report and the linter), the
 * reviewer's decisions are applied, and each finding gets its message in the build's language.
 */
import type { PlacedEdition } from '../edition/places.js';
import { isConfirmation } from '../rules.js';
import { LineIndex } from '../text/positions.js';
import { sentenceAround } from './context.js';
import { flagDuplicates } from './duplicates.js';
import { findingIdBase, occurrenceIdBase, withOrdinals } from './ids.js';
import type { ReportLanguage } from './i18n/index.js';
import { sortFindings } from './merge.js';
import { renderMessage } from './render.js';
import { applyDecisions } from './suppressions.js';
import type { Finding, Occurrence, Suppression } from './types.js';

/** What finalizeFindings needs besides the findings. */
export interface FinalizeOptions {
  /** The normalised source the occurrences' line/column/offset point into. */
  readonly source: string;
  /** The edition as written, to place occurrences in edition.md; without it `edition` is null. */
  readonly edition?: PlacedEdition;
  /** Language of `message`. */
  readonly lang: ReportLanguage;
  /** Reviewers' decisions (glossary/suppressions.yaml). */
  readonly suppressions?: readonly Suppression[];
}

/**
 * Findings of every stage of one document, made ready for consistency.json, consistency.md and
 * `kaikyo check`. Sorted; deterministic for the same input.
 */
export function finalizeFindings(findings: readonly Finding[], options: FinalizeOptions): Finding[] {
  const lines = new LineIndex(options.source);
  const placed = sortFindings(findings).map((finding) => ({ ...finding, occurrences: finding.occurrences.map((occurrence) => placeOccurrence(occurrence, lines, options.edition)) }));
  const split = flagDuplicates(placed);
  const findingIds = withOrdinals(split.map((item) => findingIdBase(item.finding)));
  // Ordinals of identical occurrences count over the whole document (two sums of one table row
  // are two findings at one place), so every occurrenceId is unique.
  const occurrenceIds = withOrdinals(split.flatMap((item) => item.finding.occurrences.map((occurrence) => occurrenceIdBase(item.finding, occurrence))));
  let next = 0;
  const identified = split.map((item, index) => ({
    ...item,
    finding: { ...item.finding, findingId: findingIds[index], occurrences: item.finding.occurrences.map((occurrence) => ({ ...occurrence, occurrenceId: occurrenceIds[next++] })) },
  }));
  const byIndex = identified.map((item) => item.finding.findingId);
  const result: Finding[] = [];
  for (const item of identified) {
    const duplicateOf = item.duplicateOf === undefined ? null : (byIndex[item.duplicateOf] ?? null);
    const finding: Finding = {
      ...item.finding,
      actionable: duplicateOf === null && !isConfirmation(item.finding.ruleId),
      duplicateOf,
      deviation: deviationOf(item.finding),
    };
    result.push({ ...finding, message: renderMessage(finding, options.lang) });
  }
  return sortFindings(applyDecisions(result, options.suppressions ?? []));
}

/** Findings a translator acts on: not a confirmation, not a duplicate. */
export function actionableFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.actionable !== false);
}

/** An occurrence with its offset (from line/column when a stage gave none), edition place and context. */
function placeOccurrence(occurrence: Occurrence, lines: LineIndex, edition: PlacedEdition | undefined): Occurrence {
  const offset = occurrence.offset ?? lines.lineStart(occurrence.line) + occurrence.column - 1;
  const length = Math.max(occurrence.text.length, 1);
  const place = edition && !occurrence.restored ? (edition.place(offset, offset + length) ?? null) : null;
  let context: string;
  if (place && edition) context = sentenceAround(edition.lineText(place), place.column - 1, occurrence.text.replace(/\s+/gu, '').length);
  else {
    const start = lines.lineStart(occurrence.line) ?? 0;
    const end = lineEnd(lines, occurrence.line);
    context = sentenceAround(lines.text.slice(start, end), offset - start, length);
  }
  return { ...occurrence, offset, edition: place, context };
}

/** 0-based offset where the 1-based `line` ends (before its line break). */
function lineEnd(lines: LineIndex, line: number): number {
  return line < lines.lineCount ? lines.lineStart(line + 1) - 1 : lines.text.length;
}

/**
 * The class a finding's deviation falls in, for a find-and-replace view: the deviation kinds of
 * a nonstandard rendering joined by '+', 'loanword' for a loanword misspelling, 'reading' for a
 * form that follows no reading; null for the rest.
 */
export function deviationOf(finding: Finding): string | null {
  if (finding.ruleId === 'nonstandard-rendering' && finding.kinds && finding.kinds.length > 0) return finding.kinds.join('+');
  if (finding.ruleId === 'loanword-spelling') return 'loanword';
  if (finding.ruleId === 'reading-mismatch') return 'reading';
  return null;
}
