/**
 * Modified Hepburn for names (shared/reference/ja-ko-transcription.md §2): macrons for long
 * vowels, ii and ei kept, n' before a vowel or y, っ doubling (t before ch), capitalised words.
 */
import { KANA_TABLE } from './kana-table.js';
import { markLongVowels } from './long-vowels.js';
import { parseMorae, type Mora } from './morae.js';

const MACRON: Record<string, string> = { a: 'ā', i: 'ī', u: 'ū', e: 'ē', o: 'ō' };

/** Options for Hepburn output. */
export interface HepburnOptions {
  /** Capitalise the first letter of every word (proper names). Default true. */
  capitalize?: boolean;
}

/**
 * Romanise one word of morae whose `long` flags are already set (see `markLongVowels`).
 * Lower case; `capitalize` is applied by `hepburnWords`.
 */
export function hepburnWord(word: readonly Mora[]): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const mora = word[i];
    const next = word[i + 1];
    if (mora.kind === 'other') out += mora.kana;
    else if (mora.kind === 'hatsuon') {
      // n' keeps ン+イ (San'in) apart from ニ (Sanin would read sa-ni-n).
      const following = next ? romajiOf(next) : '';
      out += /^[aiueoy]/.test(following) ? "n'" : 'n';
    } else if (mora.kind === 'sokuon') {
      const following = next && next.kind === 'syllable' ? romajiOf(next) : '';
      // っち is tch (Etchū), otherwise the next consonant doubles; before a vowel there is
      // nothing to double and Hepburn writes nothing.
      if (following.startsWith('ch')) out += 't';
      else if (/^[^aiueo]/.test(following)) out += following[0];
    } else if (mora.long) out = lengthen(out, mora);
    else out += romajiOf(mora);
  }
  return out;
}

/** Romanise words of morae (long flags set), capitalising each word unless told not to. */
export function hepburnWords(words: readonly (readonly Mora[])[], options: HepburnOptions = {}): string[] {
  const capitalize = options.capitalize ?? true;
  return words.map((word) => {
    const romaji = hepburnWord(word);
    return capitalize ? romaji.charAt(0).toUpperCase() + romaji.slice(1) : romaji;
  });
}

/**
 * Kana → modified Hepburn, words separated by one space.
 *
 * @param kana Reading in katakana or hiragana; spaces, ・ and ＝ separate words.
 * @param options.pronunciation IPADIC-style pronunciation (ー for long vowels); without it,
 *   オウ/オオ/ウウ count as long.
 */
export function hepburn(kana: string, options: HepburnOptions & { pronunciation?: string } = {}): string {
  return hepburnWords(markLongVowels(parseMorae(kana), options.pronunciation), options).join(' ');
}

function romajiOf(mora: Mora): string {
  return KANA_TABLE.get(mora.kana)?.romaji ?? mora.kana;
}

// A long イ after i or e is written out (Niigata, Meiji); every other long vowel, and ー,
// becomes a macron on the vowel already written.
function lengthen(out: string, mora: Mora): string {
  if (mora.kana === 'イ') return out + 'i';
  const last = out.at(-1);
  if (last === undefined || !(last in MACRON)) return out + (mora.kind === 'choon' ? '' : romajiOf(mora));
  return out.slice(0, -1) + MACRON[last];
}
