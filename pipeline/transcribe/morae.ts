/**
 * Kana → morae. Both transcribers (Hepburn and Hangul) and the long-vowel marker work on this
 * one representation, so the two outputs can never disagree about where a mora is.
 */
import { KANA_TABLE, SMALL_TO_FULL } from './kana-table.js';

/** What a mora is, for the rules that treat ッ, ン and ー specially. */
export type MoraKind = 'syllable' | 'sokuon' | 'hatsuon' | 'choon' | 'other';

/** One mora of a word. */
export interface Mora {
  /** Katakana as written: 'カ', 'キョ', 'ッ', 'ン', 'ー'; for kind 'other' the character itself. */
  readonly kana: string;
  readonly kind: MoraKind;
  /** 0-based UTF-16 offset of the mora in the katakana string that was parsed. */
  readonly start: number;
  /** 0-based UTF-16 offset, exclusive (ヽ and small-kana pairs make it differ from start + kana.length). */
  readonly end: number;
  /**
   * True when the mora only lengthens the vowel before it (set by `markLongVowels`, never by
   * the parser): ー always, and ウ/オ/イ/エ/ア when the pronunciation or heuristics say so.
   */
  long?: boolean;
  /**
   * Set by the parser on a small vowel (ィ of ケーシィ) that could not join the mora before it
   * and stands as its full-size vowel: when it repeats that mora's vowel it only lengthens it.
   */
  small?: true;
}

/** Characters that separate words in kana input (names written ヤマダ・タロウ, ヤマダ＝タロウ). */
export const WORD_SEPARATORS = /[\s・･＝=゠]+/u;
const SEPARATORS_GLOBAL = /[\s・･＝=゠]+/gu;
const WORD_RUN = /[^\s・･＝=゠]+/gu;

const SMALL_GLIDES = new Set(['ャ', 'ュ', 'ョ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ヮ']);
const SMALL_VOWELS = new Set(['ァ', 'ィ', 'ゥ', 'ェ', 'ォ']);

/**
 * Hiragana (and half-width katakana, and the iteration marks ゝゞ) to full-width katakana.
 * Keeps the string length unchanged except for half-width voiced pairs (ｶﾞ → ガ), so callers
 * that need positions should pass full-width text.
 */
export function toKatakana(text: string): string {
  // NFKC only on the half-width katakana block: applying it to the whole string would change
  // unrelated characters (see the reference: never NFKC Korean text).
  const fullWidth = text.replace(/[\uFF61-\uFF9F]+/g, (run) => run.normalize('NFKC'));
  let out = '';
  for (const char of fullWidth) {
    const code = char.codePointAt(0) as number;
    // U+3041–U+3096 hiragana and U+309D–U+309E ゝゞ sit exactly 0x60 below their katakana.
    out += (code >= 0x3041 && code <= 0x3096) || code === 0x309d || code === 0x309e ? String.fromCodePoint(code + 0x60) : char;
  }
  return out;
}

/**
 * True when the string is kana only (hiragana, katakana, ー, iteration marks, combining voicing
 * marks, word separators) and not separators alone.
 */
export function isKana(text: string): boolean {
  return /^[\u3041-\u3096\u3099-\u309A\u309D\u309E\u30A1-\u30FA\u30FC-\u30FE\uFF66-\uFF9F\s・･＝=゠]+$/u.test(text) && /[^\s・･＝=゠]/u.test(text);
}

/**
 * Parse one word of katakana (already normalised by `toKatakana`) into morae. Small ャュョ and
 * small vowels join the mora before them when the table knows the pair (キョ, ティ); otherwise
 * they stand as full-size kana. ヽ/ヾ repeat the previous mora (ヾ voiced).
 *
 * @param offset 0-based UTF-16 offset of `word` in the string whose positions `start` reports.
 */
export function parseWordMorae(word: string, offset = 0): Mora[] {
  const morae: Mora[] = [];
  const chars = [...word];
  let at = offset;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const next = chars[i + 1];
    const start = at;
    at += char.length;
    if (next !== undefined && SMALL_GLIDES.has(next) && KANA_TABLE.has(char + next)) {
      at += next.length;
      i++;
      morae.push({ kana: char + next, kind: 'syllable', start, end: at });
    } else if (char === 'ッ') morae.push({ kana: char, kind: 'sokuon', start, end: at });
    else if (char === 'ン') morae.push({ kana: char, kind: 'hatsuon', start, end: at });
    else if (char === 'ー') morae.push({ kana: char, kind: 'choon', start, end: at });
    else if (char === 'ヽ' || char === 'ヾ') {
      const previous = morae.at(-1);
      const repeated = previous?.kind === 'syllable' ? (char === 'ヾ' ? voiced(previous.kana) : previous.kana) : char;
      morae.push({ kana: repeated, kind: KANA_TABLE.has(repeated) ? 'syllable' : 'other', start, end: at });
    } else {
      const full = SMALL_TO_FULL.get(char) ?? char;
      const small = full !== char && SMALL_VOWELS.has(char) ? { small: true as const } : {};
      morae.push({ kana: full, kind: KANA_TABLE.has(full) ? 'syllable' : 'other', start, end: at, ...small });
    }
  }
  return morae;
}

/**
 * Kana text → words of morae. Words are split at spaces, ・ and ＝, or taken from `words` when
 * given (their concatenation must equal the text without separators; a mismatch throws).
 * Offsets in each mora are 0-based into `toKatakana(text)`.
 */
export function parseMorae(text: string, words?: readonly string[]): Mora[][] {
  const katakana = toKatakana(text);
  if (words) {
    const joined = words.map((word) => toKatakana(word).replace(SEPARATORS_GLOBAL, '')).join('');
    const bare = katakana.replace(SEPARATORS_GLOBAL, '');
    if (joined !== bare) throw new RangeError(`words ${JSON.stringify(words)} do not spell ${JSON.stringify(text)}`);
    // positions[k] is the 0-based offset in `katakana` of the k-th non-separator unit, so a word
    // that straddles a separator still reports where its morae really are.
    const positions: number[] = [];
    for (let i = 0; i < katakana.length; i++) if (!WORD_SEPARATORS.test(katakana[i])) positions.push(i);
    const result: Mora[][] = [];
    let consumed = 0;
    for (const word of words) {
      const kana = toKatakana(word).replace(SEPARATORS_GLOBAL, '');
      const local = parseWordMorae(kana, 0);
      result.push(local.map((mora) => ({ ...mora, start: positions[consumed + mora.start], end: positions[consumed + mora.end - 1] + 1 })));
      consumed += kana.length;
    }
    return result.filter((word) => word.length > 0);
  }
  const result: Mora[][] = [];
  for (const match of katakana.matchAll(WORD_RUN)) result.push(parseWordMorae(match[0], match.index));
  return result;
}

const VOICED: Record<string, string> = {
  カ: 'ガ', キ: 'ギ', ク: 'グ', ケ: 'ゲ', コ: 'ゴ', サ: 'ザ', シ: 'ジ', ス: 'ズ', セ: 'ゼ', ソ: 'ゾ',
  タ: 'ダ', チ: 'ヂ', ツ: 'ヅ', テ: 'デ', ト: 'ド', ハ: 'バ', ヒ: 'ビ', フ: 'ブ', ヘ: 'ベ', ホ: 'ボ',
};

function voiced(kana: string): string {
  return (VOICED[kana[0]] ?? kana[0]) + kana.slice(1);
}
