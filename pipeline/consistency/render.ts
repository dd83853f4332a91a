/**
 * A finding's message in a report language, for any stage: this stage's rules from their
 * structured fields (messages.ts), other stages' from their own templates and `args` (the
 * tables stage's pipeline/tables/messages.json, added as the `tables` namespace of the
 * project's i18next instance), else their English note.
 */
import tableMessages from '../tables/messages.json' with { type: 'json' };
import { i18nInstance, translator } from '../i18n/index.js';
import { RULES, type RuleInfo } from '../rules.js';
import type { ReportLanguage } from './i18n/index.js';
import { findingMessage } from './messages.js';
import { CONSISTENCY_RULES } from './rules.js';
import type { Finding } from './types.js';

let registered = false;

function tablesTranslator(lang: ReportLanguage) {
  if (!registered) {
    const instance = i18nInstance();
    for (const [language, resources] of Object.entries(tableMessages)) instance.addResourceBundle(language, 'tables', resources, true, false);
    registered = true;
  }
  return translator(lang, 'tables');
}

/** The finding as one sentence in `lang`. */
export function renderMessage(finding: Finding, lang: ReportLanguage): string {
  if (finding.ruleId in CONSISTENCY_RULES) return findingMessage(finding, lang);
  const info = (RULES as Record<string, RuleInfo>)[finding.ruleId];
  if (info && finding.args && info.stage === 'tables') {
    const t = tablesTranslator(lang);
    const key = `rules.${info.key}`;
    if (t(key, { defaultValue: '' }) !== '') return String(t(key, { ...finding.args }));
  }
  return finding.note ?? finding.ruleId;
}
