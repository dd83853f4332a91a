/**
 * Corrections of characters the extraction lost or garbled. Two sources:
 * - per-document data (corpus/<doc>/corrections.yaml): an exact `find` string, its `replace`,
 *   the expected number of occurrences and the reason; a count that does not match is
 *   reported, so a changed source never gets a correction silently applied in the wrong place;
 * - general rules that hold for any paper (a hyphen after katakana is the long-vowel mark).
 * Only the characters that differ between find and replace are edited, so unchanged
 * characters keep their source offsets.
 */
import { applyEdits, type Edit, type MappedText } from '../text/mapped-text.js';

export interface CorrectionRule {
  readonly find: string;
  readonly replace: string;
  /** How many times `find` occurs in the document's segments. */
  readonly count: number;
  readonly reason: string;
}

/** One applied correction, for the apparatus. */
export interface AppliedCorrection {
  readonly ruleId: string;
  /** 0-based source offset of the first changed unit (or of the place of an insertion). */
  readonly offset: number;
  readonly original: string;
  readonly result: string;
  readonly reason: string;
}

/**
 * The smallest set of edits turning `find` into `replace`, from a longest common subsequence
 * of their characters: "地域科 技術施策推進委員 " → "地域科學技術施策推進委員會" is two one-character
 * edits, not one long one, so the unchanged characters keep their source offsets.
 *
 * The common prefix and suffix are taken off first, so the quadratic table covers only the part
 * that differs; when even that part is large (more than MAX_TABLE cells, a pathological entry
 * rather than a lost character), it becomes one edit instead of exhausting memory.
 */
export function diffEdits(find: string, replace: string): Array<{ start: number; end: number; insert: string }> {
  const whole = [...find];
  const target = [...replace];
  let head = 0;
  while (head < whole.length && head < target.length && whole[head] === target[head]) head++;
  let tail = 0;
  while (tail < whole.length - head && tail < target.length - head && whole[whole.length - 1 - tail] === target[target.length - 1 - tail]) tail++;
  const a = whole.slice(head, whole.length - tail);
  const b = target.slice(head, target.length - tail);
  const base = whole.slice(0, head).join('').length; // UTF-16 offset of a[0] in `find`
  if (a.length === 0 && b.length === 0) return [];
  if ((a.length + 1) * (b.length + 1) > MAX_TABLE) return [{ start: base, end: base + a.join('').length, insert: b.join('') }];
  // lengths[i][j]: LCS length of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const edits: Array<{ start: number; end: number; insert: string }> = [];
  let i = 0;
  let j = 0;
  let unitsA = base; // UTF-16 offset of a[i] in `find`
  let pending: { start: number; end: number; insert: string } | undefined;
  const flush = () => {
    if (pending) edits.push(pending);
    pending = undefined;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      unitsA += a[i].length;
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lengths[i][j + 1] >= lengths[i + 1][j])) {
      pending ??= { start: unitsA, end: unitsA, insert: '' };
      pending.insert += b[j];
      j++;
    } else {
      pending ??= { start: unitsA, end: unitsA, insert: '' };
      unitsA += a[i].length;
      pending.end = unitsA;
      i++;
    }
  }
  flush();
  return edits;
}

/** Cells of the LCS table beyond which a correction's differing part is one edit. */
const MAX_TABLE = 1_000_000;

/**
 * Apply the document's correction rules to one piece of text. Returns the new text, the
 * applied corrections and, per rule, how many times it matched (to check `count`).
 */
export function applyCorrectionRules(
  value: MappedText,
  rules: readonly CorrectionRule[],
): { value: MappedText; applied: AppliedCorrection[]; matches: number[] } {
  const edits: Edit[] = [];
  const applied: AppliedCorrection[] = [];
  const matches = rules.map(() => 0);
  // Units already taken by an earlier match: checking a match costs its own length, where
  // comparing it with every earlier match was quadratic in the matches of a line.
  const taken = new Uint8Array(value.text.length);
  rules.forEach((rule, ruleIndex) => {
    let ruleEdits: ReturnType<typeof diffEdits> | undefined;
    let at = value.text.indexOf(rule.find);
    while (at >= 0) {
      const end = at + rule.find.length;
      if (taken.subarray(at, end).indexOf(1) < 0) {
        matches[ruleIndex]++;
        taken.fill(1, at, end);
        ruleEdits ??= diffEdits(rule.find, rule.replace);
        for (const edit of ruleEdits) {
          edits.push({ start: at + edit.start, end: at + edit.end, insert: edit.insert });
          applied.push({
            ruleId: 'lost-character',
            offset: sourceOffsetAt(value, at + edit.start),
            original: value.text.slice(at + edit.start, at + edit.end),
            result: edit.insert,
            reason: rule.reason,
          });
        }
      }
      at = value.text.indexOf(rule.find, at + 1);
    }
  });
  return { value: applyEdits(value, edits), applied, matches };
}

// A hyphen-minus or hyphen between katakana and a following kana or kanji cannot be a hyphen
// in Japanese: it is the long-vowel mark ー that the extraction flattened.
const KATAKANA_HYPHEN = /(?<=[\u30A1-\u30FA])[-\u2010\u2011\uFF0D](?=[\u3041-\u30FF\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF])/g;

/** General correction rules that need no per-document data. */
export function applyGeneralRules(value: MappedText): { value: MappedText; applied: AppliedCorrection[] } {
  const edits: Edit[] = [];
  const applied: AppliedCorrection[] = [];
  for (const match of value.text.matchAll(KATAKANA_HYPHEN)) {
    const at = match.index!;
    edits.push({ start: at, end: at + 1, insert: 'ー' });
    applied.push({
      ruleId: 'katakana-long-mark',
      offset: sourceOffsetAt(value, at),
      original: match[0],
      result: 'ー',
      reason: 'a hyphen after katakana is the long-vowel mark ー flattened by the extraction',
    });
  }
  return { value: applyEdits(value, edits), applied };
}

/** 0-based offsets in `value.text` of every U+FFFD left after corrections. */
export function replacementCharacters(value: MappedText): number[] {
  const found: number[] = [];
  for (let i = value.text.indexOf('\uFFFD'); i >= 0; i = value.text.indexOf('\uFFFD', i + 1)) found.push(i);
  return found;
}

function sourceOffsetAt(value: MappedText, index: number): number {
  for (let i = index; i < value.text.length; i++) if (value.offsets[i] >= 0) return value.offsets[i];
  for (let i = index - 1; i >= 0; i--) if (value.offsets[i] >= 0) return value.offsets[i] + 1;
  return -1;
}
