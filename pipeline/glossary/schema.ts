/**
 * Types of the glossary: what glossary/*.yaml holds (GlossaryEntryData, checked by
 * glossary/schema.json) and what the loader hands out (GlossaryEntry, lists defaulted, origin added).
 */

/** Every kind an entry can have; the schema's `kind` enum says the same. */
export const GLOSSARY_KINDS = [
  'region',
  'prefecture',
  'city',
  'area',
  'university',
  'institute',
  'organisation',
  'ministry',
  'bureau',
  'person',
  'programme',
  'project',
  'law',
  'term',
] as const;

/** What an entry names. */
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/**
 * How `ko` renders the name: `transcription` by 외래어 표기법 (place and person names), `hanja` by
 * Korean readings of the kanji (경제산업성), `mixed` when the proper part is transcribed and the
 * rest read (규슈대학), `loanword` when Korean spells the source-language word (테크노폴리스).
 */
export type KoBasis = 'transcription' | 'hanja' | 'mixed' | 'loanword';

/** A spec that runs as a test: in `text`, `expect` is a form of this entry. */
export interface GlossaryExample {
  readonly text: string;
  readonly expect: string;
}

/** Where an entry starts: the file as the loader was given it, and the 1-based line of its first field. */
export interface GlossaryOrigin {
  readonly file: string;
  readonly line: number;
}

/** One entry as written in YAML; optional lists default to empty. */
export interface GlossaryEntryData {
  id: string;
  kind: GlossaryKind;
  ja: string;
  variants?: string[];
  reading: string;
  pronunciation?: string;
  romaji: string;
  ko: string;
  koBasis?: KoBasis;
  accepted?: string[];
  nonstandard?: string[];
  ambiguousWith?: string[];
  notes?: string;
  sources: string[];
  examples?: GlossaryExample[];
}

/** One entry as the loader returns it. */
export interface GlossaryEntry {
  /** Stable kebab-case id, unique across all glossary files. */
  readonly id: string;
  readonly kind: GlossaryKind;
  /** The modern Japanese form. */
  readonly ja: string;
  /** Old, Korean-only, suffixed or alias Japanese forms. */
  readonly variants: readonly string[];
  /** Katakana in ordinary kana spelling; a space separates words. */
  readonly reading: string;
  /** Katakana with ー for true long vowels as IPADIC writes it; absent when identical to `reading`. */
  readonly pronunciation?: string;
  /** Modified Hepburn with macrons. */
  readonly romaji: string;
  /** The standard Korean form. */
  readonly ko: string;
  /** How `ko` renders the name; `transcription` when the YAML says nothing. */
  readonly koBasis: KoBasis;
  /** Other legitimate Korean forms (customary hanja readings, suffixed forms). */
  readonly accepted: readonly string[];
  /** Korean forms that deviate from the standard. */
  readonly nonstandard: readonly string[];
  /** Ids of entries that legitimately share a Japanese form with this one. */
  readonly ambiguousWith: readonly string[];
  readonly notes?: string;
  readonly sources: readonly string[];
  readonly examples: readonly GlossaryExample[];
  readonly origin: GlossaryOrigin;
}

/** How a Korean form relates to an entry. */
export type KoreanStatus = 'standard' | 'accepted' | 'nonstandard';

/** The loaded glossary: entries in file order (files sorted by name), with lookups. */
export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  /** The entry with this id. */
  byId(id: string): GlossaryEntry | undefined;
  /** Entries whose `ja` or a variant is `form` (NFC, whitespace ignored). */
  byJapanese(form: string): readonly GlossaryEntry[];
  /** Entries whose `ko`, an accepted or a nonstandard form is `form` (NFC, whitespace ignored). */
  byKorean(form: string): readonly GlossaryEntry[];
}
