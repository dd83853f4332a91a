/**
 * Letter-spaced runs: headings, names and titles set with a space after every character
 * ("머 리 말", "이 동 필", "青 空 文 庫", "I S B N") come out of extraction as single characters
 * between spaces. Those spaces are typography, not word spaces.
 *
 * A run is found by shape only, and only where a word space is impossible:
 * - two or more single Han characters in a row (Korean prose never spaces one hanja from the
 *   next; a short number between them, "第 35 輯", belongs to the run, and a one-syllable
 *   particle or a "(" gloss right after it attaches: "青 空 文 庫 는", "青 空 文 庫 (아오조라문고)");
 * - three or more single Latin capitals ("I S B N"; two could be initials);
 * - two or more single Hangul syllables that make a whole unit: between the start of the text, a
 *   sentence stop or an opening bracket and the end, a stop, a closing bracket or a note mark.
 *   Inside a sentence, single-syllable words in a row ("그 후 몇 년") are real words and stay.
 * A Hangul run that opens with a byline role ("편 역 이 동 필 김 광 수") keeps a space after the
 * role and between names of the usual length (byline-cues.json).
 */
import { bylineCues } from './byline-cues.js';

/** One run and the spaces in it that are typography. */
export interface SpacedRun {
  /** 0-based start of the run's first character. */
  readonly start: number;
  /** 0-based end (exclusive) of the run, including an attached particle or gloss opener. */
  readonly end: number;
  /** 0-based indices of the spaces to remove. */
  readonly spaces: readonly number[];
  readonly script: 'han' | 'latin' | 'hangul';
}

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const HANGUL = /^\p{Script=Hangul}$/u;
const HAN = /^\p{Script=Han}$/u;
const CAPITAL = /^[A-Z]$/;
// A single syllable that ends a spaced name and carries a note mark: "흥*5)", "泳1)".
const MARKED = /^(\p{Script=Hangul}|\p{Script=Han})(?:[*†‡]+\d*\)?|\d{1,2}\))$/u;
// A label's separator glued to the last letter: "발 행 인︱김홍상", "I S B N︱979-…".
const LABEL_SEPARATORS = new Set(['︱', '|', '｜']);
const OPENERS = new Set(['.', '(', '<', '[', '【', '「', '『', '〈', '《', ':', '·', '|', '︱']);
const CLOSERS = new Set(['.', ')', '>', ']', '】', '」', '』', '〉', '》', ':', ',', '·', '|', '︱', '*']);

function tokens(text: string): Token[] {
  const result: Token[] = [];
  for (const match of text.matchAll(/[^ ]+/g)) result.push({ start: match.index!, end: match.index! + match[0].length, text: match[0] });
  return result;
}

const single = (token: Token, script: RegExp) => {
  const chars = [...token.text];
  return chars.length === 1 && script.test(chars[0]);
};

/**
 * How a token can end a run: one letter with a note mark ("흥*5)") or only closers after it
 * ("말.", "지>") is 'mark'; one letter with a label separator and its value ("인︱김홍상") is
 * 'label'.
 */
function endsRun(token: Token, script: RegExp): 'mark' | 'label' | undefined {
  const chars = [...token.text];
  if (chars.length < 2 || !script.test(chars[0])) return undefined;
  if (MARKED.test(token.text)) return 'mark';
  if (LABEL_SEPARATORS.has(chars[1])) return 'label';
  if (chars.slice(1).every((char) => CLOSERS.has(char))) return 'mark';
  return undefined;
}

/** The letter-spaced runs of `text` (one line or paragraph). */
export function letterSpacedRuns(text: string): SpacedRun[] {
  const list = tokens(text);
  const runs: SpacedRun[] = [];
  let i = 0;
  while (i < list.length) {
    const run = hanRun(list, i, text) ?? latinRun(list, i) ?? hangulRun(list, i, text);
    if (run) {
      runs.push(run.run);
      i = run.next;
    } else i++;
  }
  return runs;
}

/** Remove the typographic spaces of every run: the text, and the runs for the apparatus. */
export function joinLetterSpacing(text: string): { text: string; runs: SpacedRun[] } {
  const runs = letterSpacedRuns(text);
  if (runs.length === 0) return { text, runs };
  const drop = new Set(runs.flatMap((run) => run.spaces));
  let out = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return { text: out, runs };
}

function spacesBetween(list: readonly Token[], from: number, to: number): number[] {
  const spaces: number[] = [];
  for (let k = from; k < to; k++) {
    // Only a single space between two tokens is typography; a wider gap is layout.
    if (list[k + 1].start - list[k].end === 1) spaces.push(list[k].end);
  }
  return spaces;
}

function hanRun(list: readonly Token[], i: number, text: string): { run: SpacedRun; next: number } | undefined {
  if (!single(list[i], HAN)) return undefined;
  let j = i;
  let count = 1;
  while (j + 1 < list.length && list[j + 1].start - list[j].end === 1) {
    const next = list[j + 1];
    if (single(next, HAN) || MARKED.test(next.text)) {
      count++;
      j++;
      if (MARKED.test(next.text)) break;
    } else if (/^\d{1,3}$/.test(next.text) && j + 2 < list.length && single(list[j + 2], HAN)) j++;
    else break;
  }
  if (count < 2) return undefined;
  // A one-syllable particle or a gloss in parentheses right after the run belongs to it.
  let last = j;
  const after = list[j + 1];
  if (after && after.start - list[j].end === 1 && (single(after, HANGUL) || after.text.startsWith('('))) last = j + 1;
  const spaces = spacesBetween(list, i, last);
  void text;
  return { run: { start: list[i].start, end: list[last].end, spaces, script: 'han' }, next: last + 1 };
}

function latinRun(list: readonly Token[], i: number): { run: SpacedRun; next: number } | undefined {
  if (!single(list[i], CAPITAL)) return undefined;
  let j = i;
  while (j + 1 < list.length && list[j + 1].start - list[j].end === 1 && (single(list[j + 1], CAPITAL) || endsRun(list[j + 1], CAPITAL))) {
    j++;
    if (!single(list[j], CAPITAL)) break;
  }
  if (j - i + 1 < 3) return undefined;
  return { run: { start: list[i].start, end: list[j].end, spaces: spacesBetween(list, i, j), script: 'latin' }, next: j + 1 };
}

function hangulRun(list: readonly Token[], i: number, text: string): { run: SpacedRun; next: number } | undefined {
  if (!single(list[i], HANGUL)) return undefined;
  let j = i;
  let marked: 'mark' | 'label' | undefined;
  while (j + 1 < list.length && list[j + 1].start - list[j].end === 1) {
    const next = list[j + 1];
    if (single(next, HANGUL)) j++;
    else {
      marked = endsRun(next, HANGUL);
      if (marked) j++;
      break;
    }
  }
  if (j - i + 1 < 2) return undefined;
  // The run must start a unit (the text's start, after a stop or an opening bracket), unless it
  // is a form's label glued to its value ("발 행 인︱김홍상"), which no prose word is.
  const before = text.slice(0, list[i].start).trimEnd();
  if (marked !== 'label' && before && !OPENERS.has(before[before.length - 1])) return undefined;
  // …and end one: the text's end, a stop, a closing bracket or a note mark.
  if (!marked) {
    const rest = text.slice(list[j].end).trimStart();
    if (rest && !CLOSERS.has(rest[0])) return undefined;
  }
  const spaces = spacesBetween(list, i, j);
  return { run: { start: list[i].start, end: list[j].end, spaces: keepBylineSpaces(list, i, j, spaces), script: 'hangul' }, next: j + 1 };
}

/**
 * In a run that opens with a byline role ("편 역 …"), the spaces after the role and between
 * names of the usual length are word spaces: they stay.
 */
function keepBylineSpaces(list: readonly Token[], i: number, j: number, spaces: number[]): number[] {
  const cues = bylineCues();
  const syllables = list.slice(i, j + 1).map((token) => [...token.text][0]).join('');
  const role = cues.roles.map((word) => word.replace(/ /g, '')).find((word) => syllables.startsWith(word));
  if (!role) return spaces;
  const names = syllables.length - role.length;
  const keep = new Set<number>();
  keep.add(role.length); // boundary index k: the space before syllable k
  if (names >= 2 * cues.nameLength && names % cues.nameLength === 0) {
    for (let k = role.length + cues.nameLength; k < syllables.length; k += cues.nameLength) keep.add(k);
  }
  // spaces[m] is the space before syllable m + 1 of the run.
  return spaces.filter((_, m) => !keep.has(m + 1));
}
