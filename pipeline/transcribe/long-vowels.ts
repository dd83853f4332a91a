/**
 * Decide which morae only lengthen the vowel before them.
 *
 * The spelling cannot tell: イノウエ (井上, i-no-ue) and トウキョウ (東京, tō-kyō) both contain
 * オ-row + ウ. IPADIC's pronunciation field can: it writes a true long vowel as ー (トーキョー)
 * and leaves a morpheme boundary alone (イノウエ). So the pronunciation decides when we have
 * it, and a spelling heuristic (オウ, オオ, ウウ long) is the fallback for bare readings.
 */
import { vowelOf } from './kana-table.js';
import { WORD_SEPARATORS, toKatakana, type Mora } from './morae.js';

const SINGLE_VOWELS = new Set(['ア', 'イ', 'ウ', 'エ', 'オ']);

/**
 * Copy of `words` with `long` set on every mora that extends the previous vowel.
 *
 * @param pronunciation IPADIC-style pronunciation of the same text (ー for long vowels), in
 *   katakana or hiragana, word separators allowed. Used only when it aligns with the reading
 *   unit for unit (same length without separators); otherwise the heuristic applies.
 */
export function markLongVowels(words: readonly (readonly Mora[])[], pronunciation?: string): Mora[][] {
  const reading = words.map((word) => word.map((mora) => mora.kana).join('')).join('');
  const spoken = pronunciation === undefined ? undefined : toKatakana(pronunciation).split(WORD_SEPARATORS).join('');
  const aligned = spoken !== undefined && spoken.length === reading.length ? spoken : undefined;

  let at = 0; // 0-based UTF-16 offset into `reading` / `aligned`
  return words.map((word) => {
    let previousVowel: string | undefined;
    return word.map((mora, index) => {
      const here = at;
      at += mora.kana.length;
      const long = isLong(mora, index === 0 ? undefined : previousVowel, aligned?.[here]);
      if (mora.kind === 'syllable') previousVowel = long ? previousVowel : vowelOf(mora.kana);
      else if (mora.kind !== 'choon') previousVowel = undefined; // ッ, ン and others end a vowel
      return { ...mora, long };
    });
  });
}

function isLong(mora: Mora, previousVowel: string | undefined, spokenAtMora: string | undefined): boolean {
  if (mora.kind === 'choon') return true;
  if (mora.kind !== 'syllable' || previousVowel === undefined || !SINGLE_VOWELS.has(mora.kana)) return false;
  if (spokenAtMora !== undefined) return spokenAtMora === 'ー';
  // Heuristic for readings without a pronunciation: オウ, オオ, ウウ are long; エイ and イイ are
  // left alone because both outputs keep them (Meiji/메이지, Niigata) or they often straddle a
  // morpheme boundary (石井 イシイ).
  const vowel = vowelOf(mora.kana);
  return (previousVowel === 'o' && (vowel === 'u' || vowel === 'o')) || (previousVowel === 'u' && vowel === 'u');
}
