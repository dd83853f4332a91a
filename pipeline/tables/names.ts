/**
 * Comparing names printed in different places (a table row and a figure label, a table area and
 * a figure's list of areas). The paper spells the same Japanese name in several Korean ways
 * (토우카이/토카이, 토쿠시마/도쿠시마, 츄부/주부) and breaks words at line wraps, so names
 * are compared through a loose key: glosses in parentheses, spaces and separators dropped,
 * aspirated initials folded to plain ones, and the long-vowel 우 dropped. The key is for
 * matching only; outputs keep the printed form.
 */

const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;
// Initial consonant indexes (0-based, Unicode order): ㄱ0 ㄷ3 ㅂ7 ㅆ10 ㅇ11 ㅈ12 ㅊ14 ㅋ15 ㅌ16 ㅍ17.
const FOLD_INITIAL: Record<number, number> = { 15: 0, 16: 3, 14: 12, 17: 7, 10: 12 };
// After ㅈ, the y-vowels of Japanese じゅ/ちょ are written with or without y: ㅛ→ㅗ, ㅠ→ㅜ, ㅑ→ㅏ, ㅕ→ㅓ.
const FOLD_VOWEL_AFTER_J: Record<number, number> = { 12: 8, 17: 13, 2: 0, 6: 4 };
const LONG_VOWEL_BEFORE = new Set([8, 12, 13, 17]); // ㅗ ㅛ ㅜ ㅠ

/** Remove parenthesised glosses, e.g. "(東海ものづくり)", "(삿포로밸리)". Nested groups go too. */
export function stripParentheses(text: string): string {
  let out = text;
  for (let guard = 0; guard < 5 && /\([^()]*\)/u.test(out); guard++) out = out.replace(/\s*\([^()]*\)/gu, '');
  return out;
}

/** The loose key of a name (see the file comment). */
export function looseKey(text: string): string {
  const plain = stripParentheses(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[\s∙·・‧ㆍ\-–—,.'"‘’“”]/gu, '');
  const out: string[] = [];
  let previousVowel = -1;
  let previousFinal = -1;
  for (const char of plain) {
    const code = char.codePointAt(0)!;
    if (code < HANGUL_BASE || code > HANGUL_LAST) {
      out.push(char);
      previousVowel = -1;
      continue;
    }
    const index = code - HANGUL_BASE;
    let initial = Math.floor(index / 588);
    let vowel = Math.floor((index % 588) / 28);
    const final = index % 28;
    // 우 after an o/u syllable without a final consonant marks a long vowel (토우카이 = 토카이).
    if (initial === 11 && vowel === 13 && final === 0 && previousFinal === 0 && LONG_VOWEL_BEFORE.has(previousVowel)) continue;
    initial = FOLD_INITIAL[initial] ?? initial;
    if (initial === 12) vowel = FOLD_VOWEL_AFTER_J[vowel] ?? vowel;
    out.push(String.fromCodePoint(HANGUL_BASE + (initial * 21 + vowel) * 28 + final));
    previousVowel = vowel;
    previousFinal = final;
  }
  return out.join('');
}

/** Dice coefficient of the character bigrams of two loose keys, 0..1. */
export function similarity(a: string, b: string): number {
  const x = looseKey(a);
  const y = looseKey(b);
  if (x === y) return 1;
  const grams = (text: string) => {
    const chars = [...text];
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < chars.length; i++) {
      const gram = chars[i] + chars[i + 1];
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    return counts;
  };
  const gx = grams(x);
  const gy = grams(y);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of gx) {
    shared += Math.min(count, gy.get(gram) ?? 0);
    total += count;
  }
  for (const count of gy.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Where two printed names differ, as the shortest differing middle after the common prefix and
 * suffix of their whitespace-free forms ("고령자" against "고령화"), or undefined when they agree
 * apart from spaces and separators.
 */
export function difference(a: string, b: string): { actual: string; expected: string } | undefined {
  const x = [...a.replace(/[\s∙·]/gu, '')];
  const y = [...b.replace(/[\s∙·]/gu, '')];
  if (x.join('') === y.join('')) return undefined;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  // Keep one character of context on each side so "자" against "화" reads as "고령자" / "고령화".
  const from = Math.max(0, start - 2);
  return { actual: x.slice(from, x.length - end).join(''), expected: y.slice(from, y.length - end).join('') };
}
