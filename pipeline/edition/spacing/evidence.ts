/**
 * Lexical pressure: how strongly the words around a space say that a line end cut a word,
 * before anything is known about where the lines ended. It feeds the line model (a line
 * should not run past a space that cuts a word) and the width measurement (sure line ends).
 */
import { spaceIndices } from './fragments.js';
import { joinCounts } from './rules.js';
import { verdictsAt, type SpaceVerdicts } from './verdicts.js';
import type { SpacingContext } from './types.js';

/** Penalty for a line running past a space that an 'anywhere' rule removes. */
export const SURE_PENALTY = 8;
/** Penalty for running past a space that a punctuation or weak-particle rule would remove. */
export const LIKELY_PENALTY = 3;
/** Penalty for running past a space whose joined spelling occurs elsewhere (once / more often). */
export const LEXICON_PENALTY = 1.5;
export const LEXICON_STRONG_PENALTY = 3;

/**
 * Negative pressure (a bonus for a line running past the space) where the words say the space
 * is a real word boundary. A printed line ends at a real space only about once in four times
 * (most line ends fall inside a word), so a space that is surely real is about four times less
 * likely to be a line end than one nothing is known about: log(1/4) ≈ -1.4 at most. Between two
 * neighbouring candidates ("논농업과 밭 농업에") the line end goes to the one that cuts a word.
 */
const KEEP_BONUS: Readonly<Record<string, number>> = {
  'punct-left': -1.2,
  'free-word-left': -1.2,
  'unit-left': -1.2,
  'digit-boundary': -1,
  'left-particle': -0.8,
  'left-inflected': -0.8,
  'lexicon-apart': -0.8,
  'auxiliary-verb': -0.8,
  'dictionary-apart': -0.5,
  'words-attested': -0.5,
};

const LIKELY_RULES = new Set(['open-left', 'close-right', 'dot-join', 'paren-right', 'verb-suffix', 'particle-weak', 'inflection-across']);

/** Pressure (a skip penalty for the line model) of the space described by `input`. */
export function pressureOf(verdicts: SpaceVerdicts): number {
  const found = verdicts.first(true);
  if (!found) return 0;
  const { rule, verdict } = found;
  if (verdict.action === 'keep') return KEEP_BONUS[verdict.rule] ?? 0;
  if (rule.scope === 'anywhere') return SURE_PENALTY;
  if (LIKELY_RULES.has(verdict.rule)) return LIKELY_PENALTY;
  if (verdict.rule === 'dictionary-across') return LEXICON_PENALTY;
  if (verdict.rule === 'lexicon-joined') {
    const { text, fragments, context } = verdicts.input;
    const { joined, apart } = joinCounts(text, fragments, context.lexicon);
    return joined >= 2 && apart === 0 ? LEXICON_STRONG_PENALTY : LEXICON_PENALTY;
  }
  return 0;
}

/** Pressure of every space of `text`, in index order. */
export function pressures(text: string, spaces: readonly number[], context: SpacingContext): number[] {
  return spaces.map((index) => pressureOf(verdictsAt(text, index, context)));
}

/** Spaces of `text` that lexical evidence marks as printed-line ends, for width measurement. */
export function sureLineEnds(text: string, context: SpacingContext): number[] {
  const spaces = spaceIndices(text);
  const pressure = pressures(text, spaces, context);
  return spaces.filter((_, k) => pressure[k] >= LIKELY_PENALTY);
}
