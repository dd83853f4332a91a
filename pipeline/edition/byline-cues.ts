/**
 * The byline cue words of byline-cues.json (roles, positions, organisation endings), validated
 * once when first read. Knowledge of Korean publishing, not of any paper: kept as data.
 */
import { checkValue } from '../data/validate.js';
import data from './byline-cues.json' with { type: 'json' };

/** Cue words for reading a byline. */
export interface BylineCues {
  readonly roles: readonly string[];
  readonly positions: readonly string[];
  readonly affiliationEnds: readonly string[];
  readonly nameLength: number;
  readonly surnames: readonly string[];
}

const words = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
const schema = {
  type: 'object',
  required: ['roles', 'positions', 'affiliationEnds', 'nameLength', 'surnames'],
  additionalProperties: false,
  properties: { $comment: { type: 'string' }, roles: words, positions: words, affiliationEnds: words, nameLength: { type: 'integer', minimum: 2, maximum: 4 }, surnames: words },
};

let cues: BylineCues | undefined;

/** The validated cue words (read once). */
export function bylineCues(): BylineCues {
  cues ??= checkValue<BylineCues>(data, schema, 'pipeline/edition/byline-cues.json');
  return cues;
}
