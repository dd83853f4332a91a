/**
 * The two word fragments on either side of a space, the unit every spacing rule looks at.
 */

/** Hangul syllables, CJK ideographs, kana, Latin letters and digits: the "letters" of a word. */
const WORD_CHAR = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{L}\p{N}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/** True for a character that can be part of a word (not punctuation, not a space). */
export function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

/** True for a Hangul character (syllable or jamo). */
export function isHangul(ch: string): boolean {
  return HANGUL.test(ch);
}

/** What surrounds one space of a text. All indices are 0-based UTF-16 offsets into the text. */
export interface SpaceFragments {
  /** Index of the space. */
  readonly index: number;
  /** Whitespace-delimited token before the space (may end in punctuation). */
  readonly left: string;
  /** Whitespace-delimited token after the space. */
  readonly right: string;
  /** Word characters at the very end of `left` ('' when `left` ends in punctuation). */
  readonly leftCore: string;
  /** Word characters at the very start of `right` ('' when `right` starts with punctuation). */
  readonly rightCore: string;
  /** Hangul at the very start of `right`, up to the first non-Hangul character. */
  readonly rightHangul: string;
  /** Hangul at the very end of `left`. */
  readonly leftHangul: string;
}

function trailingRun(text: string, test: (ch: string) => boolean): string {
  let start = text.length;
  while (start > 0 && test(text[start - 1])) start--;
  return text.slice(start);
}

function leadingRun(text: string, test: (ch: string) => boolean): string {
  let end = 0;
  while (end < text.length && test(text[end])) end++;
  return text.slice(0, end);
}

/** The fragments around the space at `index` (which must hold U+0020). */
export function fragmentsAt(text: string, index: number): SpaceFragments {
  const before = text.lastIndexOf(' ', index - 1);
  const after = text.indexOf(' ', index + 1);
  const left = text.slice(before + 1, index);
  const right = text.slice(index + 1, after < 0 ? text.length : after);
  return {
    index,
    left,
    right,
    leftCore: trailingRun(left, isWordChar),
    rightCore: leadingRun(right, isWordChar),
    rightHangul: leadingRun(right, isHangul),
    leftHangul: trailingRun(left, isHangul),
  };
}

/** The core of a token: the token without punctuation at either end. */
export function tokenCore(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !isWordChar(token[start])) start++;
  while (end > start && !isWordChar(token[end - 1])) end--;
  return token.slice(start, end);
}

/** 0-based indices of every U+0020 in `text`, ascending. */
export function spaceIndices(text: string): number[] {
  const result: number[] = [];
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) result.push(i);
  return result;
}
