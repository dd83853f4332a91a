/**
 * Every rule id kaikyo reports, in one place: its severity and the i18next key of its message.
 * Ids are permanent: a rule may be retired but its id is never reused for something else.
 */
import { CONSISTENCY_RULES } from './consistency/rules.js';
import { NAME_RULES } from './names/rules.js';
import { TABLE_RULES } from './tables/rules.js';

export type Severity = 'error' | 'warning' | 'info';

export interface RuleInfo {
  readonly severity: Severity;
  /** Which stage reports it. */
  readonly stage: string;
  /** i18next key under `rules.` with the message template. */
  readonly key: string;
  /**
   * A confirmation (a table that agrees with the text): recorded in consistency.json for data
   * people, never something to fix, so left out of consistency.md and `kaikyo check`.
   */
  readonly confirmation?: true;
}

/** The edition and build stages' rules; the other stages keep theirs beside their code. */
const CORE_RULES = {
  // Source
  'decode-error': { severity: 'error', stage: 'decode', key: 'decodeError' },
  'nfc-normalized': { severity: 'info', stage: 'normalize', key: 'nfcNormalized' },
  'control-character': { severity: 'warning', stage: 'decode', key: 'controlCharacter' },
  // Edition
  'site-chrome': { severity: 'info', stage: 'chrome', key: 'siteChrome' },
  'chrome-not-recognised': { severity: 'warning', stage: 'chrome', key: 'chromeNotRecognised' },
  'site-unknown': { severity: 'info', stage: 'chrome', key: 'siteUnknown' },
  'edition-empty': { severity: 'warning', stage: 'chrome', key: 'editionEmpty' },
  'page-marker': { severity: 'info', stage: 'pages', key: 'pageMarker' },
  'running-head': { severity: 'info', stage: 'running', key: 'runningHead' },
  'page-number': { severity: 'info', stage: 'running', key: 'pageNumber' },
  'pages-missing': { severity: 'info', stage: 'pages', key: 'pagesMissing' },
  'block-layout': { severity: 'warning', stage: 'blocks', key: 'blockLayout' },
  'footnote-unpaired': { severity: 'warning', stage: 'footnotes', key: 'footnoteUnpaired' },
  'footnote-label': { severity: 'info', stage: 'footnotes', key: 'footnoteLabel' },
  'paragraph-join': { severity: 'info', stage: 'paragraphs', key: 'paragraphJoin' },
  'wrap-space': { severity: 'info', stage: 'spacing', key: 'wrapSpace' },
  'fake-bold': { severity: 'info', stage: 'fake-bold', key: 'fakeBold' },
  'letter-spacing': { severity: 'info', stage: 'letter-spacing', key: 'letterSpacing' },
  'list-item': { severity: 'info', stage: 'outline', key: 'listItem' },
  'lost-character': { severity: 'info', stage: 'corrections', key: 'lostCharacter' },
  'katakana-long-mark': { severity: 'info', stage: 'corrections', key: 'katakanaLongMark' },
  'correction-count': { severity: 'warning', stage: 'corrections', key: 'correctionCount' },
  'replacement-character': { severity: 'warning', stage: 'corrections', key: 'replacementCharacter' },
  'lost-symbol': { severity: 'info', stage: 'blocks', key: 'lostSymbol' },
  // Build
  'document-failed': { severity: 'error', stage: 'build', key: 'documentFailed' },
} as const satisfies Record<string, RuleInfo>;

/** Every rule of every stage. */
export const RULES = { ...CORE_RULES, ...NAME_RULES, ...TABLE_RULES, ...CONSISTENCY_RULES } as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

/** True when the rule only confirms (see RuleInfo.confirmation); unknown ids are not confirmations. */
export function isConfirmation(id: string): boolean {
  return (RULES as Record<string, RuleInfo>)[id]?.confirmation === true;
}

/** Severity of a rule id; unknown ids are a programming error. */
export function ruleInfo(id: string): RuleInfo {
  const info = (RULES as Record<string, RuleInfo>)[id];
  if (!info) throw new Error(`unknown rule id ${id}`);
  return info;
}
