/**
 * The spaces inside a Japanese run: where they stood, and which of them separate a family
 * name from a given name (山崎 朗) rather than being left by a line wrap (宮 城, 名古 屋).
 * A space counts wherever the source has one between two characters of the run, whether or not
 * the spacing stage kept it, so the decision does not depend on that stage.
 */
import type { Token } from '../transcribe/tokenizer.js';
import type { MappedText } from '../text/mapped-text.js';
import type { Span } from './spans.js';

const FAMILY = '名詞,固有名詞,人名,姓';
const GIVEN = '名詞,固有名詞,人名,名';

/**
 * 0-based indices into `span.text` before which a space stood: spaces the edition still has,
 * and whitespace in the source between two consecutive characters of the run.
 */
export function spaceGaps(span: Span, value: MappedText, source: string): number[] {
  const gaps = new Set(span.gaps);
  for (let k = 1; k < span.units.length; k++) {
    const before = value.offsets[span.units[k - 1]];
    const here = value.offsets[span.units[k]];
    if (before >= 0 && here > before + 1 && /^\s+$/.test(source.slice(before + 1, here))) gaps.add(k);
  }
  return [...gaps].sort((a, b) => a - b);
}

/**
 * The gaps that separate a family name from a given name: a token boundary falls on the gap,
 * the token before it is a surname and the one after it a given name. `tokens` are positioned
 * in `span.text` (0-based UTF-16, as after unfolding).
 */
export function nameSeparators(gaps: readonly number[], tokens: readonly Token[]): number[] {
  return gaps.filter((gap) => {
    const left = tokens.find((token) => token.end === gap);
    const right = tokens.find((token) => token.start === gap);
    return left !== undefined && right !== undefined && left.pos.startsWith(FAMILY) && right.pos.startsWith(GIVEN);
  });
}

/** `text` with a space put back before each index in `at` (0-based, ascending). */
export function withSpaces(text: string, at: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const index of at) {
    out += `${text.slice(from, index)} `;
    from = index;
  }
  return out + text.slice(from);
}
