/**
 * Decide which morae only lengthen the vowel before them.
 *
 * The spelling cannot always tell: イノウエ (井上, i-no-ue) and トウキョウ (東京, tō-kyō) both
 * contain オ-row + ウ. IPADIC's pronunciation field usually can: it writes a true long vowel as
 * ー (トーキョー) and leaves a morpheme boundary alone (イノウエ). So the pronunciation decides
 * when we have it, and a spelling heuristic is the fallback for bare readings. Some IPADIC
 * entries are not marked at all (郡山 コオリヤマ): `tokenPronunciation` fills in
 * the spellings that are long inside one noun whatever the dictionary wrote.
 */
import { vowelOf } from './kana-table.js';
import { WORD_SEPARATORS, toKatakana, type Mora } from './morae.js';

const SINGLE_VOWELS = new Set(['ア', 'イ', 'ウ', 'エ', 'オ']);
const GLIDE_VOWELS: Readonly<Record<string, string>> = { ャ: 'a', ュ: 'u', ョ: 'o' };

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
      const long = isLong(mora, index, index === 0 ? undefined : previousVowel, aligned?.[here], aligned !== undefined);
      if (mora.kind === 'syllable') previousVowel = long ? previousVowel : vowelOf(mora.kana);
      else if (mora.kind !== 'choon') previousVowel = undefined; // ッ, ン and others end a vowel
      return { ...mora, long };
    });
  });
}

function isLong(mora: Mora, index: number, previousVowel: string | undefined, spokenAtMora: string | undefined, aligned: boolean): boolean {
  if (mora.kind === 'choon') return true;
  if (mora.kind !== 'syllable' || previousVowel === undefined || !SINGLE_VOWELS.has(mora.kana)) return false;
  const vowel = vowelOf(mora.kana);
  // A small vowel that could not join the mora before it and repeats its vowel (シィ of ケーシィ)
  // is written only to lengthen it, whatever the dictionary says.
  if (mora.small && vowel === previousVowel) return true;
  if (aligned) return spokenAtMora === 'ー';
  return spelledLong(previousVowel, vowel, index, true);
}

/**
 * The spelling heuristic for a mora at `index` (0-based) of a word or morpheme whose vowel
 * follows `previousVowel`:
 * - オオ and ウウ are long (大阪 オオサカ, 郡山 コオリヤマ); オウ too unless `withOu` is false;
 * - イイ is long only as the word's first two morae (新潟 ニイガタ, 飯田 イイダ, しいたけ,
 *   いいえ): later it mostly meets a boundary or an ending (石井 イシイ, かわいい);
 * - エイ is never merged (both outputs keep it: Meiji, 메이지), nor アア/エエ: in given
 *   names they straddle a boundary (たかあき Taka-aki, まさあき).
 */
function spelledLong(previousVowel: string, vowel: string | undefined, index: number, withOu: boolean): boolean {
  if (previousVowel === 'o' && vowel === 'o') return true;
  if (previousVowel === 'u' && vowel === 'u') return true;
  if (previousVowel === 'o' && vowel === 'u') return withOu;
  return index === 1 && previousVowel === 'i' && vowel === 'i';
}

/**
 * The pronunciation to read one dictionary token by. IPADIC marks long vowels for most entries
 * (トーキョー, イーダ, 大岡 オーオカ); an entry whose pronunciation equals its reading may simply
 * be unmarked (郡山 コオリヤマ) or truly short (井上 イノウエ, 広岡 ヒロオカ, 妹尾 セノオ). For such
 * a noun, オオ or ウウ as the first two morae is long (コオリ: one syllable, one morpheme); in a
 * common noun also a later one. A proper noun keeps a later doubled vowel: there IPADIC leaves
 * exactly the morpheme boundaries unmarked (Hiro-oka, Seno-o). イイ and オウ are always the
 * dictionary's call: unmarked 地域 チイキ is chi-iki, 井上 イノウエ i-no-ue. Verbs,
 * adjectives and endings keep the dictionary's word: 縫う ヌウ, 聞い キイ, かわいい are short.
 *
 * @returns the pronunciation, same length as `reading`; undefined when the token has none.
 */
export function tokenPronunciation(reading: string, pronunciation: string | undefined, pos: string): string | undefined {
  if (pronunciation === undefined) return undefined;
  if (pronunciation !== reading || !pos.startsWith('名詞')) return pronunciation;
  const proper = pos.startsWith('名詞,固有名詞');
  let out = '';
  let previousVowel: string | undefined;
  let morae = 0; // morae before the current character
  for (const char of reading) {
    const glide = GLIDE_VOWELS[char];
    if (glide !== undefined) {
      // ャュョ belong to the mora before them (キョ) and give it their vowel.
      out += char;
      previousVowel = glide;
      continue;
    }
    const vowel = vowelOf(char);
    const doubled = previousVowel !== undefined && SINGLE_VOWELS.has(char) && vowel === previousVowel && (vowel === 'o' || vowel === 'u');
    const long = doubled && (morae === 1 || !proper);
    out += long ? 'ー' : char;
    if (!long) previousVowel = vowel;
    morae++;
  }
  return out;
}
