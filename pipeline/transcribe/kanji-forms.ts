/**
 * Fold old and Korean-only kanji forms (關 廣 德 靑 …) to modern Japanese forms so that IPADIC
 * can read them. The folded string is for the tokenizer only: the edition keeps the author's
 * characters, and the offset map leads every folded unit back to the original.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultGlossaryDir } from '../glossary/default-dir.js';
import type { MappedText } from '../text/mapped-text.js';

/** A bad line in the kanji-forms table; the message names the file and 1-based line. */
export class KanjiFormsError extends Error {
  constructor(
    readonly file: string,
    /** 1-based line number. */
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'KanjiFormsError';
  }
}

/** One row of glossary/kanji-forms.tsv. */
export interface KanjiForm {
  readonly old: string;
  readonly modern: string;
  readonly note: string;
  /** 1-based line in the file, for messages. */
  readonly line: number;
}

const HEADER = ['old_or_variant', 'modern', 'note'];

/**
 * Parse and validate the TSV text. `#` lines and blank lines are skipped; the first other line
 * must be the header. Each row needs exactly one code point per form, a form that NFC leaves
 * alone (compatibility ideographs are NFC's job), old ≠ modern, no duplicate old form, and no
 * chain (a modern form that is itself folded). Throws KanjiFormsError on the first bad line.
 */
export function parseKanjiForms(text: string, file: string): Map<string, KanjiForm> {
  const forms = new Map<string, KanjiForm>();
  let headerSeen = false;
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1; // 1-based for people
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (!headerSeen) {
      if (cells.join('\t') !== HEADER.join('\t')) throw new KanjiFormsError(file, line, `expected header "${HEADER.join('\\t')}"`);
      headerSeen = true;
      continue;
    }
    if (cells.length !== 3) throw new KanjiFormsError(file, line, `expected 3 tab-separated columns, found ${cells.length}`);
    const [old, modern, note] = cells;
    for (const [name, value] of [['old_or_variant', old], ['modern', modern]] as const) {
      if ([...value].length !== 1) throw new KanjiFormsError(file, line, `${name} must be one character, found "${value}"`);
      if (value.normalize('NFC') !== value) throw new KanjiFormsError(file, line, `${name} "${value}" changes under NFC; list the NFC form`);
    }
    if (old === modern) throw new KanjiFormsError(file, line, `"${old}" folds to itself`);
    if (note.trim() === '') throw new KanjiFormsError(file, line, 'note is empty; say where the pair comes from');
    const earlier = forms.get(old);
    if (earlier) throw new KanjiFormsError(file, line, `"${old}" already listed on line ${earlier.line}`);
    forms.set(old, { old, modern, note, line });
  }
  if (!headerSeen) throw new KanjiFormsError(file, lines.length, 'no header line');
  for (const form of forms.values()) {
    if (forms.has(form.modern)) throw new KanjiFormsError(file, form.line, `"${form.modern}" is itself folded (line ${forms.get(form.modern)?.line}); fold in one step`);
  }
  return forms;
}

/** Where the shipped table lives: kanji-forms.tsv in the glossary kaikyo ships. */
export function defaultKanjiFormsPath(): string {
  return join(defaultGlossaryDir(), 'kanji-forms.tsv');
}

const cache = new Map<string, ReadonlyMap<string, string>>();

/** Old → modern map from the TSV, read and validated once per path per process. */
export function loadKanjiForms(file: string = defaultKanjiFormsPath()): ReadonlyMap<string, string> {
  let forms = cache.get(file);
  if (!forms) {
    const rows = parseKanjiForms(readFileSync(file, 'utf8'), file);
    forms = new Map([...rows.values()].map((row) => [row.old, row.modern]));
    cache.set(file, forms);
  }
  return forms;
}

/**
 * Fold `text` for the tokenizer: each code point is NFC-normalised on its own (turning CJK
 * compatibility ideographs from Korean encodings into unified ones) and then looked up in
 * `forms`. Nothing else changes, and no NFKC (it would damage Korean text).
 *
 * The result is a MappedText: `offsets[i]` is the 0-based UTF-16 offset in `text` of the code
 * point that produced folded unit i. Every table pair is BMP to BMP, so with the shipped table
 * the folded string has the same length as the input and offsets[i] === i, unless the input
 * holds a compatibility ideograph whose NFC form is outside the BMP (or vice versa).
 */
export function foldKanjiForms(text: string, forms: ReadonlyMap<string, string> = loadKanjiForms()): MappedText {
  let folded = '';
  const offsets: number[] = [];
  let at = 0; // 0-based UTF-16 offset into `text`
  for (const char of text) {
    const normal = char.normalize('NFC');
    const modern = forms.get(normal) ?? normal;
    folded += modern;
    for (let i = 0; i < modern.length; i++) offsets.push(at);
    at += char.length;
  }
  return { text: folded, offsets: Int32Array.from(offsets) };
}

/**
 * Map a 0-based, end-exclusive range in a folded string back to the original text.
 * `originalLength` closes a range that runs to the end of the folded string.
 */
export function unfoldRange(folded: MappedText, start: number, end: number, originalLength: number): { start: number; end: number } {
  return {
    start: start < folded.offsets.length ? folded.offsets[start] : originalLength,
    end: end < folded.offsets.length ? folded.offsets[end] : originalLength,
  };
}
