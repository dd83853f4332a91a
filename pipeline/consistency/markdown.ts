/**
 * consistency.md: the findings for a translator, grouped by name. Each name shows its standard
 * form, then one row per finding and form with every place it occurs. Labels come from this
 * folder's i18n resources; names, forms and places are data.
 */
import { consistencyTranslator, type ReportLanguage } from './i18n/index.js';
import { sortFindings } from './merge.js';
import type { Finding, Occurrence } from './types.js';

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

/** Escape text for a GFM table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function places(occurrences: readonly Occurrence[], t: (key: string, options?: Record<string, unknown>) => string): string {
  return occurrences.map((occurrence) => t('report.lineColumn', { line: occurrence.line, column: occurrence.column })).join(', ');
}

/** Occurrences of one form (spaces ignored) among a finding's occurrences. */
function occurrencesOf(finding: Finding, form: string): Occurrence[] {
  const key = form.replace(/\s+/gu, '');
  return finding.occurrences.filter((occurrence) => occurrence.text.replace(/\s+/gu, '') === key);
}

/** The report as Markdown, deterministic for the same findings. */
export function consistencyMarkdown(findings: readonly Finding[], options: MarkdownOptions): string {
  const t = consistencyTranslator(options.lang) as unknown as (key: string, options?: Record<string, unknown>) => string;
  const sorted = sortFindings(findings);
  const sections = new Map<string, NameSection>();
  const other: Finding[] = [];
  for (const finding of sorted) {
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
  if (sorted.length === 0) {
    lines.push(t('report.none'), '');
    return `${lines.join('\n')}`;
  }
  lines.push(t('report.summary', { count: sorted.length, names: sections.size }), '');
  for (const section of sections.values()) {
    const ids = [...new Set(section.findings.flatMap((finding) => [finding.id, ...(finding.ids ?? [])]).filter((id): id is string => id !== null))];
    lines.push(`## ${section.ja ?? section.id}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`, '');
    const expected = section.findings.find((finding) => finding.expected !== null)?.expected;
    const reading = section.findings.find((finding) => finding.reading !== undefined)?.reading;
    if (expected) lines.push(`- ${t('report.standard')}: **${expected}**`);
    if (reading) lines.push(`- ${t('report.reading')}: ${reading}`);
    const found = [...new Set(section.findings.flatMap((finding) => finding.found))];
    if (found.length > 0) lines.push(`- ${t('report.found')}: ${found.join(', ')}`);
    lines.push('', `| ${t('report.finding')} | ${t('report.form')} | ${t('report.where')} |`, '|---|---|---|');
    for (const finding of section.findings) {
      const label = t(`ruleNames.${finding.ruleId}`, { defaultValue: finding.ruleId });
      const kinds = (finding.kinds ?? []).map((kind) => t(`kinds.${kind}`));
      const title = `${label} (${t(`severity.${finding.severity}`)})${kinds.length > 0 ? `: ${kinds.join(', ')}` : ''}`;
      const forms = finding.ruleId === 'ambiguous-name' || finding.ruleId === 'unknown-name' || finding.found.length === 0 ? [] : finding.found;
      const rows = forms.map((form) => ({ form, where: occurrencesOf(finding, form) })).filter((row) => row.where.length > 0);
      if (rows.length === 0) rows.push({ form: finding.found.join(', ') || (finding.ja ?? ''), where: [...finding.occurrences] });
      rows.forEach((row, index) => lines.push(`| ${index === 0 ? cell(title) : ''} | ${cell(row.form)} | ${cell(places(row.where, t))} |`));
      if (finding.suggestion) {
        const s = finding.suggestion;
        lines.push(`| ${cell(t('report.suggestion'))} | ${cell(`${s.id}: ${s.ko}`)} | ${cell(`${s.reading}, ${s.romaji}`)} |`);
      }
      if (finding.ruleId === 'ambiguous-name' && finding.note) lines.push(`| ${cell(t('report.entries'))} | ${cell(finding.ids?.join(', ') ?? '')} | ${cell(finding.note)} |`);
    }
    lines.push('');
  }
  if (other.length > 0) {
    lines.push(`## ${t('report.other')}`, '', `| ${t('report.finding')} | ${t('report.form')} | ${t('report.where')} |`, '|---|---|---|');
    for (const finding of other) {
      lines.push(`| ${cell(`${finding.ruleId} (${t(`severity.${finding.severity}`)})`)} | ${cell(finding.found.join(', ') || (finding.note ?? ''))} | ${cell(places(finding.occurrences, t))} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
