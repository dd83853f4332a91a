/**
 * Hangul syllables as (initial, medial, final) indices and back, by the Unicode formula
 * (U+AC00 + (initial × 21 + medial) × 28 + final). Indices are 0-based positions in the
 * standard's tables: 19 initials, 21 medials, 28 finals (0 = none).
 */

const BASE = 0xac00;
const LAST = 0xd7a3;

/** The three parts of a syllable. */
export interface Syllable {
  readonly initial: number;
  readonly medial: number;
  readonly final: number;
}

/** Initial consonants by name (0-based index among the 19). */
export const INITIAL = { g: 0, kk: 1, n: 2, d: 3, tt: 4, r: 5, m: 6, b: 7, pp: 8, s: 9, ss: 10, none: 11, j: 12, jj: 13, ch: 14, k: 15, t: 16, p: 17, h: 18 } as const;
/** Medial vowels by name (0-based index among the 21). */
export const MEDIAL = { a: 0, ae: 1, ya: 2, eo: 4, e: 5, yeo: 6, o: 8, yo: 12, u: 13, yu: 17, eu: 18, i: 20 } as const;
/** Final consonants by name (0-based index among the 28, 0 = none). */
export const FINAL = { none: 0, g: 1, n: 4, d: 7, m: 16, b: 17, s: 19, ng: 21, t: 25, p: 26 } as const;

/** True for one precomposed Hangul syllable. */
export function isSyllable(char: string): boolean {
  const code = char.length === 1 ? char.charCodeAt(0) : -1;
  return code >= BASE && code <= LAST;
}

/** Split a syllable, or undefined for anything else. */
export function split(char: string): Syllable | undefined {
  if (!isSyllable(char)) return undefined;
  const index = char.charCodeAt(0) - BASE;
  return { initial: Math.floor(index / 588), medial: Math.floor(index / 28) % 21, final: index % 28 };
}

/** Compose a syllable from its parts. */
export function join(parts: Syllable): string {
  return String.fromCharCode(BASE + (parts.initial * 21 + parts.medial) * 28 + parts.final);
}

/** Add a final consonant to a syllable that has none; undefined when it cannot take one. */
export function withFinal(char: string, final: number): string | undefined {
  const parts = split(char);
  if (!parts || parts.final !== 0) return undefined;
  return join({ ...parts, final });
}

/** The bare vowel syllable (아 이 우 에 오 …) for a medial. */
export function vowelSyllable(medial: number): string {
  return join({ initial: INITIAL.none, medial, final: 0 });
}
