/**
 * The document lexicon: how often a spelling occurs in the document's own prose.
 *
 * A word cut by a line wrap is usually printed whole somewhere else in the same paper
 * ("국가경제적" once cut as "국가경 제적", elsewhere intact), and a real two-word sequence is
 * usually printed with its space elsewhere. Counting both spellings across all paragraphs is
 * the cheapest evidence there is, and it is specific to the document's vocabulary.
 */
import { tokenCore } from './fragments.js';

/** Frequency data for one document, built once and queried per space. */
export interface Lexicon {
  /** Token cores (punctuation trimmed) with their number of occurrences. */
  readonly tokens: ReadonlyMap<string, number>;
  /** How many token cores begin with each string of up to {@link AFFIX_MAX} characters. */
  readonly starts: ReadonlyMap<string, number>;
  /** How many token cores end with each string of up to {@link AFFIX_MAX} characters. */
  readonly ends: ReadonlyMap<string, number>;
  /** Every paragraph, separated by newlines, for substring counts. */
  readonly corpus: string;
  /** The paragraphs themselves: a count in the corpus already covers any of them. */
  readonly paragraphs: ReadonlySet<string>;
  /** Memoised substring counts; filled lazily by {@link countOccurrences}. */
  readonly substringCounts: Map<string, number>;
}

/** Longest word start or word end that is counted. */
export const AFFIX_MAX = 8;

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Build the lexicon from the raw prose paragraphs of one document. */
export function buildLexicon(paragraphs: readonly string[]): Lexicon {
  const tokens = new Map<string, number>();
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const token of paragraph.split(/\s+/)) {
      const core = tokenCore(token);
      if (!core) continue;
      bump(tokens, core);
      for (let k = 1; k <= Math.min(AFFIX_MAX, core.length); k++) {
        bump(starts, core.slice(0, k));
        bump(ends, core.slice(-k));
      }
    }
  }
  return { tokens, starts, ends, corpus: paragraphs.join('\n'), paragraphs: new Set(paragraphs), substringCounts: new Map() };
}

/** Non-overlapping occurrences of `needle` in `haystack`. */
export function countIn(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

// Where each pair of UTF-16 units starts in the lexicon's corpus, built on the first count. A
// document asks for thousands of distinct substrings; scanning the whole corpus with indexOf
// for each was ~80 ms of the seed's build (cpu profile), the index makes each count a walk
// over the few places its first two units occur.
const pairIndexes = new WeakMap<Lexicon, Map<string, number[]>>();

function pairIndex(lexicon: Lexicon): Map<string, number[]> {
  let index = pairIndexes.get(lexicon);
  if (!index) {
    index = new Map();
    const corpus = lexicon.corpus;
    for (let at = 0; at + 1 < corpus.length; at++) {
      const pair = corpus.slice(at, at + 2);
      const list = index.get(pair);
      if (list) list.push(at);
      else index.set(pair, [at]);
    }
    pairIndexes.set(lexicon, index);
  }
  return index;
}

/**
 * Non-overlapping occurrences of `needle` in the lexicon's corpus, the same count as {@link countIn}.
 * The walk goes over the places of the needle's rarest pair of units, so a needle made of
 * common syllables with one rare pair costs as little as the rare pair's places.
 */
function countInCorpus(lexicon: Lexicon, needle: string): number {
  if (needle.length < 2) return countIn(lexicon.corpus, needle);
  const index = pairIndex(lexicon);
  let rarest: readonly number[] | undefined;
  let shift = 0;
  for (let j = 0; j + 1 < needle.length; j++) {
    const places = index.get(needle.slice(j, j + 2));
    if (!places) return 0;
    if (!rarest || places.length < rarest.length) {
      rarest = places;
      shift = j;
    }
  }
  let count = 0;
  let free = 0;
  for (const place of rarest ?? []) {
    const at = place - shift;
    if (at < free || !lexicon.corpus.startsWith(needle, at)) continue;
    count++;
    free = at + needle.length;
  }
  return count;
}

/** Occurrences of `needle` anywhere in the document's prose (memoised). */
export function countOccurrences(lexicon: Lexicon, needle: string): number {
  const cached = lexicon.substringCounts.get(needle);
  if (cached !== undefined) return cached;
  const count = countInCorpus(lexicon, needle);
  lexicon.substringCounts.set(needle, count);
  return count;
}

// The lexicon of one text that is not part of the document's lexicon (a table cell, a caller's
// own string): built once per text, so that counting in it stays linear in the text.
let textLexicon: { text: string; lexicon: Lexicon } | undefined;

/**
 * Occurrences of `needle` in `text` (non-overlapping, as {@link countIn}), counted through an
 * index of the text built once: a paragraph of millions of characters with a count asked at
 * every space must not be scanned once per space.
 */
export function countInText(text: string, needle: string): number {
  if (textLexicon?.text !== text) textLexicon = { text, lexicon: buildLexicon([text]) };
  return countOccurrences(textLexicon.lexicon, needle);
}

/** Number of whole-token occurrences of `core` (already trimmed of punctuation). */
export function tokenCount(lexicon: Lexicon, core: string): number {
  return lexicon.tokens.get(core) ?? 0;
}
