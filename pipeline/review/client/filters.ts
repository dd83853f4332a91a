/**
 * Which findings the list shows: by rule, severity, kind of deviation, status and a text search
 * over the name's forms, reading, glossary card, message and places.
 */
import type { ReviewCard, ReviewFinding, ReviewLanguage } from '../types.js';

export interface Filters {
  rule: string;
  severity: string;
  deviation: string;
  status: string;
  search: string;
}

/** The filter value that matches findings without a deviation class. */
export const NO_DEVIATION = '-';

export function emptyFilters(): Filters {
  return { rule: '', severity: '', deviation: '', status: '', search: '' };
}

/** True when `finding` passes every filter that is set. */
export function matches(
  finding: ReviewFinding,
  filters: Filters,
  status: string,
  cards: Readonly<Record<string, ReviewCard>>,
  language: ReviewLanguage,
): boolean {
  if (filters.rule && finding.ruleId !== filters.rule) return false;
  if (filters.severity && finding.severity !== filters.severity) return false;
  if (filters.deviation && (finding.deviation ?? NO_DEVIATION) !== filters.deviation) return false;
  if (filters.status && status !== filters.status) return false;
  const query = normalize(filters.search);
  if (query) return searchText(finding, cards, language).includes(query);
  return true;
}

function searchText(finding: ReviewFinding, cards: Readonly<Record<string, ReviewCard>>, language: ReviewLanguage): string {
  const card = finding.entry ? cards[finding.entry] : undefined;
  const parts = [
    finding.ruleId,
    finding.entry,
    finding.ja,
    finding.expected,
    ...finding.found,
    ...finding.ids,
    finding.message[language],
    card?.reading,
    card?.romaji,
    card?.ko,
    ...(card?.accepted ?? []),
    ...finding.occurrences.map((occurrence) => occurrence.text),
  ];
  return normalize(parts.filter(Boolean).join('\u0001'));
}

/** Case, width and spacing do not matter in a search (전각 Ａ = A, "간 사이" = "간사이"). */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
