/**
 * Findings as sentences (in any report language, from their structured fields) and as vfile
 * messages: one message per finding, placed at its first occurrence, with actual/expected and
 * the other places in `note`.
 */
import type { TFunction } from 'i18next';
import type { VFile } from 'vfile';
import { consistencyTranslator, type ReportLanguage } from './i18n/index.js';
import { CONSISTENCY_RULES } from './rules.js';
import type { Finding } from './types.js';

const KEYS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(CONSISTENCY_RULES).map(([id, info]) => [id, info.key]));

/** One sentence for a finding of this stage; findings of other stages keep their `note` (or their rule id). */
export function findingMessage(finding: Finding, language: ReportLanguage | TFunction = 'en'): string {
  const t = typeof language === 'string' ? consistencyTranslator(language) : language;
  const key = KEYS[finding.ruleId];
  if (!key) return finding.note ?? finding.ruleId;
  const list = (values: readonly string[]) => values.join(t('report.listSeparator', { defaultValue: ', ' }));
  const resolved = finding.severity === 'info';
  return t(`rules.${key}`, {
    ja: finding.ja ?? '',
    found: list(finding.found),
    expected: finding.expected ?? '?', // null: no standard form is asserted (an unconfirmed reading)
    count: finding.ruleId === 'ambiguous-name' ? (finding.ids?.length ?? 0) : finding.found.length,
    reading: finding.reading ?? '',
    kinds: list((finding.kinds ?? []).map((kind) => t(`kinds.${kind}`))),
    ids: list(finding.ids ?? []),
    origin: finding.origin ?? '',
    reason: finding.note ?? '',
    resolution: t(resolved ? 'resolution.resolved' : 'resolution.unresolved'),
  });
}

/** Add one vfile message per finding to `file` (English reasons; the structured fields carry the rest). */
export function reportFindings(file: VFile, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const [first, ...rest] = finding.occurrences;
    const message = file.message(findingMessage(finding, 'en'), {
      ...(first ? { place: { line: first.line, column: first.column } } : {}),
      ruleId: finding.ruleId,
      source: 'kaikyo',
    });
    message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
    if (finding.found.length > 0) message.actual = finding.found.join(', ');
    if (finding.expected !== null) message.expected = [finding.expected];
    const places = rest.map((occurrence) => `${occurrence.line}:${occurrence.column} ${occurrence.text}`);
    const notes = [...(places.length > 0 ? [`also at ${places.join('; ')}`] : []), ...(finding.note ? [finding.note] : [])];
    if (notes.length > 0) message.note = notes.join('\n');
  }
}
