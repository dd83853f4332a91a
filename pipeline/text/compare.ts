/**
 * Ordering of strings by Unicode code point, the same on every machine. `localeCompare` follows
 * the process's locale (under LANG=ko_KR.UTF-8 it orders Hangul and punctuation differently than
 * under C or en_US), so any order that reaches an output file uses this instead.
 */

/**
 * Negative, zero or positive as `a` sorts before, with or after `b` in code-point order. Plain
 * `<` compares UTF-16 code units, which puts U+E000–U+FFFF after astral characters (their
 * surrogates are U+D800–U+DFFF); the two differ only there, and this corrects it.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    return rank(x) - rank(y);
  }
  return a.length - b.length;
}

/** Surrogates move above U+E000–U+FFFF, which move down: code-unit order becomes code-point order. */
function rank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}
