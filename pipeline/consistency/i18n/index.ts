/**
 * Labels and messages of the consistency stage in Korean, English and Japanese: kept in this
 * folder, added as the `consistency` namespace of the project's i18next instance on first use.
 */
import type { i18n, TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };
import { i18nInstance, translator } from '../../i18n/index.js';

/** The languages of the reports. */
export type ReportLanguage = 'ko' | 'en' | 'ja';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['ko', 'en', 'ja'];

/** The namespace of these resources in the project's i18next instance. */
export const CONSISTENCY_NAMESPACE = 'consistency';

const RESOURCES = { ko, en, ja } as const;

/** Add this folder's resources to `instance` as the `consistency` namespace (for every language). */
export function registerConsistencyResources(instance: i18n): void {
  for (const language of REPORT_LANGUAGES) instance.addResourceBundle(language, CONSISTENCY_NAMESPACE, RESOURCES[language], true, false);
}

let registered = false;

/** A translation function for this stage's labels, fixed to one language (answers remembered). */
export function consistencyTranslator(language: ReportLanguage): TFunction {
  if (!registered) {
    registerConsistencyResources(i18nInstance());
    registered = true;
  }
  return translator(language, CONSISTENCY_NAMESPACE);
}

/** True when `value` names a report language. */
export function isReportLanguage(value: string): value is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(value);
}
