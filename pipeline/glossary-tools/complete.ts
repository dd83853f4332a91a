/**
 * Make a glossary entry from a plain termbase term: another tool's termbase has the Japanese and
 * Korean terms and at most romaji, a reading and a note, where a kaikyo entry also needs a
 * reading, romaji, kind, id and sources. What the term lacks kaikyo fills in from its own
 * transcription and says so in the entry's notes (the reading is the tokenizer's, unconfirmed),
 * and a term that cannot make a valid entry is skipped with the reason, never half-written.
 */
import { basename } from 'node:path';
import { GLOSSARY_KINDS, type GlossaryKind } from '../glossary/schema.js';
import type { GlossaryEntryData } from '../glossary/load.js';
import type { Transcription } from '../transcribe/transcribe.js';
import { HANGUL, KATAKANA, ROMAJI } from './field-patterns.js';
import { slug } from './suggest.js';

/** A term as a plain termbase gives it: one concept, the Korean forms in order of preference. */
export interface PlainTerm {
  /** 1-based line the term starts on. */
  readonly line: number;
  readonly ja: string;
  readonly variants: readonly string[];
  /** The standard Korean form first, then synonyms the termbase allows. */
  readonly ko: readonly string[];
  readonly nonstandard: readonly string[];
  readonly romaji?: string;
  readonly reading?: string;
  readonly notes: readonly string[];
  readonly kind?: string;
  readonly sources: readonly string[];
}

/** What completing a term gives: an entry, or the reason it was skipped. */
export type Completed = { readonly entry: GlossaryEntryData; readonly notes: string[] } | { readonly skip: string };

/** The transcriber (kaikyo's `transcribe`, or a stand-in in tests). */
export type Transcriber = (text: string) => Promise<Transcription>;

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Id prefixes the shipped glossary uses for kinds whose name is long. */
const PREFIX: Partial<Record<GlossaryKind, string>> = { prefecture: 'pref', organisation: 'org', programme: 'prog' };

function toKatakana(text: string): string {
  return text.replace(/[ぁ-ゖ]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}

/** One space between words, none at the ends. */
function tidy(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * The entry for `term`. `taken` holds ids in use (the target glossary's and this import's);
 * the new id avoids them and is added. `kind` is used when the term names none.
 */
export async function completeTerm(term: PlainTerm, context: { file: string; kind: GlossaryKind; taken: Set<string>; transcribe: Transcriber }): Promise<Completed> {
  const ja = tidy(term.ja);
  if (ja === '') return { skip: 'no Japanese term' };
  if (!JAPANESE.test(ja)) return { skip: `"${ja}" has no kanji or kana: not a Japanese term` };
  const [first, ...synonyms] = term.ko.map(tidy).filter((form) => form !== '');
  if (first === undefined) return { skip: `${ja}: no Korean term` };
  if (!HANGUL.test(first)) return { skip: `${ja}: the Korean term "${first}" is not Hangul words (the glossary's standard form is Hangul only)` };
  const notes: string[] = [];
  const keepHangul = (forms: readonly string[], what: string) =>
    forms.map(tidy).filter((form) => {
      if (HANGUL.test(form) && form !== first) return true;
      if (form !== first) notes.push(`${ja}: ${what} "${form}" left out (not Hangul words)`);
      return false;
    });
  const accepted = [...new Set(keepHangul(synonyms, 'Korean synonym'))];
  const nonstandard = [...new Set(keepHangul(term.nonstandard, 'deprecated Korean form'))].filter((form) => !accepted.includes(form));

  const kind = (term.kind && (GLOSSARY_KINDS as readonly string[]).includes(term.kind) ? term.kind : context.kind) as GlossaryKind;
  if (term.kind && kind !== term.kind) notes.push(`${ja}: kind "${term.kind}" is not a glossary kind; ${kind} used`);

  // Reading: the termbase's (kana), else kaikyo's transcription of the Japanese term.
  let computed: Transcription | undefined;
  let reading = term.reading ? tidy(toKatakana(term.reading)) : undefined;
  if (reading !== undefined && !KATAKANA.test(reading)) return { skip: `${ja}: the reading "${term.reading}" is not kana` };
  if (reading === undefined) {
    computed = await context.transcribe(ja);
    if (computed.words.some((word) => word.unread) || !KATAKANA.test(computed.reading)) return { skip: `${ja}: kaikyo cannot read every character; give a reading column` };
    reading = computed.reading;
  }
  let romaji = term.romaji ? tidy(term.romaji) : undefined;
  if (romaji !== undefined && !ROMAJI.test(romaji)) return { skip: `${ja}: the romaji "${term.romaji}" is not modified Hepburn letters` };
  if (romaji === undefined) {
    computed ??= await context.transcribe(reading);
    romaji = computed.romaji;
    if (!ROMAJI.test(romaji)) return { skip: `${ja}: kaikyo's romaji "${romaji}" is not valid; give a romaji column` };
  }

  const base = `${PREFIX[kind] ?? kind}-${slug(romaji) || 'term'}`;
  let id = base;
  for (let n = 2; context.taken.has(id); n++) id = `${base}-${n}`;
  context.taken.add(id);

  // Notes become sentences of one text: each ends with a full stop unless it has one.
  const said = term.notes.map(tidy).filter((note) => note !== '').map((note) => (/[.!?。．]$/u.test(note) ? note : `${note}.`));
  if (computed) said.push(`Imported from ${basename(context.file)}: reading and romaji by kaikyo's tokenizer, not confirmed; check them.`);
  const entry: GlossaryEntryData = {
    id,
    kind,
    ja,
    ...(term.variants.length > 0 ? { variants: [...new Set(term.variants.map(tidy))].filter((form) => form !== ja) } : {}),
    reading,
    ...(computed && computed.pronunciation !== reading && KATAKANA.test(computed.pronunciation) ? { pronunciation: computed.pronunciation } : {}),
    romaji,
    ko: first,
    ...(accepted.length > 0 ? { accepted } : {}),
    ...(nonstandard.length > 0 ? { nonstandard } : {}),
    ...(said.length > 0 ? { notes: said.join(' ') } : {}),
    sources: term.sources.length > 0 ? [...term.sources] : [`${basename(context.file)}, line ${term.line}`],
  } as GlossaryEntryData;
  if ((entry.variants ?? []).length === 0) delete (entry as { variants?: string[] }).variants;
  return { entry, notes };
}
