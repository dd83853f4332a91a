/**
 * The author's Korean rendering of a name: the Hangul word before the parenthesis, made whole
 * where a spurious space broke it ("칸 사이(關西)", "군 마(群馬)", "후쿠오 카(福岡)" across a
 * page). A word before the space is taken in only when it brings the rendering closer to a
 * reading of the name, so 2개 부(府) stays 부 and 기계산업 신생(新生) stays 신생. The space stays
 * when it falls where the reading has a word break, or when both sides are words of two or
 * more syllables (토우카이 모노즈쿠리): the breaks seen in this corpus leave one syllable alone
 * on one side.
 */
import type { MappedText } from '../text/mapped-text.js';
import { hangulSimilarity } from './hangul-similarity.js';

/** The author's rendering as found in the text. */
export interface Rendering {
  /** The Hangul, without spurious spaces (the author's word breaks kept). */
  readonly text: string;
  /** 0-based index in the MappedText of its first unit. */
  readonly start: number;
  /** 0-based index after its last unit. */
  readonly end: number;
}

const HANGUL_WORD = /\p{Script=Hangul}+$/u;
/** At most this many broken pieces are put back together (one break per printed line). */
const MAX_PIECES = 3;

/** Best similarity of `text` to any of the `targets` (0 when there is none). */
export function closeness(text: string, targets: readonly string[]): number {
  return bestTarget(text, targets).score;
}

function bestTarget(text: string, targets: readonly string[]): { target: string; score: number } {
  let best = { target: '', score: 0 };
  for (const target of targets) {
    const score = hangulSimilarity(text, target);
    if (score > best.score) best = { target, score };
  }
  return best;
}

/**
 * True when `left` matches best a prefix of `target` that ends at one of its word breaks, so a
 * space after `left` is a real word break. Prefixes are taken syllable by syllable.
 */
export function breaksAtWord(left: string, target: string): boolean {
  const words = target.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const syllables = [...words.join('')];
  const boundaries = new Set<number>();
  let at = 0;
  for (const word of words.slice(0, -1)) boundaries.add((at += [...word].length));
  let best = { length: 0, score: -1 };
  for (let length = 1; length < syllables.length; length++) {
    const score = hangulSimilarity(left, syllables.slice(0, length).join(''));
    if (score > best.score) best = { length, score };
  }
  return boundaries.has(best.length);
}

/**
 * Grow the rendering [start, end) leftwards across single spaces while that brings it closer
 * to one of `targets` (readings of the name: Japanese in Hangul, Sino-Korean).
 */
export function extendRendering(value: MappedText, start: number, end: number, targets: readonly string[]): Rendering {
  let best: Rendering = { text: value.text.slice(start, end), start, end };
  let score = closeness(best.text, targets);
  for (let pieces = 1; pieces < MAX_PIECES; pieces++) {
    if (value.text[best.start - 1] !== ' ') break;
    const word = HANGUL_WORD.exec(value.text.slice(0, best.start - 1));
    if (!word) break;
    const joined = word[0] + best.text;
    const { target, score: candidateScore } = bestTarget(joined, targets);
    if (candidateScore <= score) break;
    const separator = breaksAtWord(word[0], target) || ([...word[0]].length > 1 && [...best.text].length > 1) ? ' ' : '';
    const candidate: Rendering = { text: word[0] + separator + best.text, start: best.start - 1 - word[0].length, end };
    best = candidate;
    score = candidateScore;
  }
  return best;
}
