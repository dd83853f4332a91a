/**
 * A rule's name in a report language, for any stage that puts findings in the report: this
 * stage's from its `ruleNames`, the tables stage's from pipeline/tables/messages.json
 * (`ruleNames`), else the rule id.
 */
import { consistencyTranslator, type ReportLanguage } from './i18n/index.js';
import { tablesTranslator } from './render.js';

/** The rule's translated name (the id when no stage names it). */
export function ruleLabel(ruleId: string, lang: ReportLanguage): string {
  const own = consistencyTranslator(lang)(`ruleNames.${ruleId}`, { defaultValue: '' });
  if (own) return String(own);
  return String(tablesTranslator(lang)(`ruleNames.${ruleId}`, { defaultValue: ruleId }));
}
