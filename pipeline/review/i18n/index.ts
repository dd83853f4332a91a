/**
 * Labels of the review page in Korean, English and Japanese: kept in this folder, added as the
 * `review` namespace of the project's i18next instance on first use (the build writes the page's
 * static labels with it) and bundled into the page's script, which switches language in the
 * browser with the same resources.
 */
import type { TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };
import { i18nInstance, translator } from '../../i18n/index.js';
import type { ReviewLanguage } from '../types.js';

/** The namespace of these resources in i18next. */
export const REVIEW_NAMESPACE = 'review';

/** The page's languages. */
export const REVIEW_LANGUAGES: readonly ReviewLanguage[] = ['ko', 'en', 'ja'];

/** The resources by language, for the page's script and for tests. */
export const REVIEW_RESOURCES = { ko, en, ja } as const;

let registered = false;

/** A translation function for the page's labels, fixed to one language. */
export function reviewTranslator(language: ReviewLanguage): TFunction {
  if (!registered) {
    const instance = i18nInstance();
    for (const lang of REVIEW_LANGUAGES) instance.addResourceBundle(lang, REVIEW_NAMESPACE, REVIEW_RESOURCES[lang], true, false);
    registered = true;
  }
  return translator(language, REVIEW_NAMESPACE);
}
