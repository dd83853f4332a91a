/**
 * Small builders for consistency tests: glossary entries with defaults, a one-paragraph
 * edition over a text, and name records placed where their surface stands in the text.
 */
import type { Edition } from '../../pipeline/edition/edition.js';
import { createGlossary, type Glossary, type GlossaryEntry, type GlossaryEntryData } from '../../pipeline/glossary/load.js';
import type { NameRecord } from '../../pipeline/names/index.js';
import { sliceSource } from '../../pipeline/text/mapped-text.js';
import { LineIndex } from '../../pipeline/text/positions.js';

/** A loader-shaped entry from YAML-shaped data (lists defaulted). */
export function entry(data: Partial<GlossaryEntryData> & Pick<GlossaryEntryData, 'id' | 'ja' | 'reading' | 'ko'>): GlossaryEntry {
  return {
    kind: 'city',
    romaji: 'X',
    sources: ['test'],
    ...data,
    variants: data.variants ?? [],
    koBasis: data.koBasis ?? 'transcription',
    accepted: data.accepted ?? [],
    nonstandard: data.nonstandard ?? [],
    ambiguousWith: data.ambiguousWith ?? [],
    examples: data.examples ?? [],
    origin: { file: 'test.yaml', line: 1 },
  } as GlossaryEntry;
}

/** A glossary over entries given as YAML-shaped data. */
export function glossaryOf(entries: ReadonlyArray<Parameters<typeof entry>[0]>): Glossary {
  return createGlossary(entries.map(entry));
}

/** An edition whose only item is one paragraph holding all of `text`. */
export function tinyEdition(text: string): Edition {
  const paragraph = { text: sliceSource(text, 0, text.length), segments: [], joins: [], footnotes: [] };
  return { items: [{ type: 'paragraph', paragraph }], footnotes: [], apparatus: [], lastPage: 0, lines: new LineIndex(text) } as unknown as Edition;
}

/** What a test says about a name record. */
export interface NameSpec {
  readonly surface: string;
  readonly kind?: NameRecord['kind'];
  readonly citation?: boolean;
  /** Which occurrence of the surface (0-based); default the first. */
  readonly nth?: number;
}

/** A names-stage record for the nth occurrence of `spec.surface` in `text`, with the Hangul word before its parenthesis as `written`. */
export function record(text: string, spec: NameSpec): NameRecord {
  const lines = new LineIndex(text);
  let at = -1;
  for (let n = 0; n <= (spec.nth ?? 0); n++) at = text.indexOf(spec.surface, at + 1);
  if (at < 0) throw new Error(`${spec.surface} not in ${text}`);
  const end = at + spec.surface.length;
  const point = (offset: number) => ({ ...lines.point(offset), offset });
  let written: NameRecord['written'] = null;
  if (text[at - 1] === '(') {
    const word = /[\p{Script=Hangul}]+$/u.exec(text.slice(0, at - 1));
    if (word) written = { text: word[0], ...point(at - 1 - word[0].length) };
  }
  return {
    surface: spec.surface,
    normalized: spec.surface,
    kind: spec.kind ?? 'place',
    kindBasis: 'glossary',
    reading: 'テスト',
    romaji: 'Tesuto',
    hangul: '테스토',
    koBasis: 'transcription',
    readingSource: 'tokenizer',
    confidence: 'low',
    verified: false,
    glossaryId: null,
    written,
    citation: spec.citation ?? false,
    container: 'paragraph',
    tokens: [],
    corrected: false,
    source: { ...point(at), end: point(end) },
  };
}
