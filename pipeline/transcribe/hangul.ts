/**
 * Standard Korean spelling of Japanese (외래어 표기법, 일본어의 표기): the kana table with the
 * word-initial rule, ッ as final ㅅ, ン as final ㄴ, long vowels not written (エイ kept as 에이 by
 * custom), ツ 쓰, no tense consonants.
 */
import { KANA_TABLE, vowelOf } from './kana-table.js';
import { markLongVowels } from './long-vowels.js';
import { parseMorae, type Mora } from './morae.js';

const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Final-consonant (jongseong) indices in the Unicode syllable formula. */
const FINAL_N = 4; // ㄴ
const FINAL_S = 19; // ㅅ

/**
 * Spell one word of morae (long flags set, see `markLongVowels`). The first mora of the word
 * takes the table's word-initial form (가 다 갸 자); every other mora the medial form.
 */
export function hangulWord(word: readonly Mora[]): string {
  const syllables: string[] = [];
  let previousVowel: string | undefined;
  for (const [index, mora] of word.entries()) {
    if (mora.kind === 'other') syllables.push(mora.kana);
    else if (mora.kind === 'sokuon') addFinal(syllables, FINAL_S, 'ㅅ');
    else if (mora.kind === 'hatsuon') addFinal(syllables, FINAL_N, 'ㄴ');
    else if (mora.kind === 'choon') continue; // ー is not written
    else if (mora.long) {
      // Long vowels are dropped, except エイ, which custom writes out (메이지).
      if (mora.kana === 'イ' && previousVowel === 'e') syllables.push('이');
    } else {
      const row = KANA_TABLE.get(mora.kana);
      syllables.push(row ? (index === 0 ? row.initial : row.medial) : mora.kana);
    }
    if (mora.kind === 'syllable' && !mora.long) previousVowel = vowelOf(mora.kana);
  }
  return syllables.join('');
}

/** Spell words of morae (long flags set). */
export function hangulWords(words: readonly (readonly Mora[])[]): string[] {
  return words.map(hangulWord);
}

/**
 * Kana → standard Hangul, words separated by one space.
 *
 * @param kana Reading in katakana or hiragana; spaces, ・ and ＝ separate words (family and
 *   given names are separate words; a compound place name is one).
 * @param options.pronunciation IPADIC-style pronunciation (ー for long vowels); without it,
 *   オウ/オオ/ウウ count as long.
 */
export function hangul(kana: string, options: { pronunciation?: string } = {}): string {
  return hangulWords(markLongVowels(parseMorae(kana), options.pronunciation)).join(' ');
}

// ッ and ン become the final consonant of the syllable before; with nothing to attach to (a
// word that starts with ッ, or ッン) the bare jamo is written so the oddity stays visible.
function addFinal(syllables: string[], finalIndex: number, jamo: string): void {
  const last = syllables.at(-1);
  const code = last?.length === 1 ? last.charCodeAt(0) : -1;
  if (code >= HANGUL_BASE && code <= HANGUL_LAST && (code - HANGUL_BASE) % 28 === 0) {
    syllables[syllables.length - 1] = String.fromCharCode(code + finalIndex);
  } else syllables.push(jamo);
}
