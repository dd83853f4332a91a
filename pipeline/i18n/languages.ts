/** The languages kaikyo writes labels in, without loading i18next (the CLI checks options early). */
export type Language = 'ko' | 'en' | 'ja';
export const LANGUAGES: readonly Language[] = ['ko', 'en', 'ja'];

/** True when `value` names a supported language. */
export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
