/**
 * Word-spacing repair: public entry points of the spacing stage.
 */
export { buildSpacingContext, buildSpacingContextAsync, attachedParenShare } from './context.js';
export { repairSpacing, WRAP_THRESHOLD } from './repair.js';
export { RULES, RULE_IDS } from './rules.js';
export { loadDictionaryWords } from './dictionary.js';
export type {
  SpacingContext,
  SpacingContextOptions,
  SpacingDecision,
  RepairOptions,
  RepairResult,
  MeasuredWidth,
} from './types.js';
