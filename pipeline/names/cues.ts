/**
 * The cue words of cues.json (name suffixes and Korean words after a parenthesis that tell a
 * name's kind), validated once when first read.
 */
import { checkValue } from '../data/validate.js';
import data from './cues.json' with { type: 'json' };
import type { NameKind } from './glossary-view.js';

/** Cue words by kind. */
export interface Cues {
  /** Endings of a name in modern forms: 経済産業省 ends in 省. */
  readonly suffixes: Partial<Record<NameKind, readonly string[]>>;
  /** Korean words that open the text after the closing parenthesis: 히토츠바시(一橋)대학. */
  readonly follows: Partial<Record<NameKind, readonly string[]>>;
  /** Korean words found within `window` characters after the parenthesis: (東海ものづくり) 창생 프로젝트. */
  readonly followsWithin: { readonly window: number } & Partial<Record<NameKind, readonly string[]>>;
}

const KINDS = ['person', 'place', 'organisation', 'programme', 'law', 'term'];
const wordLists = {
  type: 'object',
  propertyNames: { enum: KINDS },
  additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
};
const schema = {
  type: 'object',
  required: ['suffixes', 'follows', 'followsWithin'],
  additionalProperties: false,
  properties: {
    $comment: { type: 'string' },
    suffixes: wordLists,
    follows: wordLists,
    followsWithin: {
      type: 'object',
      required: ['window'],
      propertyNames: { enum: [...KINDS, 'window'] },
      properties: { window: { type: 'integer', minimum: 1 } },
      additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    },
  },
};

/** Validate cue data; throws an Error naming the first problem. */
export function parseCues(value: unknown, name = 'pipeline/names/cues.json'): Cues {
  return checkValue<Cues>(value, schema, name);
}

let shipped: Cues | undefined;

/**
 * The shipped cues. They are part of the program, so the test suite validates them
 * (test/names/cues.test.ts) rather than every start: compiling the schema costs ~50 ms.
 */
export function defaultCues(): Cues {
  shipped ??= data as unknown as Cues;
  return shipped;
}

/** The kind whose suffix `normalized` ends with (the longest suffix wins), if any. */
export function kindBySuffix(normalized: string, cues: Cues = defaultCues()): NameKind | undefined {
  let best: { kind: NameKind; length: number } | undefined;
  for (const [kind, words] of Object.entries(cues.suffixes) as [NameKind, readonly string[]][]) {
    for (const word of words) {
      if (normalized.length > word.length && normalized.endsWith(word) && (!best || word.length > best.length)) best = { kind, length: word.length };
    }
  }
  return best?.kind;
}

/** The kind that the Korean after the closing parenthesis points to, if any. */
export function kindByFollower(after: string, cues: Cues = defaultCues()): NameKind | undefined {
  const opening = after.replace(/^\s+/, '');
  for (const [kind, words] of Object.entries(cues.follows) as [NameKind, readonly string[]][]) {
    if (words.some((word) => opening.startsWith(word))) return kind;
  }
  // Only up to the next parenthesis or comma: a later clause speaks of something else.
  const window = opening.slice(0, cues.followsWithin.window).split(/[(),]/)[0];
  for (const [kind, words] of Object.entries(cues.followsWithin) as [string, unknown][]) {
    if (kind === 'window') continue;
    if ((words as readonly string[]).some((word) => window.includes(word))) return kind as NameKind;
  }
  return undefined;
}
