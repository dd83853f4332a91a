/**
 * Labels and messages of the consistency stage in Korean, English and Japanese.
 *
 * Why an instance of its own: the project's wrapper (pipeline/i18n/index.ts) keeps its i18next
 * instance private and its resources are another engineer's, so this folder cannot add a
 * namespace to it. `registerConsistencyResources` adds the same resources as the `consistency`
 * namespace to any i18next instance, for when the wrapper exposes one.
 */
import i18next, { type i18n, type TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };
import { memoizeTranslation } from '../../i18n/memo.js';

/** The languages of the reports. */
export type ReportLanguage = 'ko' | 'en' | 'ja';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['ko', 'en', 'ja'];

/** The namespace these resources use when registered into another instance. */
export const CONSISTENCY_NAMESPACE = 'consistency';

const RESOURCES = { ko, en, ja } as const;

/** Add this folder's resources to `instance` as the `consistency` namespace (for every language). */
export function registerConsistencyResources(instance: i18n): void {
  for (const language of REPORT_LANGUAGES) instance.addResourceBundle(language, CONSISTENCY_NAMESPACE, RESOURCES[language], true, false);
}

let instance: i18n | undefined;

function init(): i18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    // i18next prints an advertisement to stdout on first init otherwise; CLI output must stay clean.
    showSupportNotice: false,
    lng: 'en',
    fallbackLng: 'en',
    ns: [CONSISTENCY_NAMESPACE],
    defaultNS: CONSISTENCY_NAMESPACE,
    interpolation: { escapeValue: false },
    resources: {},
  } as Parameters<i18n['init']>[0]);
  registerConsistencyResources(created);
  instance = created;
  return created;
}

const fixed = new Map<ReportLanguage, TFunction>();

/** A translation function for this stage's labels, fixed to one language (answers remembered). */
export function consistencyTranslator(language: ReportLanguage): TFunction {
  let t = fixed.get(language);
  if (!t) {
    t = memoizeTranslation(init().getFixedT(language, CONSISTENCY_NAMESPACE));
    fixed.set(language, t);
  }
  return t;
}

/** True when `value` names a report language. */
export function isReportLanguage(value: string): value is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(value);
}
