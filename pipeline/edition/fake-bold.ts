/**
 * Fake bold: labels drawn twice with a small offset came out with every Hangul syllable
 * doubled ("도호호쿠쿠 경경제제산산업업국"). A word is undoubled only when it parses as
 * [other characters][one syllable] (pair)+ [one syllable] — the first or last syllable of a run
 * often lost its twin — and only on lines with at least MIN_PAIRS such pairs in such words, so
 * a real repeat (도도부현, 네네) on an ordinary line is never touched.
 */
import { applyEdits, type Edit, type MappedText } from '../text/mapped-text.js';

/** Fewest doubled pairs a line needs before any of its words is undoubled. */
export const MIN_PAIRS = 3;

const HANGUL = /[\uAC00-\uD7A3]/;

export interface FakeBoldFix {
  /** 0-based index of the word in the input text. */
  readonly index: number;
  readonly original: string;
  readonly result: string;
}

/** The undoubled form of one word, or undefined when the word is not fake bold. */
export function undoubleWord(word: string): { result: string; pairs: number } | undefined {
  const chars = [...word];
  let i = 0;
  // Leading characters that are not Hangul (digits of "312억억") were not doubled.
  while (i < chars.length && !HANGUL.test(chars[i])) i++;
  const out = chars.slice(0, i);
  let pairs = 0;
  let singles = 0;
  while (i < chars.length) {
    if (i + 1 < chars.length && chars[i] === chars[i + 1] && HANGUL.test(chars[i])) {
      out.push(chars[i]);
      pairs++;
      i += 2;
    } else if (HANGUL.test(chars[i]) && (pairs === 0 ? singles === 0 : i === chars.length - 1 || !HANGUL.test(chars[i + 1]))) {
      // One undoubled syllable at the start of the run, or at its end.
      out.push(chars[i]);
      singles++;
      i++;
    } else if (!HANGUL.test(chars[i]) && pairs > 0) {
      // Trailing punctuation or digits after the doubled run stay as they are.
      out.push(...chars.slice(i));
      break;
    } else {
      return undefined;
    }
  }
  if (pairs === 0) return undefined;
  return { result: out.join(''), pairs };
}

/** Undouble the fake-bold words of one line of text. */
export function undoubleLine(value: MappedText): { value: MappedText; fixes: FakeBoldFix[] } {
  const candidates: Array<{ index: number; word: string; result: string; pairs: number }> = [];
  for (const match of value.text.matchAll(/\S+/g)) {
    const parsed = undoubleWord(match[0]);
    if (parsed) candidates.push({ index: match.index!, word: match[0], ...parsed });
  }
  const total = candidates.reduce((sum, candidate) => sum + candidate.pairs, 0);
  if (total < MIN_PAIRS) return { value, fixes: [] };
  const edits: Edit[] = [];
  const fixes: FakeBoldFix[] = [];
  for (const candidate of candidates) {
    edits.push(...wordEdits(candidate.index, candidate.word));
    fixes.push({ index: candidate.index, original: candidate.word, result: candidate.result });
  }
  return { value: applyEdits(value, edits), fixes };
}

// Delete the second syllable of each pair, so the kept one keeps its source offset.
function wordEdits(start: number, word: string): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  while (i < word.length && !HANGUL.test(word[i])) i++;
  while (i < word.length) {
    if (i + 1 < word.length && word[i] === word[i + 1] && HANGUL.test(word[i])) {
      edits.push({ start: start + i + 1, end: start + i + 2, insert: '' });
      i += 2;
    } else if (!HANGUL.test(word[i])) {
      break;
    } else i++;
  }
  return edits;
}
