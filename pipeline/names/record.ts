/**
 * One occurrence of a Japanese name in names.json, and the file's stable serialisation. The
 * JSON Schema is schemas/names.schema.json; the README of this folder explains each field.
 */
import type { Container } from './texts.js';
import type { KindBasis } from './kind.js';
import type { KoBasis, NameKind } from './glossary-view.js';
import type { ResolveBasis } from './resolve.js';
import type { Confidence } from './choose-reading.js';

/** A place in the source: 1-based line and column (UTF-16 units), 0-based offset. */
export interface NamePoint {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** The author's own Korean rendering of the name, where it stands. */
export interface WrittenForm extends NamePoint {
  /** The Hangul before the parenthesis, a spurious space taken out (칸 사이 → 칸사이). */
  readonly text: string;
}

/** One token of the name, with IPADIC's part of speech. */
export interface NameToken {
  /** The author's characters of the token. */
  readonly surface: string;
  /** IPADIC part of speech and its details, joined with ',' (名詞,固有名詞,人名,姓). */
  readonly pos: string;
  /** The dictionary's katakana reading, or null for an unknown word. */
  readonly reading: string | null;
}

/**
 * Where the reading came from: the glossary, ENAMDICT (a listed reading the author's rendering
 * or the dictionary itself confirms), kuromoji's dictionary (a guess, unverified), or kana.
 */
export type ReadingSource = 'glossary' | 'dictionary' | 'tokenizer' | 'kana';

/** A word read by guess and the readings ENAMDICT lists for it. */
export interface ReadingCandidates {
  readonly surface: string;
  readonly readings: readonly string[];
}

/** One occurrence of a Japanese name, term or title in the document. */
export interface NameRecord {
  /** As the author wrote it: spurious spaces taken out, a family/given-name space kept. */
  readonly surface: string;
  /** Modern forms (關 → 関, 畫 → 画), no spaces, middle dots as ・. */
  readonly normalized: string;
  readonly kind: NameKind;
  /** What decided the kind. */
  readonly kindBasis: KindBasis;
  /** Katakana, words separated by a space. */
  readonly reading: string;
  /** Modified Hepburn. */
  readonly romaji: string;
  /** Standard Korean: a transcription (외래어 표기법), or the glossary's Korean name (see koBasis). */
  readonly hangul: string;
  /** What kind of Korean `hangul` is: transcription, sino-korean (경제산업성), translation, or mixed. */
  readonly koBasis: KoBasis;
  readonly readingSource: ReadingSource;
  /** How sure the reading is (see choose-reading.ts): a guess is low. */
  readonly confidence: Confidence;
  /** False exactly when the reading is the tokenizer's unconfirmed guess. */
  readonly verified: boolean;
  /** For words read by guess: ENAMDICT's readings when nothing chose among them. */
  readonly readingCandidates?: readonly ReadingCandidates[];
  /**
   * The glossary entry this occurrence is (the resolver's answer, pipeline/names/resolve.ts), or
   * null: a form the glossary does not know, or one that fits several entries and stays ambiguous.
   */
  readonly glossaryId: string | null;
  /** Every entry the written form fits, when there are several (glossary order). */
  readonly candidates?: readonly string[];
  /** What chose `glossaryId` among the candidates; absent when the context did not decide. */
  readonly resolvedBy?: ResolveBasis;
  /** The author's Korean rendering before the parenthesis, or null. */
  readonly written: WrittenForm | null;
  /** The name is cited as an author: (X, 2002) or X(2002). */
  readonly citation: boolean;
  /** Where in the edition it stands. */
  readonly container: Container;
  readonly tokens: readonly NameToken[];
  /** Some of its characters were restored or corrected by the edition (not in the raw source as such). */
  readonly corrected: boolean;
  /** Start of the name in the source, and the end (exclusive). */
  readonly source: NamePoint & { readonly end: NamePoint };
}

/**
 * A name the author wrote only in Hangul (카시와, 기후∙오가키, the rows of a table), found by the
 * consistency stage's scanner: no Japanese run (`surface` null), the author's form in `written`,
 * the entry it resolves to, and that entry's reading. `source` is the place of the Hangul.
 */
export type HangulNameRecord = Omit<NameRecord, 'surface' | 'written'> & {
  readonly surface: null;
  readonly written: WrittenForm;
};

/** One occurrence in names.json: a Japanese run, or a name written only in Hangul. */
export type NameOccurrence = NameRecord | HangulNameRecord;

/** Sort records by source position (then surface), the order of names.json. */
export function sortRecords<Record extends NameOccurrence>(records: readonly Record[]): Record[] {
  return [...records].sort(
    (a, b) =>
      a.source.offset - b.source.offset ||
      a.source.end.offset - b.source.end.offset ||
      compare(a.surface ?? '', b.surface ?? '') ||
      compare(a.glossaryId ?? '', b.glossaryId ?? '') ||
      compare(a.written?.text ?? '', b.written?.text ?? ''),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** names.json: `{ "names": [...] }`, sorted, two-space indentation, final newline. */
export function namesJson(records: readonly NameOccurrence[]): string {
  return `${JSON.stringify({ names: sortRecords(records) }, null, 2)}\n`;
}
