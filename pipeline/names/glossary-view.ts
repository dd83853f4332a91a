/**
 * What the names stage needs from the glossary (pipeline/glossary/load.ts), typed by shape so
 * that the stage also runs without one. The glossary has the last word on readings; its kinds
 * are finer than the names stage's and are mapped here.
 */
import type { Lookup, LookupResult } from '../transcribe/transcribe.js';

/** The fields of a glossary entry that the names stage reads (glossary/schema.json). */
export interface NameGlossaryEntry {
  readonly id: string;
  readonly kind: string;
  readonly ja: string;
  readonly variants?: readonly string[];
  /** Katakana, words separated by a space. */
  readonly reading: string;
  readonly pronunciation?: string;
  readonly romaji: string;
  /** Standard Korean. */
  readonly ko: string;
  readonly accepted?: readonly string[];
  readonly nonstandard?: readonly string[];
  readonly ambiguousWith?: readonly string[];
}

/**
 * The glossary's look-up by Japanese form (modern form or any variant). The loader may answer
 * with one entry or with every entry that shares the form (石川 the scholar and the prefecture).
 */
export interface NameGlossary {
  byJapanese(form: string): NameGlossaryEntry | readonly NameGlossaryEntry[] | undefined;
}

/** The kinds of names.json. */
export type NameKind = 'person' | 'place' | 'organisation' | 'programme' | 'law' | 'term';

const KIND_OF_GLOSSARY_KIND: Readonly<Record<string, NameKind>> = {
  person: 'person',
  region: 'place',
  prefecture: 'place',
  city: 'place',
  area: 'place',
  university: 'organisation',
  institute: 'organisation',
  organisation: 'organisation',
  ministry: 'organisation',
  bureau: 'organisation',
  programme: 'programme',
  project: 'programme',
  law: 'law',
  term: 'term',
};

/** The names-stage kind of a glossary kind (unknown kinds count as terms). */
export function nameKindOf(glossaryKind: string): NameKind {
  return KIND_OF_GLOSSARY_KIND[glossaryKind] ?? 'term';
}

/** Every entry for one of `forms` (first form that has any), as a list. */
export function entriesFor(glossary: NameGlossary | undefined, forms: readonly string[]): NameGlossaryEntry[] {
  if (!glossary) return [];
  for (const form of forms) {
    const found = glossary.byJapanese(form);
    if (found === undefined) continue;
    const list = Array.isArray(found) ? [...(found as readonly NameGlossaryEntry[])] : [found as NameGlossaryEntry];
    if (list.length > 0) return list;
  }
  return [];
}

/** What transcribe() takes from an entry: its reading and its romaji and standard Korean. */
export function lookupResult(entry: NameGlossaryEntry): LookupResult {
  return {
    reading: entry.reading,
    ...(entry.pronunciation ? { pronunciation: entry.pronunciation } : {}),
    romaji: entry.romaji,
    hangul: entry.ko,
  };
}

/**
 * A transcribe() lookup over the glossary. Where a form has several entries, the one whose kind
 * maps to `prefer` wins (石川 in a citation is the scholar), else the first. `used` collects the
 * entries the transcription drew on.
 */
export function glossaryLookup(glossary: NameGlossary, prefer?: NameKind, used?: NameGlossaryEntry[]): Lookup {
  return (surface) => {
    const entries = entriesFor(glossary, [surface]);
    if (entries.length === 0) return undefined;
    const entry = entries.find((candidate) => nameKindOf(candidate.kind) === prefer) ?? entries[0];
    used?.push(entry);
    return lookupResult(entry);
  };
}
