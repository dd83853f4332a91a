/**
 * Rule ids of the consistency stage, in the shape of RULES in pipeline/rules.ts (to be merged
 * into that registry). Ids are permanent: a rule may be retired, its id never reused. Keys name
 * messages under `rules.` in this folder's i18n resources.
 */
import type { RuleInfo } from '../rules.js';

export const CONSISTENCY_RULES = {
  /** One Japanese name written several ways in Korean (東海 as 토우카이 and 토카이). */
  'inconsistent-rendering': { severity: 'warning', stage: 'consistency', key: 'inconsistentRendering' },
  /** A Korean form that departs from the standard in a nameable way (카토우 for 가토). */
  'nonstandard-rendering': { severity: 'warning', stage: 'consistency', key: 'nonstandardRendering' },
  /** A Korean form that does not follow the name's reading at all (카네자와 for 金沢 カナザワ). */
  'reading-mismatch': { severity: 'error', stage: 'consistency', key: 'readingMismatch' },
  /** A loanword spelt against the loanword orthography (브릿지 for 브리지), from glossary/loanwords.tsv. */
  'loanword-spelling': { severity: 'warning', stage: 'consistency', key: 'loanwordSpelling' },
  /** A Japanese name the glossary does not know; the finding carries a suggested entry. */
  'unknown-name': { severity: 'info', stage: 'consistency', key: 'unknownName' },
  /** One written form for several entries (石川 the author, 石川 the prefecture). */
  'ambiguous-name': { severity: 'warning', stage: 'consistency', key: 'ambiguousName' },
} as const satisfies Record<string, RuleInfo>;

/** A consistency rule id. */
export type ConsistencyRuleId = keyof typeof CONSISTENCY_RULES;
