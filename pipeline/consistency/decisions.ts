/**
 * Which findings and occurrences a reviewer's decision (glossary/suppressions.yaml) covers.
 * Pure functions over consistency.json's data, with no Node API, so the review page can apply
 * the decisions it is about to export exactly as `kaikyo check` and `kaikyo build` will.
 */
import type { Finding, Occurrence, Suppression } from './types.js';

/**
 * True when `suppression` covers `finding` as a whole: its findingId, or its name (id or form)
 * and rule as far as given, or its whole rule. A decision about one occurrence covers no
 * finding as a whole (see {@link coversOccurrence}).
 */
export function suppresses(suppression: Suppression, finding: Finding): boolean {
  if (suppression.occurrenceId !== undefined) return false;
  if (suppression.rule !== undefined && suppression.rule !== finding.ruleId) return false;
  if (suppression.findingId !== undefined) return suppression.findingId === finding.findingId;
  if (suppression.id !== undefined && suppression.id !== finding.id && !(finding.ids ?? []).includes(suppression.id)) return false;
  if (suppression.form !== undefined) {
    const form = suppression.form.replace(/\s+/gu, '');
    const forms = [finding.ja ?? '', ...finding.found].map((value) => value.replace(/\s+/gu, ''));
    if (!forms.includes(form)) return false;
  }
  return suppression.rule !== undefined || suppression.id !== undefined || suppression.form !== undefined;
}

/** True when `suppression` is about this one occurrence (by occurrenceId, and rule when given). */
export function coversOccurrence(suppression: Suppression, finding: Finding, occurrence: Occurrence): boolean {
  if (suppression.occurrenceId === undefined || suppression.occurrenceId !== occurrence.occurrenceId) return false;
  return suppression.rule === undefined || suppression.rule === finding.ruleId;
}

/**
 * Findings with the decisions applied: a finding covered as a whole is left out; occurrences
 * decided one by one are left out of their finding (its `found` keeps the forms still seen),
 * and a finding with no occurrence left is left out.
 */
export function applyDecisions(findings: readonly Finding[], suppressions: readonly Suppression[]): Finding[] {
  if (suppressions.length === 0) return [...findings];
  const perOccurrence = suppressions.filter((suppression) => suppression.occurrenceId !== undefined);
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (suppressions.some((suppression) => suppresses(suppression, finding))) continue;
    const occurrences = finding.occurrences.filter((occurrence) => !perOccurrence.some((suppression) => coversOccurrence(suppression, finding, occurrence)));
    if (occurrences.length === finding.occurrences.length) kept.push(finding);
    else if (occurrences.length > 0) {
      const seen = new Set(occurrences.map((occurrence) => occurrence.text.replace(/\s+/gu, '')));
      const found = finding.found.filter((form) => seen.has(form.replace(/\s+/gu, '')));
      kept.push({ ...finding, occurrences, found: found.length > 0 ? found : finding.found });
    }
  }
  return kept;
}

/** Findings no suppression covers (decisions about whole findings, names and rules). */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly Suppression[]): Finding[] {
  return applyDecisions(findings, suppressions);
}

/** The keys of a decision in the order the YAML file writes them. */
const DECISION_KEYS = ['occurrenceId', 'findingId', 'rule', 'id', 'form', 'status', 'reason'] as const;

/**
 * Decisions as the text of glossary/suppressions.yaml, which parseSuppressions reads back to
 * the same decisions: for the review page's export (no YAML library needed in a browser).
 * Every value is written as a JSON string, which is a YAML double-quoted scalar, so any text
 * (quotes, colons, Hangul, line breaks) survives.
 */
export function decisionsYaml(decisions: readonly Suppression[]): string {
  if (decisions.length === 0) return '[]\n';
  const lines: string[] = [];
  for (const decision of decisions) {
    let first = true;
    for (const key of DECISION_KEYS) {
      const value = decision[key];
      if (value === undefined) continue;
      lines.push(`${first ? '- ' : '  '}${key}: ${JSON.stringify(value)}`);
      first = false;
    }
  }
  return `${lines.join('\n')}\n`;
}
