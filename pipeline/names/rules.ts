/**
 * Rule ids the names stage reports, in the shape of RULES in pipeline/rules.ts (which merges
 * them). Ids are permanent. The i18next templates under `rules.<key>` are in messages.json (en,
 * ko, ja), to merge into pipeline/i18n; the English one is also the vfile message's reason.
 */
import type { RuleInfo } from '../rules.js';
import templates from './messages.json' with { type: 'json' };

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

/** The English text of a finding: the rule's template with `args` filled in. */
export function describeRule(rule: NameRuleId, args: Readonly<Record<string, string>>): string {
  const template = (templates.en.rules as Record<string, string>)[NAME_RULES[rule].key];
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => args[name] ?? '');
}
