/**
 * What the names stage needs from the glossary (pipeline/glossary/load.ts), typed by shape so
 * that the stage also runs without one. The glossary has the last word on readings; its kinds
 * are finer than the names stage's and are mapped here.
 */
import type { GlossaryEntry } from '../glossary/schema.js';
import { foldKanjiForms } from '../transcribe/kanji-forms.js';
import type { Lookup, LookupResult } from '../transcribe/transcribe.js';

/** The fields of a glossary entry that the names stage reads (the loader's GlossaryEntry has them all). */
export type NameGlossaryEntry = Pick<GlossaryEntry, 'id' | 'kind' | 'ja' | 'reading' | 'pronunciation' | 'romaji' | 'ko'> &
  Partial<Pick<GlossaryEntry, 'variants' | 'accepted' | 'nonstandard' | 'ambiguousWith' | 'koBasis'>>;

/**
 * What kind of Korean a value is: a transcription of the Japanese (외래어 표기법), a Sino-Korean
 * reading of its characters (경제산업성), an established Korean form that is neither (the English
 * loanword 테크노폴리스), or a mix (도호쿠 경제산업국: a transcribed place and a read title).
 */
export type KoBasis = 'transcription' | 'sino-korean' | 'translation' | 'mixed';

const KO_BASIS: Readonly<Record<string, KoBasis>> = { transcription: 'transcription', hanja: 'sino-korean', loanword: 'translation', mixed: 'mixed' };

/** The names.json basis of an entry's ko (the glossary's koBasis, transcription by default). */
export function koBasisOf(entry: Pick<NameGlossaryEntry, 'koBasis'>): KoBasis {
  return KO_BASIS[entry.koBasis ?? 'transcription'] ?? 'transcription';
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

/** The key two Japanese forms are compared by: modern kanji, no spaces, one kind of middle dot. */
export function formKey(form: string): string {
  return foldKanjiForms(form.normalize('NFC').replace(/\s+/gu, '').replace(/[･∙·]/gu, '・')).text;
}

/**
 * What transcribe() may take from an entry for `form`. The entry's reading belongs to its ja
 * (and to old-form spellings of it) only: a suffixed variant (富山県) is read as the name plus
 * its suffix, an alias (地域再生・産業集積計画 of 産業クラスター計画) by the tokenizer. A short
 * form that begins a two-word name (加藤 of 加藤和暢, 一橋 of 一橋大学) reads as the first word,
 * with the romaji and Korean of that word where they split the same way.
 */
export function lookupResult(entry: NameGlossaryEntry, form: string = entry.ja): LookupResult | undefined {
  const key = formKey(form);
  const ja = formKey(entry.ja);
  if (key === ja) {
    return {
      reading: entry.reading,
      ...(entry.pronunciation ? { pronunciation: entry.pronunciation } : {}),
      romaji: entry.romaji,
      hangul: entry.ko,
    };
  }
  const reading = entry.reading.split(' ');
  if (key.length === 0 || !ja.startsWith(key) || reading.length !== 2) return undefined;
  const first = (value: string | undefined) => {
    const words = value?.split(' ');
    return words?.length === 2 ? words[0] : undefined;
  };
  const pronunciation = first(entry.pronunciation);
  const romaji = first(entry.romaji);
  const hangul = first(entry.ko);
  return { reading: reading[0], ...(pronunciation ? { pronunciation } : {}), ...(romaji ? { romaji } : {}), ...(hangul ? { hangul } : {}) };
}

/** Where a form stands, for deciding whether a person entry may apply to it. */
export interface FormContext {
  /** The occurrence is a citation: (加藤, 2002), 加藤(2002). */
  readonly citation?: boolean;
  /** The whole name the form is part of (a short form applies only as the whole of it). */
  readonly whole?: string;
}

/**
 * Whether `entry` may apply to an occurrence written `form`. A person entry matches the person
 * only: the full name as the glossary gives it (加藤和暢, 山崎 朗, old forms and spaces aside), or
 * the surname standing alone as a citation ((加藤, 2002)); an entry that knows only the surname
 * (小林, 石川) matches that surname standing alone. Never any text that merely holds the surname:
 * 加藤博 is not 加藤和暢, 山崎賢人 and 大山崎 are not 山崎朗, 小林一茶 and 奥松原 are not the cited
 * 小林 and 松原. Entries of other kinds apply wherever their form stands.
 */
export function entryApplies(entry: Pick<NameGlossaryEntry, 'kind' | 'ja' | 'reading'>, form: string, context: FormContext = {}): boolean {
  if (entry.kind !== 'person') return true;
  const key = formKey(form);
  const ja = formKey(entry.ja);
  const alone = context.whole === undefined || formKey(context.whole) === key;
  // An entry that knows only the surname (its reading is one word) is that surname standing
  // alone; which of its namesakes it is, the resolver decides from the context.
  if (key === ja) return alone || entry.reading.trim().split(/\s+/u).length >= 2;
  return context.citation === true && ja.startsWith(key) && alone;
}

/**
 * A transcribe() lookup over the glossary. Where a form has several entries, the one whose kind
 * maps to `prefer` wins (石川 in a citation is the scholar), else the first. `used` collects the
 * entries the transcription drew on. `context` says where the name stands, so that a person's
 * surname reading serves that person only (entryApplies).
 */
export function glossaryLookup(glossary: NameGlossary, prefer?: NameKind, used?: NameGlossaryEntry[], context: FormContext = {}): Lookup {
  return (surface) => {
    const entries = entriesFor(glossary, [surface]).filter((entry) => entryApplies(entry, surface, context));
    const ordered = [...entries.filter((entry) => nameKindOf(entry.kind) === prefer), ...entries.filter((entry) => nameKindOf(entry.kind) !== prefer)];
    for (const entry of ordered) {
      const result = lookupResult(entry, surface);
      if (result) {
        used?.push(entry);
        return result;
      }
    }
    return undefined;
  };
}
