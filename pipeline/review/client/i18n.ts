/**
 * The page's labels through i18next, with the project's resources bundled in: the review
 * page's own (`review`) and the consistency report's (`consistency`: rule names, deviation
 * kinds, severities).
 */
import i18next from 'i18next';
import consistencyEn from '../../consistency/i18n/en.json';
import consistencyJa from '../../consistency/i18n/ja.json';
import consistencyKo from '../../consistency/i18n/ko.json';
import en from '../i18n/en.json';
import ja from '../i18n/ja.json';
import ko from '../i18n/ko.json';
import type { ReviewLanguage } from '../types.js';

export const LANGUAGES: readonly ReviewLanguage[] = ['ko', 'en', 'ja'];

const instance = i18next.createInstance();

/** Start i18next in `language` (synchronous: the resources are inline). */
export function initLabels(language: ReviewLanguage): void {
  void instance.init({
    initAsync: false,
    showSupportNotice: false,
    lng: language,
    fallbackLng: 'en',
    ns: ['review', 'consistency'],
    defaultNS: 'review',
    interpolation: { escapeValue: false },
    resources: {
      ko: { review: ko, consistency: consistencyKo },
      en: { review: en, consistency: consistencyEn },
      ja: { review: ja, consistency: consistencyJa },
    },
  });
}

/** Switch language. */
export function setLanguage(language: ReviewLanguage): void {
  void instance.changeLanguage(language);
}

/** Translate in the current language. */
export function t(key: string, options?: Record<string, unknown>): string {
  return String(instance.t(key, options));
}

/** A label that may not exist: the key's translation, or `fallback`. */
export function label(key: string, fallback: string): string {
  return instance.exists(key) ? String(instance.t(key)) : fallback;
}

let names: Readonly<Record<string, Readonly<Record<string, string>>>> = {};

/** The rules' short names by language, from the page's data. */
export function setRuleNames(byLanguage: Readonly<Record<string, Readonly<Record<string, string>>>>): void {
  names = byLanguage;
}

/** The short name of a rule in the current language, or the id itself. */
export function ruleName(ruleId: string): string {
  return names[instance.language]?.[ruleId] ?? ruleId;
}

/** The name of a deviation class or kind. */
export function deviationName(deviation: string): string {
  const one = (kind: string) => label(`deviations.${kind}`, label(`consistency:kinds.${kind}`, kind));
  return deviation.split('+').map(one).join(' + ');
}

/** The name of a language in itself. */
export function languageName(language: ReviewLanguage): string {
  const names: Record<ReviewLanguage, string> = { ko: '한국어', en: 'English', ja: '日本語' };
  return names[language];
}
