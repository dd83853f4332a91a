/**
 * The scanner's context words (cues.json): what may follow a name that is also an ordinary
 * Korean word, and the suffixes an author attaches to names. Validated on first use.
 */
import { checkValue } from '../data/validate.js';
import data from './cues.json' with { type: 'json' };

/** Context words of the Korean scanner. */
export interface ScanCues {
  /** Text that, right after a form, shows it is a name (기후현, 나라(奈良), 기후∙오가키). */
  readonly followers: readonly string[];
  /** Korean suffixes that leave the name the same (도야마현 is 도야마). */
  readonly suffixes: readonly string[];
}

const words = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
const schema = {
  type: 'object',
  required: ['followers', 'suffixes'],
  additionalProperties: false,
  properties: { $comment: { type: 'string' }, followers: words, suffixes: words },
};

/** Validate cue data; throws an Error naming the first problem. */
export function parseScanCues(value: unknown, name = 'pipeline/consistency/cues.json'): ScanCues {
  return checkValue<ScanCues>(value, schema, name);
}

let shipped: ScanCues | undefined;

/**
 * The shipped cues. They are part of the program, so the test suite validates them
 * (test/consistency/cues.test.ts) rather than every start: compiling the schema costs ~35 ms.
 */
export function defaultScanCues(): ScanCues {
  shipped ??= data as unknown as ScanCues;
  return shipped;
}
