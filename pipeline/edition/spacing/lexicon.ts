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
  return { tokens, starts, ends, corpus: paragraphs.join('\n'), substringCounts: new Map() };
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

/** Non-overlapping occurrences of `needle` in the lexicon's corpus, the same count as {@link countIn}. */
function countInCorpus(lexicon: Lexicon, needle: string): number {
  if (needle.length < 2) return countIn(lexicon.corpus, needle);
  let count = 0;
  let free = 0;
  for (const at of pairIndex(lexicon).get(needle.slice(0, 2)) ?? []) {
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

/**
 * Occurrences of `needle` in the document other than the ones in `text` at hand, plus the
 * other ones inside `text`: in short, every occurrence except one. The paragraph being
 * repaired is normally part of the lexicon, so its own occurrence must not count as evidence;
 * when it is not (a paragraph joined by the caller), its count is taken from the text itself.
 */
export function countOthers(lexicon: Lexicon, text: string, needle: string): number {
  return Math.max(0, Math.max(countOccurrences(lexicon, needle), countIn(text, needle)) - 1);
}

/** Number of whole-token occurrences of `core` (already trimmed of punctuation). */
export function tokenCount(lexicon: Lexicon, core: string): number {
  return lexicon.tokens.get(core) ?? 0;
}
