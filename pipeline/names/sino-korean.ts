/**
 * Sino-Korean (한자음) readings of hanja, to recognise a hanja gloss: in 장인형(匠人型) the Hangul
 * is the Korean reading of the hanja, in 홋카이도(北海道) it is not (북해도 would be).
 *
 * The readings come from the npm package `hanja` (MIT; its table is taken from the Python
 * library of the same name), one reading per character, about 27,500 characters including
 * the Japanese new forms (県 현, 広 광). The table is loaded once, on first use.
 */
import { createRequire } from 'node:module';

let table: Readonly<Record<string, string>> | undefined;

function readings(): Readonly<Record<string, string>> {
  // The package's API only converts whole strings; the per-character table is what a gloss
  // check needs, so read the data file it ships (lib/data is part of its published files).
  table ??= createRequire(import.meta.url)('hanja/lib/data/hanjaeum.json') as Record<string, string>;
  return table;
}

/** The Sino-Korean reading of one hanja, or undefined when the table does not have it. */
export function hanjaReading(char: string): string | undefined {
  return readings()[char.normalize('NFC')];
}

const INITIAL_N = 2; // ㄴ, 0-based index among the 19 initial consonants
const INITIAL_R = 5; // ㄹ
const INITIAL_NULL = 11; // ㅇ
/** Medial vowels (0-based) before which word-initial ㄴ/ㄹ becomes ㅇ: ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ. */
const Y_VOWELS = new Set([2, 6, 7, 12, 17, 20]);

function withInitial(syllable: string, initial: number): string {
  const index = syllable.charCodeAt(0) - 0xac00;
  return String.fromCharCode(0xac00 + initial * 588 + (index % 588));
}

function parts(syllable: string): { initial: number; medial: number; final: number } | undefined {
  const index = syllable.charCodeAt(0) - 0xac00;
  if (index < 0 || index > 11171) return undefined;
  return { initial: Math.floor(index / 588), medial: Math.floor(index / 28) % 21, final: index % 28 };
}

/**
 * The initial-sound rule (두음 법칙, 한글 맞춤법 제10–12항) for the first syllable of a word:
 * 녀 → 여, 려 → 여, 라 → 나. And 렬/률 after a vowel or ㄴ become 열/율 (제11항 붙임 1).
 */
export function applyInitialSoundRule(syllables: readonly string[]): string[] {
  return syllables.map((syllable, index) => {
    const own = parts(syllable);
    if (!own) return syllable;
    if (index === 0) {
      if ((own.initial === INITIAL_N || own.initial === INITIAL_R) && Y_VOWELS.has(own.medial)) return withInitial(syllable, INITIAL_NULL);
      if (own.initial === INITIAL_R) return withInitial(syllable, INITIAL_N);
      return syllable;
    }
    if ((syllable === '렬' || syllable === '률') && index > 0) {
      const before = parts(syllables[index - 1]);
      if (before && (before.final === 0 || before.final === 4)) return withInitial(syllable, INITIAL_NULL); // 4: ㄴ
    }
    return syllable;
  });
}

/**
 * The Sino-Korean reading of a word in hanja (middle dots and spaces skipped), with the
 * initial-sound rule, or undefined when any character has no reading.
 */
export function sinoKoreanReading(word: string): string | undefined {
  const syllables: string[] = [];
  for (const char of word) {
    if (/[\s・･∙·]/u.test(char)) continue;
    const reading = hanjaReading(char);
    if (reading === undefined) return undefined;
    syllables.push(reading);
  }
  return syllables.length === 0 ? undefined : applyInitialSoundRule(syllables).join('');
}
