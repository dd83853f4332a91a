/**
 * Find Korean renderings of glossary names in Hangul text, with or without kanji next to them:
 * every standard, accepted and nonstandard form of every entry, plus the likely renderings
 * generated from its reading (variants.ts). Matching ignores spaces and middle dots (the
 * extraction breaks words: 이시카 와), needs a word start on the left, and lets anything follow
 * on the right, so particles and suffixes stay attached (도호쿠에서, 토야마현). A form that is
 * also an ordinary Korean word (기후, 나라) counts only with a name cue after it (cues.json).
 *
 * Build the matcher once per glossary (it indexes a few thousand forms) and scan every text.
 */
import type { Glossary, GlossaryEntry } from '../glossary/load.js';
import type { MappedText } from '../text/mapped-text.js';
import { defaultScanCues, type ScanCues } from './cues.js';
import { isSyllable } from './jamo.js';
import type { DeviationKind } from './types.js';
import { likelyRenderings } from './variants.js';

/** How a matched form relates to an entry. */
export type FormStatus = 'standard' | 'accepted' | 'nonstandard' | 'generated';

/** One entry a matched form belongs to. */
export interface FormHit {
  readonly entry: GlossaryEntry;
  readonly status: FormStatus;
  /** For generated forms: the deviations they were generated with. */
  readonly kinds?: readonly DeviationKind[];
}

/** A form found in a text. */
export interface KoreanMatch {
  /** 0-based index in the scanned text of the first unit (inclusive). */
  readonly start: number;
  /** 0-based index after the last unit (exclusive). */
  readonly end: number;
  /** The form's key: NFC, no spaces or middle dots. */
  readonly key: string;
  /** The text as it stands between start and end. */
  readonly text: string;
  /** The entries with this form, each with the longest form it has at this start. */
  readonly hits: readonly FormHit[];
}

/** Options of createKoreanMatcher. */
export interface MatcherOptions {
  readonly cues?: ScanCues;
  /**
   * Ordinary Korean words (a dictionary word list). A glossary form among them needs a name cue;
   * a generated form among them is dropped. Absent: no form is treated as a word.
   */
  readonly words?: { has(word: string): boolean };
  /** Also look for renderings generated from readings. Default true. */
  readonly generate?: boolean;
}

/** A matcher built over one glossary. */
export interface KoreanMatcher {
  /** Every match in `text`, sorted by start, then longer first. */
  scan(text: MappedText | string): KoreanMatch[];
  /** Number of distinct form keys indexed. */
  readonly size: number;
}

const IGNORED = /[\s・･∙·]/u;

/** The key a Korean form is matched by: NFC, spaces and middle dots removed. */
export function formKey(form: string): string {
  return [...form.normalize('NFC')].filter((char) => !IGNORED.test(char)).join('');
}

export interface IndexedForm {
  readonly key: string;
  readonly hits: FormHit[];
  readonly needsCue: boolean;
}

/** Build a matcher over every entry of `glossary`. */
export function createKoreanMatcher(glossary: Pick<Glossary, 'entries'>, options: MatcherOptions = {}): KoreanMatcher {
  return matcherOver(indexForms(glossary, options), options.cues ?? defaultScanCues());
}

/** The indexed forms of a glossary: what createKoreanMatcher builds before it can scan. */
export type FormIndex = ReadonlyMap<string, IndexedForm>;

/** Every form of every entry (listed and, unless turned off, generated), by key. */
export function indexForms(glossary: Pick<Glossary, 'entries'>, options: MatcherOptions = {}): FormIndex {
  const words = options.words;
  const forms = new Map<string, IndexedForm>();
  const add = (entry: GlossaryEntry, form: string, status: FormStatus, kinds?: readonly DeviationKind[]) => {
    const key = formKey(form);
    // One syllable is too short to tell a name from a word; Latin-only forms are not Korean renderings.
    if ([...key].length < 2 || ![...key].some(isSyllable)) return;
    // The dictionary also lists foreign names (홋카이도) and Korean readings of Japanese terms
    // (수도권); only a short form read from Japanese is an ordinary word by accident (기후, 나라).
    const isWord = (words?.has(key) ?? false) && [...key].length <= 2 && entry.koBasis !== 'hanja';
    if (status === 'generated' && isWord) return;
    let indexed = forms.get(key);
    if (!indexed) {
      indexed = { key, hits: [], needsCue: isWord };
      forms.set(key, indexed);
    }
    // Listed forms outrank generated ones for the same entry.
    const existing = indexed.hits.findIndex((hit) => hit.entry.id === entry.id);
    if (existing >= 0) {
      if (indexed.hits[existing].status === 'generated' && status !== 'generated') indexed.hits[existing] = { entry, status };
      return;
    }
    indexed.hits.push(kinds ? { entry, status, kinds } : { entry, status });
  };
  for (const entry of glossary.entries) {
    add(entry, entry.ko, 'standard');
    for (const form of entry.accepted) add(entry, form, 'accepted');
    for (const form of entry.nonstandard) add(entry, form, 'nonstandard');
  }
  if (options.generate !== false) {
    for (const entry of glossary.entries) for (const variant of likelyRenderings(entry)) add(entry, variant.text, 'generated', variant.kinds);
  }
  return forms;
}

/** A form index as plain data (entries by id), to keep in a cache. */
export type FormIndexData = Array<[key: string, needsCue: boolean, hits: Array<[id: string, status: FormStatus, kinds?: readonly DeviationKind[]]>]>;

export function formIndexToData(index: FormIndex): FormIndexData {
  return [...index.values()].map((form) => [form.key, form.needsCue, form.hits.map((hit) => (hit.kinds ? [hit.entry.id, hit.status, hit.kinds] : [hit.entry.id, hit.status]))]);
}

/** The index back from {@link formIndexToData} over the same glossary; undefined when an id is unknown. */
export function formIndexFromData(data: FormIndexData, glossary: Pick<Glossary, 'entries'>): FormIndex | undefined {
  const byId = new Map(glossary.entries.map((entry) => [entry.id, entry]));
  const forms = new Map<string, IndexedForm>();
  for (const [key, needsCue, hits] of data) {
    const resolved: FormHit[] = [];
    for (const [id, status, kinds] of hits) {
      const entry = byId.get(id);
      if (!entry) return undefined;
      resolved.push(kinds ? { entry, status, kinds } : { entry, status });
    }
    forms.set(key, { key, hits: resolved, needsCue });
  }
  return forms;
}

/** A matcher over an index: forms grouped by first unit, longest first. */
export function matcherOver(forms: FormIndex, cues: ScanCues = defaultScanCues()): KoreanMatcher {
  const byFirst = new Map<string, IndexedForm[]>();
  for (const form of forms.values()) {
    const first = form.key[0];
    const list = byFirst.get(first) ?? [];
    list.push(form);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
  return { scan: (text) => scan(typeof text === 'string' ? text : text.text, byFirst, cues), size: forms.size };
}

function scan(text: string, byFirst: ReadonlyMap<string, IndexedForm[]>, cues: ScanCues): KoreanMatch[] {
  // The compact text: every unit that is not a space or middle dot, with its index in `text`.
  const compact: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (IGNORED.test(text[i])) continue;
    compact.push(text[i]);
    at.push(i);
  }
  const joined = compact.join('');
  const matches: KoreanMatch[] = [];
  for (let p = 0; p < compact.length; p++) {
    const candidates = byFirst.get(compact[p]);
    if (!candidates) continue;
    const start = at[p];
    // A name starts a word: nothing Hangul right before it.
    if (start > 0 && isSyllable(text[start - 1])) continue;
    const found: Array<{ form: IndexedForm; end: number }> = [];
    for (const form of candidates) {
      if (!joined.startsWith(form.key, p)) continue;
      const end = at[p + form.key.length - 1] + 1;
      if (form.needsCue && !hasCue(text, end, cues)) continue;
      found.push({ form, end });
    }
    // Per entry, the longest form at this start (도쿠시마현 over 도쿠시마).
    const seen = new Set<string>();
    for (const { form, end } of found) {
      const hits = form.hits.filter((hit) => !seen.has(hit.entry.id));
      if (hits.length === 0) continue;
      for (const hit of hits) seen.add(hit.entry.id);
      matches.push({ start, end, key: form.key, text: text.slice(start, end), hits });
    }
  }
  return dropNestedSameEntry(matches);
}

/** True when a name cue follows `end` (spaces skipped). */
function hasCue(text: string, end: number, cues: ScanCues): boolean {
  const rest = text.slice(end).replace(/^\s+/u, '');
  return rest === '' ? false : cues.followers.some((cue) => rest.startsWith(cue));
}

/** A match inside a longer match of the same entry says nothing new (타카오카클러스터 in 토야마∙타카오카클러스터). */
function dropNestedSameEntry(matches: KoreanMatch[]): KoreanMatch[] {
  const out: KoreanMatch[] = [];
  for (const match of matches) {
    const hits = match.hits.filter(
      (hit) =>
        !matches.some(
          (other) =>
            other !== match &&
            other.start <= match.start &&
            other.end >= match.end &&
            other.end - other.start > match.end - match.start &&
            other.hits.some((outer) => outer.entry.id === hit.entry.id),
        ),
    );
    if (hits.length > 0) out.push(hits.length === match.hits.length ? match : { ...match, hits });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
