/**
 * consistency.md: what a translator has to fix, grouped by name. Only actionable findings
 * (confirmations and duplicates stay in consistency.json); each name shows its standard form,
 * then one row per occurrence: the finding, the form found and the form to write, its place in
 * edition.md (the file the translator reads; source.txt when it is not in the edition) and the
 * sentence it stands in. Findings about no name follow with their messages. Labels come from
 * this folder's i18n resources; names, forms, places and sentences are data.
 */
import { consistencyTranslator, type ReportLanguage } from './i18n/index.js';
import { actionableFindings } from './finalize.js';
import { sortFindings } from './merge.js';
import { renderMessage } from './render.js';
import type { Finding, Occurrence } from './types.js';
import { ruleLabel } from './labels.js';

/** Options of consistencyMarkdown. */
export interface MarkdownOptions {
  readonly lang: ReportLanguage;
  /** A heading for the report (default: the translated title). */
  readonly title?: string;
}

interface NameSection {
  readonly key: string;
  readonly ja: string | null;
  readonly id: string | null;
  readonly findings: Finding[];
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** The section key of loanword findings (no name has it). */
const LOANWORDS = '\u0000loanwords';

/** Escape text for a GFM table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** Where an occurrence is: edition.md line and column, else the source's (named). */
export function placeLabel(occurrence: Occurrence, t: T): string {
  if (occurrence.edition) return t('report.lineColumn', { line: occurrence.edition.line, column: occurrence.edition.column });
  return t('report.sourcePlace', { line: occurrence.line, column: occurrence.column });
}

/**
 * The form as the edition shows it: the occurrence's source text, unless fake-bold doubling
 * (도호호쿠) or a wrap makes it differ from a form the finding found (도호쿠), which is shown.
 */
function displayForm(finding: Finding, occurrence: Occurrence): string {
  const single = (text: string) => text.replace(/\s+/gu, '').replace(/(.)\1+/gu, '$1');
  const text = occurrence.text.replace(/\s*\n\s*/gu, ' ');
  if (finding.found.some((form) => form.replace(/\s+/gu, '') === text.replace(/\s+/gu, ''))) return text;
  return finding.found.find((form) => single(form) === single(text)) ?? text;
}

/** Occurrences in the order a reader of edition.md meets them (footnotes at the end); the rest after, by source place. */
function inEditionOrder(occurrences: readonly Occurrence[]): Occurrence[] {
  const at = (occurrence: Occurrence) => occurrence.edition?.offset ?? Number.MAX_SAFE_INTEGER;
  return [...occurrences].sort((a, b) => at(a) - at(b) || a.line - b.line || a.column - b.column);
}

/** The form to write instead of the one found, where the finding says one. */
function replacement(finding: Finding): string | null {
  if (finding.expected === null) return null;
  return ['nonstandard-rendering', 'reading-mismatch', 'loanword-spelling', 'inconsistent-rendering'].includes(finding.ruleId) ? finding.expected : null;
}

/** The report as Markdown, deterministic for the same findings. */
export function consistencyMarkdown(findings: readonly Finding[], options: MarkdownOptions): string {
  const t = consistencyTranslator(options.lang) as unknown as T;
  const all = sortFindings(findings);
  const shown = actionableFindings(all);
  const sections = new Map<string, NameSection>();
  const other: Finding[] = [];
  for (const finding of shown) {
    if (finding.ruleId === 'loanword-spelling') {
      // Loanwords are no names: one section of their own, each with its correct form and reason.
      const section = sections.get(LOANWORDS) ?? { key: LOANWORDS, ja: t('report.loanwords'), id: null, findings: [] };
      section.findings.push(finding);
      sections.set(LOANWORDS, section);
      continue;
    }
    if (finding.ja === null && finding.id === null) {
      other.push(finding);
      continue;
    }
    const key = finding.ja ?? finding.id ?? '';
    const section = sections.get(key) ?? { key, ja: finding.ja, id: finding.id, findings: [] };
    section.findings.push(finding);
    sections.set(key, section);
  }
  const lines: string[] = [`# ${options.title ?? t('report.title')}`, ''];
  if (shown.length === 0) {
    lines.push(t('report.none'), '');
    if (all.length > 0) lines.push(t('report.hidden', { count: all.length }), '');
    return `${lines.join('\n')}`;
  }
  const count = (severity: string) => shown.filter((finding) => finding.severity === severity).length;
  lines.push(t('report.summary', { count: shown.length, names: [...sections.keys()].filter((key) => key !== LOANWORDS).length, error: count('error'), warning: count('warning'), info: count('info') }), '');
  lines.push(t('report.placesIn'), '');
  if (all.length > shown.length) lines.push(t('report.hidden', { count: all.length - shown.length }), '');
  const header = `| ${t('report.finding')} | ${t('report.form')} | ${t('report.where')} | ${t('report.context')} |`;
  for (const section of sections.values()) {
    const ids = [...new Set(section.findings.flatMap((finding) => [finding.id, ...(finding.ids ?? [])]).filter((id): id is string => id !== null))];
    lines.push(`## ${section.ja ?? section.id}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`, '');
    const expected = section.key === LOANWORDS ? undefined : section.findings.find((finding) => finding.expected !== null)?.expected;
    const reading = section.findings.find((finding) => finding.reading !== undefined)?.reading;
    if (expected) lines.push(`- ${t('report.standard')}: **${expected}**`);
    if (reading) lines.push(`- ${t('report.reading')}: ${reading}`);
    const found = [...new Set(section.findings.flatMap((finding) => finding.found))];
    if (found.length > 0 && section.key !== LOANWORDS) lines.push(`- ${t('report.found')}: ${found.join(t('report.listSeparator'))}`);
    if (lines[lines.length - 1] !== '') lines.push('');
    lines.push(header, '|---|---|---|---|');
    for (const finding of section.findings) {
      const kinds = (finding.kinds ?? []).map((kind) => t(`kinds.${kind}`));
      const title = `${ruleLabel(finding.ruleId, options.lang)} (${t(`severity.${finding.severity}`)})${kinds.length > 0 ? `: ${kinds.join(t('report.listSeparator'))}` : ''}`;
      const to = replacement(finding);
      inEditionOrder(finding.occurrences).forEach((occurrence, index) => {
        const form = displayForm(finding, occurrence);
        // The form to write: the occurrence's own (one per place, whichever rule lists it).
        const write = occurrence.expected === undefined ? (finding.ruleId === 'inconsistent-rendering' ? null : to) : occurrence.expected;
        const target = write !== null && write.replace(/\s+/gu, '') !== form.replace(/\s+/gu, '') ? `${form} → ${write}` : form;
        lines.push(`| ${index === 0 ? cell(title) : ''} | ${cell(target)} | ${cell(placeLabel(occurrence, t))} | ${cell(occurrence.context ?? '')} |`);
      });
      if (finding.ruleId === 'ambiguous-name' || finding.ruleId === 'unknown-name' || finding.ruleId === 'loanword-spelling') lines.push(`| | ${cell(finding.message ?? renderMessage(finding, options.lang))} | | |`);
      if (finding.suggestion) {
        const s = finding.suggestion;
        lines.push(`| ${cell(t('report.suggestion'))} | ${cell(`${s.id}: ${s.ko}`)} | ${cell(`${s.reading}, ${s.romaji}`)} | |`);
      }
    }
    lines.push('');
  }
  if (other.length > 0) {
    lines.push(`## ${t('report.other')}`, '', `| ${t('report.finding')} | ${t('report.message')} | ${t('report.where')} | ${t('report.context')} |`, '|---|---|---|---|');
    for (const finding of other) {
      const title = `${ruleLabel(finding.ruleId, options.lang)} (${t(`severity.${finding.severity}`)})`;
      const message = finding.message ?? renderMessage(finding, options.lang);
      if (finding.occurrences.length === 0) lines.push(`| ${cell(title)} | ${cell(message)} | | |`);
      inEditionOrder(finding.occurrences).forEach((occurrence, index) => {
        lines.push(`| ${index === 0 ? cell(title) : ''} | ${index === 0 ? cell(message) : ''} | ${cell(placeLabel(occurrence, t))} | ${cell(occurrence.context ?? '')} |`);
      });
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
