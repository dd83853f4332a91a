/**
 * Find the runs of kanji and kana in a text. A run goes on across one space between two
 * Japanese characters (the extraction broke 宮城 into "宮 城" and 名古屋 into "名古 屋"; a space
 * also separates 山崎 朗's family and given names) and across a middle dot between two Japanese
 * characters (地域再生∙産業集積計畫 is one name). Which removed spaces were name separators is
 * decided later, with the tokenizer (separators.ts).
 */
import type { MappedText } from '../text/mapped-text.js';

/** One run of Japanese characters in a text, with the spaces inside it taken out. */
export interface Span {
  /** 0-based index in the text of the first unit (inclusive). */
  readonly start: number;
  /** 0-based index in the text after the last unit (exclusive). */
  readonly end: number;
  /** The author's characters without the spaces inside the run (dots kept). */
  readonly text: string;
  /** For each UTF-16 unit of `text`, its 0-based index in the MappedText. */
  readonly units: readonly number[];
  /** 0-based indices into `text` before which a space stood in the source. */
  readonly gaps: readonly number[];
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー〆]/u;
/** Middle dots an author or an extraction uses between the parts of one name. */
const DOTS = new Set(['・', '･', '∙', '·']);

/** True for a kanji, hiragana or katakana character, or the long-vowel mark. */
export function isJapaneseChar(char: string): boolean {
  return JAPANESE.test(char);
}

/** True when the run holds any kana (then it cannot be a hanja gloss). */
export function hasKana(text: string): boolean {
  return /[\p{Script=Hiragana}\p{Script=Katakana}ー]/u.test(text);
}

/** True when every character is a kanji (dots and 々 aside). */
export function isAllKanji(text: string): boolean {
  return /^[\p{Script=Han}・･∙·]+$/u.test(text);
}

/** True for a middle dot joining the parts of a name. */
export function isDot(char: string): boolean {
  return DOTS.has(char);
}

/** Find every Japanese run of `value`, in order. */
export function findSpans(value: MappedText): Span[] {
  const text = value.text;
  const spans: Span[] = [];
  const charAt = (i: number) => String.fromCodePoint(text.codePointAt(i) ?? 0);
  let i = 0;
  while (i < text.length) {
    const first = charAt(i);
    if (!isJapaneseChar(first)) {
      i += first.length;
      continue;
    }
    const start = i;
    let out = '';
    const units: number[] = [];
    const gaps: number[] = [];
    const take = (at: number, char: string) => {
      out += char;
      for (let k = 0; k < char.length; k++) units.push(at + k);
    };
    take(i, first);
    i += first.length;
    for (;;) {
      if (i >= text.length) break;
      const char = charAt(i);
      if (isJapaneseChar(char)) {
        take(i, char);
        i += char.length;
        continue;
      }
      // One space or one dot, then a Japanese character: the run goes on.
      const next = i + 1 < text.length ? charAt(i + 1) : '';
      if (next === '' || !isJapaneseChar(next)) break;
      if (char === ' ') {
        gaps.push(out.length);
        i += 1;
      } else if (isDot(char)) {
        take(i, char);
        i += char.length;
      } else break;
    }
    spans.push({ start, end: i, text: out, units, gaps });
  }
  return spans;
}
