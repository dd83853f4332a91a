/**
 * Judge one Korean form of a name: the standard, an accepted form, a nonstandard rendering of
 * the same reading (with the kinds of deviation), or a form that follows another reading.
 */
import type { GlossaryEntry } from '../glossary/load.js';
import { sinoKoreanReading } from '../names/sino-korean.js';
import { markLongVowels } from '../transcribe/long-vowels.js';
import { parseMorae } from '../transcribe/morae.js';
import { alignForm, alignWith, type Alignment } from './deviation.js';
import { transcribedLead } from './variants.js';
import { formKey } from './matcher.js';
import type { DeviationKind } from './types.js';

/** The verdict on one form. */
export type Verdict =
  | { readonly status: 'standard' | 'accepted'; readonly target: string }
  | { readonly status: 'nonstandard'; readonly target: string; readonly kinds: readonly DeviationKind[] }
  | { readonly status: 'mismatch' };

const longCache = new WeakMap<GlossaryEntry, boolean>();

/** Whether the entry's reading has a long vowel (from its pronunciation, else the spelling heuristic). */
export function hasLongVowel(entry: GlossaryEntry): boolean {
  let long = longCache.get(entry);
  if (long === undefined) {
    try {
      long = markLongVowels(parseMorae(entry.reading), entry.pronunciation).some((word) => word.some((mora) => mora.long === true));
    } catch {
      long = true;
    }
    longCache.set(entry, long);
  }
  return long;
}

/**
 * Judge `form` against the entries it may belong to (one entry, or every entry of an
 * unresolved group). The closest target over all of them wins.
 */
export function judgeForm(form: string, entries: readonly GlossaryEntry[]): Verdict {
  const key = formKey(form);
  for (const entry of entries) if (formKey(entry.ko) === key) return { status: 'standard', target: entry.ko };
  for (const entry of entries) {
    const accepted = entry.accepted.find((candidate) => formKey(candidate) === key);
    if (accepted !== undefined) return { status: 'accepted', target: accepted };
    // A customary Korean hanja reading (동경 for 東京) is legitimate even when not listed.
    if (sinoKoreanReading(entry.ja) === key) return { status: 'accepted', target: key };
  }
  let best: Alignment | undefined;
  for (const entry of entries) {
    // The transcribed lead alone (히토쓰바시 of 히토쓰바시대학) is a short form of the name.
    const lead = transcribedLead(entry);
    const alignment = alignForm(form, [entry.ko, ...entry.accepted, ...(lead ? [lead] : [])], { longVowels: hasLongVowel(entry) });
    if (alignment && (!best || alignment.cost < best.cost)) best = alignment;
  }
  if (!best) return wordingOrMismatch(form, entries);
  const kinds = best.kinds.filter((kind) => kind !== 'partial-form');
  // Leaving out whole words (가토 for 가토 가즈노부) is a short form, not a deviation.
  if (kinds.length === 0) return { status: 'accepted', target: best.target };
  return { status: 'nonstandard', target: best.target, kinds };
}

/**
 * A form that aligns with no target: when the entry is not a pure transcription and the form
 * starts with a rendering of its transcribed lead (or the entry has no reading-based part at
 * all: 경제산업성), the difference is in the wording, not the reading. Otherwise the form
 * follows another reading (카네자와, 후쿠야마현립대).
 */
function wordingOrMismatch(form: string, entries: readonly GlossaryEntry[]): Verdict {
  const key = formKey(form);
  for (const entry of entries) {
    if (entry.koBasis === 'transcription') continue;
    const lead = transcribedLead(entry);
    if (lead === undefined) {
      if (entry.koBasis === 'hanja' || entry.koBasis === 'loanword') return { status: 'nonstandard', target: entry.ko, kinds: ['wording'] };
      continue;
    }
    let best: Alignment | undefined;
    for (let end = 2; end < key.length; end++) {
      const alignment = alignWith(key.slice(0, end), lead, { partial: false, longVowels: hasLongVowel(entry) });
      if (alignment && (!best || alignment.cost < best.cost)) best = alignment;
    }
    if (best) return { status: 'nonstandard', target: entry.ko, kinds: [...new Set<DeviationKind>([...best.kinds, 'wording'])].sort() };
  }
  return { status: 'mismatch' };
}

/**
 * How a form spells the representative's standard form, character by character (null where it
 * leaves a word out), after taking off a Korean suffix the standard does not have (후쿠야마현 →
 * 후쿠야마). Undefined when it does not follow the standard's reading. Two forms with
 * compatible spellings write the name the same way.
 */
export function spellingOf(form: string, standard: string, suffixes: readonly string[]): readonly (string | null)[] | undefined {
  const key = formKey(form);
  const direct = alignWith(key, standard);
  if (direct) return direct.spelling;
  for (const suffix of suffixes) {
    if (key.length > suffix.length && key.endsWith(suffix)) {
      const stripped = alignWith(key.slice(0, -suffix.length), standard);
      if (stripped) return stripped.spelling;
    }
  }
  return undefined;
}

/** The form without a trailing Korean suffix, for grouping forms that follow no reading. */
export function stripSuffix(form: string, suffixes: readonly string[]): string {
  const key = formKey(form);
  for (const suffix of suffixes) if (key.length > suffix.length && key.endsWith(suffix)) return key.slice(0, -suffix.length);
  return key;
}

/** True when two spellings agree wherever both write something, and overlap somewhere. */
export function compatible(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  let overlap = false;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === null || b[i] === null) continue;
    if (a[i] !== b[i]) return false;
    overlap = true;
  }
  return overlap;
}
