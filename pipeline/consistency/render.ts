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

/** The tables stage's messages (pipeline/tables/messages.json) as the `tables` namespace. */
export function tablesTranslator(lang: ReportLanguage) {
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
    if (t(key, { defaultValue: '' }) !== '') return String(t(key, localArgs(finding.args, lang, t)));
  }
  return finding.note ?? finding.ruleId;
}

/**
 * The tables stage's arguments in the report's language: column and field names (firms,
 * region.ko) and block kinds through `fields.*`, the measure a claim was compared with through
 * `measures.<op>` (its English description stays for English).
 */
function localArgs(args: Readonly<Record<string, string | number | boolean | null>>, lang: ReportLanguage, t: (key: string, options?: Record<string, unknown>) => string): Record<string, unknown> {
  const field = (name: unknown) => (typeof name === 'string' && name !== '' ? t(`fields.${name}`, { defaultValue: name }) : '');
  const local: Record<string, unknown> = { ...args };
  for (const name of ['column', 'value', 'kind'] as const) if (typeof args[name] === 'string') local[name] = field(args[name]);
  if (typeof args.kinds === 'string') local.kinds = args.kinds.split(/\s*,\s*/u).map((kind) => t(`glossaryKinds.${kind}`, { defaultValue: kind })).join(t('listSeparator', { defaultValue: ', ' }));
  if (lang !== 'en' && typeof args.op === 'string') local.measure = t(`measures.${args.op}`, { field: field(args.field), category: args.category ?? '', defaultValue: String(args.measure ?? '') });
  return local;
}
