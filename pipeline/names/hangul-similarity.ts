/**
 * How alike two Hangul spellings are, letter by letter. Comparing whole syllables would call
 * 산치 and 산지 as far apart as 산치 and 산업; comparing their letters (jamo) shows that they
 * differ in one consonant, which is what tells a transcription from a hanja reading.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/**
 * Split Hangul syllables into their letters as code-point numbers: initial (0–18), medial
 * (100–120), final (200–227). Numbering each position apart keeps an initial ㅇ from matching
 * a final ㅇ. Other characters are kept as their code points (offset past the jamo range).
 */
export function jamo(text: string): number[] {
  const letters: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) {
      const index = code - SYLLABLE_FIRST;
      letters.push(Math.floor(index / 588), 100 + (Math.floor(index / 28) % 21));
      const final = index % 28;
      if (final > 0) letters.push(200 + final);
    } else letters.push(1000 + code);
  }
  return letters;
}

/** Levenshtein distance between two sequences (insert, delete, substitute: cost 1 each). */
export function editDistance(a: readonly number[], b: readonly number[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Similarity of two Hangul strings in [0, 1]: 1 − letter edit distance / longer letter count.
 * Spaces are ignored (the author's 카토우 and the standard 가토 가즈노부 are compared as words).
 */
export function hangulSimilarity(a: string, b: string): number {
  const x = jamo(a.replace(/\s+/g, ''));
  const y = jamo(b.replace(/\s+/g, ''));
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : 1 - editDistance(x, y) / longest;
}
