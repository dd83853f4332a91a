/**
 * Corrections of characters the extraction lost or garbled. Two sources:
 * - per-document data (corpus/<doc>/corrections.yaml): an exact `find` string, its `replace`,
 *   the expected number of occurrences and the reason; a count that does not match is
 *   reported, so a changed source never gets a correction silently applied in the wrong place;
 * - general rules that hold for any paper (a hyphen after katakana is the long-vowel mark).
 * Only the differing middle of find/replace is edited, so unchanged characters keep their
 * source offsets.
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

/** Minimal edit turning `find` into `replace`: the common prefix and suffix stay. */
export function minimalEdit(find: string, replace: string): { start: number; end: number; insert: string } {
  let prefix = 0;
  while (prefix < find.length && prefix < replace.length && find[prefix] === replace[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < find.length - prefix &&
    suffix < replace.length - prefix &&
    find[find.length - 1 - suffix] === replace[replace.length - 1 - suffix]
  ) suffix++;
  return { start: prefix, end: find.length - suffix, insert: replace.slice(prefix, replace.length - suffix) };
}

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
  const taken: Array<[number, number]> = [];
  rules.forEach((rule, ruleIndex) => {
    let at = value.text.indexOf(rule.find);
    while (at >= 0) {
      const end = at + rule.find.length;
      if (!taken.some(([start, stop]) => at < stop && end > start)) {
        matches[ruleIndex]++;
        taken.push([at, end]);
        const edit = minimalEdit(rule.find, rule.replace);
        edits.push({ start: at + edit.start, end: at + edit.end, insert: edit.insert });
        applied.push({
          ruleId: 'lost-character',
          offset: sourceOffsetAt(value, at + edit.start),
          original: value.text.slice(at + edit.start, at + edit.end),
          result: edit.insert,
          reason: rule.reason,
        });
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
