/**
 * Labels and messages in Korean, English and Japanese through i18next. One instance per
 * process, initialised synchronously from the bundled JSON resources (no back end to wait for).
 */
import i18next, { type TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import ko from './ko.json' with { type: 'json' };

import type { Language } from './languages.js';
import { josaFormatter } from './josa.js';
import { memoizeTranslation } from './memo.js';

export { isLanguage, LANGUAGES, type Language } from './languages.js';

let instance: typeof i18next | undefined;

function init(): typeof i18next {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    // i18next prints an advertisement to stdout on first init otherwise; CLI output must stay clean.
    showSupportNotice: false,
    lng: 'ko',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    resources: { ko: { translation: ko }, en: { translation: en }, ja: { translation: ja } },
  });
  // {{word, josa(은/는)}}: the Korean particle that fits the word's last syllable.
  created.services.formatter?.add('josa', josaFormatter);
  instance = created;
  return created;
}

/** The process's i18next instance, for stages that add their resources as a namespace of it. */
export function i18nInstance(): typeof i18next {
  return init();
}

const fixed = new Map<string, TFunction>();

/**
 * A translation function fixed to one language and namespace (default: the project's labels),
 * one per process, its answers remembered.
 */
export function translator(language: Language, namespace = 'translation'): TFunction {
  const key = `${namespace}\u0000${language}`;
  let t = fixed.get(key);
  if (!t) {
    t = memoizeTranslation(init().getFixedT(language, namespace));
    fixed.set(key, t);
  }
  return t;
}
