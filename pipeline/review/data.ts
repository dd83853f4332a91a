/**
 * The review page's data from the report: the actionable findings of consistency.json, each
 * occurrence placed in edition.md (start from the report, end found by span.ts) with its printed
 * page, plus the glossary cards of the entries they name.
 */
import type { Glossary } from '../glossary/schema.js';
import type { MarkRange } from './marks.js';
import { editionEnd } from './span.js';
import type { ReviewCard, ReviewData, ReviewFinding, ReviewLanguage, ReviewOccurrence } from './types.js';

/** An occurrence as consistency.json records it (the fields the page reads). */
export interface ReportOccurrence {
  readonly occurrenceId: string;
  readonly line: number;
  readonly column: number;
  readonly offset?: number;
  readonly text: string;
  readonly entry?: string;
  /** Place in edition.md: 1-based line and column, 0-based offset. */
  readonly edition?: { readonly line: number; readonly column: number; readonly offset: number } | null;
  readonly context?: string;
  /** The form to write at this place. */
  readonly expected?: string | null;
  /** Characters restored by a correction (not in the source). */
  readonly restored?: boolean;
}

/** A finding as consistency.json records it (the fields the page reads). */
export interface ReportFinding {
  readonly findingId: string;
  readonly actionable: boolean;
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly id: string | null;
  readonly ja: string | null;
  readonly expected: string | null;
  readonly found: readonly string[];
  readonly kinds?: readonly string[];
  readonly ids?: readonly string[];
  readonly deviation?: string | null;
  readonly message?: string;
  readonly origin?: string;
  readonly note?: string;
  readonly occurrences: readonly ReportOccurrence[];
}

/** A page marker of the source: the printed page that starts at a source offset. */
export interface SourcePage {
  readonly offset: number;
  readonly page: number;
}

export interface ReviewDataInput {
  readonly document: string;
  readonly title: string;
  readonly lang: ReviewLanguage;
  /** consistency.json's findings, in its order. */
  readonly findings: readonly ReportFinding[];
  /** The same findings' sentences in each language (index as in `findings`). */
  readonly messages: (index: number, language: ReviewLanguage) => string;
  readonly markdown: string;
  readonly glossary?: Pick<Glossary, 'byId'>;
  /** The source's page markers, sorted by offset. */
  readonly pages: readonly SourcePage[];
  /** A rule's stage (pipeline/rules.ts). */
  readonly stageOf: (ruleId: string) => string;
  /** A rule's short name in a language. */
  readonly ruleName: (ruleId: string, language: ReviewLanguage) => string;
  /** The edition offset of the first source character at or after a source offset that is in the edition. */
  readonly placeOf?: (sourceOffset: number) => number | undefined;
}

/**
 * Where a restored occurrence stands in edition.md. The report gives it no edition place (its
 * characters are a correction's, not the source's), but the edition shows it where it was
 * restored: look for its text right around the edition place of the restoration point.
 */
function restoredStart(markdown: string, occurrence: ReportOccurrence, placeOf: ((sourceOffset: number) => number | undefined) | undefined): number | undefined {
  if (!occurrence.restored || occurrence.offset === undefined || !placeOf || !occurrence.text) return undefined;
  const at = placeOf(occurrence.offset);
  if (at === undefined) return undefined;
  const slack = occurrence.text.length + 8;
  const before = markdown.lastIndexOf(occurrence.text, at);
  if (before >= 0 && before >= at - slack) return before;
  const after = markdown.indexOf(occurrence.text, Math.max(0, at - slack));
  return after >= 0 && after <= at + slack ? after : undefined;
}

/** 1-based line and column of a 0-based offset (line starts found once per text). */
function pointer(markdown: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = 0; i < markdown.length; i++) if (markdown.charCodeAt(i) === 10) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

/** The page's data, and the ranges to mark in the edition. */
export function reviewData(input: ReviewDataInput): { data: Omit<ReviewData, 'findings'> & { findings: ReviewFinding[] }; ranges: MarkRange[] } {
  const ranges: MarkRange[] = [];
  const findings: ReviewFinding[] = [];
  const cards: Record<string, ReviewCard> = {};
  const pointAt = pointer(input.markdown);
  input.findings.forEach((finding, index) => {
    if (!finding.actionable) return;
    const occurrences: ReviewOccurrence[] = [];
    for (const occurrence of finding.occurrences) {
      const start = occurrence.edition?.offset ?? restoredStart(input.markdown, occurrence, input.placeOf);
      const end = start === undefined ? undefined : editionEnd(input.markdown, start, occurrence.text);
      const point = occurrence.edition ?? (start === undefined ? undefined : pointAt(start));
      if (start !== undefined && end !== undefined) {
        ranges.push({ start, end, findingId: finding.findingId, ruleId: finding.ruleId, occurrenceId: occurrence.occurrenceId, severity: finding.severity });
      }
      const page = occurrence.offset === undefined ? undefined : pageAt(input.pages, occurrence.offset);
      occurrences.push({
        occurrenceId: occurrence.occurrenceId,
        text: start !== undefined && end !== undefined ? input.markdown.slice(start, end) : occurrence.text,
        context: occurrence.context ?? '',
        line: point?.line ?? 0,
        column: point?.column ?? 0,
        sourceLine: occurrence.line,
        ...(page === undefined ? {} : { page }),
        // Set once the marks are placed (index.ts).
        marked: false,
        ...(occurrence.expected ? { expected: occurrence.expected } : {}),
      });
    }
    const ids = finding.ids ?? [];
    for (const id of [finding.id, ...ids, ...finding.occurrences.map((occurrence) => occurrence.entry)]) {
      if (!id || cards[id]) continue;
      const entry = input.glossary?.byId(id);
      if (entry) {
        cards[id] = {
          id,
          kind: entry.kind,
          ja: entry.ja,
          reading: entry.reading,
          romaji: entry.romaji,
          ko: entry.ko,
          accepted: [...entry.accepted],
          ...(entry.notes ? { notes: entry.notes } : {}),
          sources: [...entry.sources],
        };
      }
    }
    findings.push({
      findingId: finding.findingId,
      ruleId: finding.ruleId,
      stage: input.stageOf(finding.ruleId),
      severity: finding.severity,
      entry: finding.id ?? null,
      ids,
      ja: finding.ja,
      expected: finding.expected,
      found: finding.found,
      deviation: finding.deviation ?? null,
      kinds: finding.kinds ?? [],
      message: { ko: input.messages(index, 'ko'), en: input.messages(index, 'en'), ja: input.messages(index, 'ja') },
      ...(finding.origin ? { origin: finding.origin } : {}),
      ...(finding.note ? { note: finding.note } : {}),
      occurrences,
    });
  });
  const rules = [...new Set(findings.map((finding) => finding.ruleId))].sort();
  const names = (language: ReviewLanguage) => Object.fromEntries(rules.map((id) => [id, input.ruleName(id, language)]));
  return {
    data: { document: input.document, title: input.title, lang: input.lang, findings, cards, reported: input.findings.length, ruleNames: { ko: names('ko'), en: names('en'), ja: names('ja') } },
    ranges,
  };
}

/** The printed page at a source offset: the last marker at or before it; page 1 before the first. */
export function pageAt(pages: readonly SourcePage[], offset: number): number | undefined {
  if (pages.length === 0) return undefined;
  let low = 0;
  let high = pages.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (pages[middle].offset <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found < 0 ? 1 : pages[found].page;
}
