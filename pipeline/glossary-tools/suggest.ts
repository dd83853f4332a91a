/**
 * Propose glossary entries for names the glossary lacks, filled from what the names stage read
 * (the tokenizer's reading, its romaji and standard Korean) and from where the name stands. A
 * proposal is a starting point for a person: its reading is unverified and its kind coarse.
 */
import type { SuggestedEntry } from '../consistency/types.js';
import type { GlossaryKind } from '../glossary/schema.js';
import { HANGUL, KATAKANA } from './field-patterns.js';

/** What a proposal is made from: the fields of a names-stage record it needs. */
export interface SuggestSource {
  readonly surface: string;
  readonly normalized: string;
  readonly kind: string;
  readonly reading: string;
  readonly romaji: string;
  readonly hangul: string;
  readonly written: { readonly text: string } | null;
  readonly source: { readonly line: number };
}

/** Glossary kind and id prefix for each names-stage kind; a place may be a prefecture, a city or an area, so `area` it is. */
const KINDS: Readonly<Record<string, { kind: GlossaryKind; prefix: string }>> = {
  person: { kind: 'person', prefix: 'person' },
  place: { kind: 'area', prefix: 'area' },
  organisation: { kind: 'organisation', prefix: 'org' },
  programme: { kind: 'programme', prefix: 'prog' },
  law: { kind: 'law', prefix: 'law' },
  term: { kind: 'term', prefix: 'term' },
};


/** A kebab-case id part from romaji: macrons dropped, anything else not a letter or digit a hyphen. */
export function slug(romaji: string): string {
  return romaji
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * One proposed entry for all occurrences of a name (`records` share `normalized`). `taken` holds
 * ids already in use; the proposal's id avoids them and is added to the set.
 */
export function suggestEntry(records: readonly SuggestSource[], taken: Set<string> = new Set()): SuggestedEntry {
  if (records.length === 0) throw new RangeError('suggestEntry needs at least one record');
  const first = records[0];
  const { kind, prefix } = KINDS[first.kind] ?? KINDS.term;
  const base = `${prefix}-${slug(first.romaji) || 'name'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  const surfaces = [...new Set(records.map((record) => record.surface.replace(/\s+/gu, '')))].filter((surface) => surface !== first.normalized);
  const written = [...new Set(records.flatMap((record) => (record.written ? [record.written.text] : [])))].filter(
    (text) => text.replace(/\s+/gu, '') !== first.hangul.replace(/\s+/gu, '') && HANGUL.test(text),
  );
  const lines = [...new Set(records.map((record) => record.source.line))].sort((a, b) => a - b);
  const unread = !KATAKANA.test(first.reading) || !HANGUL.test(first.hangul);
  const example = first.written ? `${first.written.text}(${first.surface})` : first.surface;
  return {
    id,
    kind,
    ja: first.normalized,
    ...(surfaces.length > 0 ? { variants: surfaces } : {}),
    reading: first.reading,
    romaji: first.romaji,
    ko: first.hangul,
    ...(written.length > 0 ? { nonstandard: written } : {}),
    notes: unread
      ? 'Suggested by kaikyo: the tokenizer could not read every character; fill in reading, romaji and ko.'
      : "Suggested by kaikyo from the tokenizer's reading, which nothing has confirmed; check reading, romaji, ko and kind.",
    sources: [`the paper, ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`],
    examples: [{ text: example, expect: first.surface }],
  };
}
