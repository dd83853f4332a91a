/**
 * Rule ids the names stage reports, in the shape of RULES in pipeline/rules.ts (to be merged
 * into that registry). Ids are permanent.
 */
import type { RuleInfo } from '../rules.js';

export const NAME_RULES = {
  /** The reading came from kuromoji's dictionary and the glossary does not confirm it. */
  'name-unverified-reading': { severity: 'info', stage: 'names', key: 'nameUnverifiedReading' },
  /** kuromoji had no reading for part of a name; its characters pass through unread. */
  'name-unread-character': { severity: 'warning', stage: 'names', key: 'nameUnreadCharacter' },
  /** A parenthesised hanja run glosses a Korean word (장인형(匠人型)) and is not a Japanese name. */
  'gloss-not-name': { severity: 'info', stage: 'names', key: 'glossNotName' },
} as const satisfies Record<string, RuleInfo>;

/** A names-stage rule id. */
export type NameRuleId = keyof typeof NAME_RULES;
