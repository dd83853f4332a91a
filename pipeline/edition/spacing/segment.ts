/**
 * Reading a Hangul run as dictionary words plus bound morphemes.
 *
 * Used only to compare two readings of a suspicious space: as two words ("클러스터" +
 * "전략의") or as one word with a dictionary entry running across the space ("시" + "사점을"
 * → "시사점을"). Korean compounds nouns freely, so readings are built from several entries;
 * one-syllable entries are allowed only from a short list of free words, because almost
 * every syllable is some dictionary entry and would make every string readable.
 */
import type { DictionaryWords } from './dictionary.js';
import { analyseBound } from './morphemes.js';

/** One-syllable words that stand alone in prose (determiners, counters, bound nouns). */
export const FREE_SYLLABLES: ReadonlySet<string> = new Set([
  '두', '세', '네', '수', '그', '이', '저', '및', '등', '각', '약', '더', '곧', '또', '즉', '총', '현',
  '할', '될', '볼', '큰', '잘', '못', '안', '꼭', '늘', '것', '데', '때', '중', '외', '뒤', '후', '전',
  '간', '내', '시', '도', '군', '현', '부', '국', '일', '한', '새', '옛', '온', '모든', '본', '타',
]);

const MAX_WORD = 8;

/** Syllables on each side of a space that compareReadings looks at (longer than any word). */
const WINDOW = 32;

/**
 * Fewest pieces needed to read `run` as dictionary words followed by at most one bound
 * tail; Infinity when it cannot be read. An empty run needs 0 pieces.
 */
export function readingCost(run: string, dictionary: DictionaryWords): number {
  // The right side of one space is the left side of the next, and the same words recur
  // through a paper: remember the costs per dictionary, within a bound.
  let costs = readingCosts.get(dictionary);
  if (!costs) readingCosts.set(dictionary, (costs = new Map()));
  const known = costs.get(run);
  if (known !== undefined) return known;
  const cost = computeReadingCost(run, dictionary);
  if (costs.size >= READING_MEMO_LIMIT) costs.clear();
  costs.set(run, cost);
  return cost;
}

const READING_MEMO_LIMIT = 100_000;
let readingCosts = new WeakMap<DictionaryWords, Map<string, number>>();

/** Forget the remembered costs (a new document: memory stays flat over a long build). */
export function forgetReadingCosts(): void {
  readingCosts = new WeakMap();
}

function computeReadingCost(run: string, dictionary: DictionaryWords): number {
  const n = run.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 1; j <= Math.min(n, i + MAX_WORD); j++) {
      const piece = run.slice(i, j);
      if (isWordPiece(piece, dictionary)) best[j] = Math.min(best[j], best[i] + 1);
    }
    // A bound tail (particle, ending) may close the run, after at least one word.
    if (i > 0 && analyseBound(run.slice(i))) best[n] = Math.min(best[n], best[i] + 1);
  }
  return best[n];
}

/** True for a dictionary entry usable as a piece of a reading. */
export function isWordPiece(piece: string, dictionary: DictionaryWords): boolean {
  if (piece.length === 1) return FREE_SYLLABLES.has(piece);
  if (dictionary.words.has(piece)) return true;
  // A verb stem followed by a one-syllable ending ("시작되"+"는") is one piece.
  return piece.length >= 2 && dictionary.stems.has(piece.slice(0, -1)) && analyseBound(piece.slice(-1)) !== null;
}

/** The two readings of a space between Hangul runs `left` and `right`. */
export interface SpaceReadings {
  /** Pieces needed to read both sides as separate words (Infinity when impossible). */
  readonly apart: number;
  /** Pieces needed for a reading of left+right with one entry across the space. */
  readonly across: number;
  /** Pieces needed to read the left side alone. */
  readonly leftCost: number;
  /** The entry that runs across the space in the best such reading, if any. */
  readonly acrossWord?: string;
  /**
   * True when that entry is itself two entries split exactly at the space ("경제발전" =
   * "경제" + "발전"): a compound the author may have spaced, so no evidence either way.
   */
  readonly acrossCompound: boolean;
}

/** Compare reading the two sides apart with reading them as one word across the space. */
export function compareReadings(fullLeft: string, fullRight: string, dictionary: DictionaryWords): SpaceReadings {
  // Only the syllables near the space can be part of a word across it: compare the readings of
  // a window on each side, so that a pathological run of thousands of syllables costs no more
  // than an ordinary word. Both readings are computed on the same window, so they stay comparable.
  const left = fullLeft.slice(-WINDOW);
  const right = fullRight.slice(0, WINDOW);
  const leftCost = readingCost(left, dictionary);
  const apart = leftCost + readingCost(right, dictionary);
  const joined = left + right;
  const cut = left.length;
  let across = Infinity;
  let acrossWord: string | undefined;
  let acrossCompound = false;
  for (let a = Math.max(0, cut - MAX_WORD + 1); a < cut; a++) {
    const head = a === 0 ? 0 : readingCost(joined.slice(0, a), dictionary);
    if (head === Infinity) continue;
    for (let b = cut + 1; b <= Math.min(joined.length, a + MAX_WORD); b++) {
      const word = joined.slice(a, b);
      if (word.length < 2 || !dictionary.words.has(word)) continue;
      const rest = joined.slice(b);
      const tail = rest.length === 0 ? 0 : analyseBound(rest) ? 1 : readingCost(rest, dictionary);
      const cost = head + 1 + tail;
      if (cost < across) {
        across = cost;
        acrossWord = word;
        const at = cut - a;
        acrossCompound = at >= 2 && word.length - at >= 2 && dictionary.words.has(word.slice(0, at)) && dictionary.words.has(word.slice(at));
      }
    }
  }
  return { apart, across, leftCost, acrossWord, acrossCompound };
}
